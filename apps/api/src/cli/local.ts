import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createApp } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { runMigrations } from '../database/migrate';
import { startLocalMailbox } from '../notification/local-mailbox';
import { resetSampleAccounts } from '../seed/sample-accounts';
import { seedSampleData } from '../seed/seed-sample-data';
import { findOrStartRedis } from '../worker/local-redis';

const log = (message: string) => console.log(`[prepcom] ${message}`);
const WORKER_ENTRY = path.join(__dirname, '..', 'worker', 'main.js');

/**
 * `npm start`: the whole product on one machine. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in
 * the data folder; migrates, loads the sample data (idempotently), serves the API and the dashboard, and runs one
 * notification worker as a process of its own (Redis and a local mailbox when none are configured).
 */
async function main(): Promise<void> {
  // People read these logs in a terminal: short text lines unless LOG_FORMAT says otherwise.
  const config = loadConfig({ LOG_FORMAT: 'text', ...process.env });
  const stops: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    let embedded: EmbeddedDatabase | undefined;
    const databaseUrl =
      config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, log)).url;
    if (embedded) stops.push(() => embedded.stop());
    const applied = await runMigrations(databaseUrl);
    log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
    await seedSampleData(databaseUrl);
    log('Sample data loaded (the road to the First Review Conference, 2002–2004)');
    const accounts = await resetSampleAccounts(databaseUrl);

    const app = await createApp({ config, databaseUrl, schemaFile: false });
    await app.listen({ port: config.port, host: config.host });
    stops.push(() => app.close());

    const worker = await startLocalWorker(config, databaseUrl, stops);
    log('Sample accounts (passwords are new at every start):');
    for (const account of accounts)
      log(`  ${account.email.padEnd(24)} ${account.password}   ${account.what}`);
    log(`Dashboard: http://localhost:${config.port}/   GraphQL: http://localhost:${config.port}/graphql`);
    const shutdown = async () => {
      await stopAll();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    worker?.once(
      'exit',
      (code) => code && log(`The notification worker stopped (exit ${code}); see its message above.`),
    );
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startLocalWorker(
  config: ReturnType<typeof loadConfig>,
  databaseUrl: string,
  stops: (() => unknown)[],
): Promise<ChildProcess | null> {
  const redis = process.env.REDIS_URL
    ? { url: config.redisUrl, stop: () => undefined }
    : await findOrStartRedis(config.dataDir, log);
  if (!redis) {
    log(
      'Notifications are off: no Redis answers on 127.0.0.1:6379 and no redis-server is installed (or set REDIS_URL).',
    );
    return null;
  }
  stops.push(() => redis.stop());
  let smtpUrl = config.smtpUrl;
  if (!smtpUrl) {
    const folder = path.join(config.dataDir, 'mail');
    const mailbox = await startLocalMailbox(folder);
    stops.push(() => mailbox.close());
    smtpUrl = mailbox.url;
    log(`Emails are written to ${folder} as .eml files (set SMTP_URL to send them)`);
  }
  const child = spawn(process.execPath, [WORKER_ENTRY], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      SMTP_URL: smtpUrl,
      LOG_FORMAT: config.logFormat,
    },
    stdio: 'inherit',
  });
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  return child;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
