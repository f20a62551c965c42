import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('has working defaults for a local start', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: undefined,
      queueLockMs: 30_000,
      queueStalledCheckMs: 30_000,
    });
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config).toMatchObject({
      trustProxy: false,
      reminderSweepMs: 60_000,
      readinessRequiresRedis: false,
    });
  });

  it('trusts a number of proxies, or the addresses and ranges listed', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, fd00::/8,127.0.0.1 , uniquelocal' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      '127.0.0.1',
      'uniquelocal',
    ]);
  });

  it.each([
    ['DATABASE_URL', 'mysql://somewhere/db', /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//],
    ['REDIS_URL', 'http://127.0.0.1:6379', /REDIS_URL must start with redis:\/\/ or rediss:\/\//],
    ['SMTP_URL', 'mail.example.org', /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    ['PORT', 'eighty', /PORT must be a whole number from 0 to 65535/],
    ['QUEUE_LOCK_MS', '500', /QUEUE_LOCK_MS must be a whole number from 1000 to 600000/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    ['LOG_FORMAT', 'pretty', /LOG_FORMAT must be one of json, text/],
    ['METRICS_TOKEN', 'short', /METRICS_TOKEN must be at least 16 printable characters/],
    ['WORKER_HEALTH_PORT', '70000', /WORKER_HEALTH_PORT must be a whole number from 0 to 65535/],
    ['TRUST_PROXY', 'true', /TRUST_PROXY=true would let any client choose the address/],
    ['TRUST_PROXY', '11', /TRUST_PROXY must be a whole number from 1 to 10/],
    ['TRUST_PROXY', '10.0.0.0/33', /TRUST_PROXY must be a number of proxies .* got "10.0.0.0\/33"/],
    ['TRUST_PROXY', '10.0.0.1, ingress.local', /TRUST_PROXY must be .* got "ingress.local"/],
    ['REMINDER_SWEEP_MS', '10', /REMINDER_SWEEP_MS must be a whole number from 1000 to 3600000/],
    ['READINESS_REQUIRES_REDIS', 'yes', /READINESS_REQUIRES_REDIS must be true or false; got "yes"/],
  ])('refuses a bad %s with a message that names it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
