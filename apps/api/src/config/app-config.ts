import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** Everything the API reads from its environment, validated once at start. */
export interface AppConfig {
  /** PostgreSQL connection string; absent means "start the embedded PostgreSQL" (local mode only). */
  databaseUrl: string | undefined;
  /** The owner's URL, for migrations; the API and workers never use it. */
  databaseMigrationUrl: string | undefined;
  host: string;
  port: number;
  production: boolean;
  /** Where local state lives: the embedded PostgreSQL cluster. */
  dataDir: string;
  /** The built dashboard the API serves at `/`; missing folder means API only. */
  webDistDir: string;
  dbPoolSize: number;
  /**
   * Redis for the job queues, the workers'. The API writes to the outbox in PostgreSQL and reads Redis only for
   * administrators' view of failed jobs.
   */
  redisUrl: string;
  /** Prefix of every queue key, so several installations (or test runs) can share one Redis. */
  queuePrefix: string;
  /** How long a worker's hold on a job lasts unrenewed: a worker that dies frees its jobs after this. */
  queueLockMs: number;
  /** How often workers look for jobs whose worker died (their lock expired) and put them back in the queue. */
  queueStalledCheckMs: number;
  /** SMTP server for email; unset, `npm start` runs a local receiver that writes .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open the dashboard at, for links in emails. */
  publicUrl: string;
  /** Origins besides the API's own whose pages may send signed-in (cookie) requests to /graphql. */
  corsOrigins: string[];
  /** Each of signIn, acceptInvitation, resetPassword, requestPasswordReset and inviteAccount, per person. */
  authRateLimit: number;
  authRateWindowSeconds: number;
  /** Failed sign-ins counted per account (email) and per client address, per authRateWindowSeconds. */
  signInFailuresPerAccount: number;
  signInFailuresPerAddress: number;
  /** Queries costing at least `costlyQueryCost` points, per person. */
  costlyQueryRateLimit: number;
  costlyQueryRateWindowSeconds: number;
  costlyQueryCost: number;
  /** Least severe log level written (pino levels), and whether lines are JSON or short text for people. */
  logLevel: LogLevel;
  logFormat: 'json' | 'text';
  /** Bearer token that GET /metrics requires; unset, /metrics is open outside production and off in it. */
  metricsToken: string | undefined;
  /** The worker's HTTP port for probes and /metrics; unset, the worker opens none. */
  workerHealthPort: number | undefined;
  /**
   * Which peers may tell the API the client's address (X-Forwarded-For): none (false), the nearest N proxies, or
   * those at these addresses and ranges. Fastify's `trustProxy`.
   */
  trustProxy: false | number | string[];
  /** How often the workers look for reminders and digests that have come due. */
  reminderSweepMs: number;
  /** Jobs a worker runs at once on the main queue (fan-outs, in-app deliveries, sweeps). */
  workerConcurrency: number;
  /** Emails a worker sends at once, on a queue of their own so that a slow mail server holds up nothing else. */
  emailConcurrency: number;
  /** How long an email delivery's claim lasts: another attempt may take the delivery over only after it. */
  deliveryClaimMs: number;
  /** How long an event's deliveries may stay incomplete before the reconciler queues them again. */
  deliveryGraceMs: number;
  /** How often the reconciler looks for deliveries Redis lost. */
  reconcileMs: number;
  /** How often each worker checks that the job schedules exist, and recreates those Redis lost. */
  scheduleCheckMs: number;
  /** The first retry's delay after a job's attempt fails; each later one waits twice as long (8 attempts). */
  jobRetryDelayMs: number;
  /** Whether the API's readiness fails while Redis does not answer (it is reported either way). */
  readinessRequiresRedis: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

interface Variable<K extends keyof AppConfig> {
  name: string;
  description: string;
  key: K;
  parse: (raw: string | undefined) => AppConfig[K];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(name: string, fallback: number, min: number, max: number) {
  return (raw: string | undefined): number => {
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
    }
    return value;
  };
}

/** A comma-separated list of http(s) origins, each kept as `scheme://host[:port]`. */
function origins(name: string) {
  return (raw: string | undefined): string[] =>
    (raw ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .map((entry) => {
        const url = URL.canParse(entry) ? new URL(entry) : null;
        const isOrigin =
          url !== null && ['http:', 'https:'].includes(url.protocol) && url.href === `${url.origin}/`;
        if (!isOrigin) {
          throw new ConfigError(
            `${name} must list origins such as https://prepcom.example.org; got "${entry}".`,
          );
        }
        return url.origin;
      });
}

/** A URL whose scheme is one of `schemes`; empty gives `fallback` (undefined: the variable is optional). */
function url<F extends string | undefined>(name: string, schemes: string[], fallback: F) {
  return (raw: string | undefined): string | F => {
    if (raw === undefined || raw === '') return fallback;
    if (!schemes.some((scheme) => raw.startsWith(`${scheme}://`))) {
      throw new ConfigError(
        `${name} must start with ${schemes.map((scheme) => `${scheme}://`).join(' or ')}.`,
      );
    }
    return raw;
  };
}

function oneOf<T extends string>(name: string, choices: readonly T[], fallback: T) {
  return (raw: string | undefined): T => {
    if (raw === undefined || raw === '') return fallback;
    if (!(choices as readonly string[]).includes(raw)) {
      throw new ConfigError(`${name} must be one of ${choices.join(', ')}; got "${raw}".`);
    }
    return raw as T;
  };
}

function flag(name: string, fallback: boolean) {
  return (raw: string | undefined): boolean => {
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new ConfigError(`${name} must be true or false; got "${raw}".`);
  };
}

/** proxy-addr's names for the loopback, link-local and private ranges (IPv4 and IPv6). */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** Off, a number of proxies, or a comma-separated list of their addresses and ranges. Never "everyone". */
function trustedProxies(name: string) {
  return (raw: string | undefined): false | number | string[] => {
    const value = (raw ?? '').trim();
    if (value === '') return false;
    if (/^\d+$/.test(value)) return integer(name, 0, 1, 10)(value);
    if (value === 'true') {
      throw new ConfigError(
        `${name}=true would let any client choose the address it is counted under; give the number of proxies ` +
          'in front of the API or their addresses.',
      );
    }
    const entries = value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const bad = entries.find((entry) => !isAddressOrRange(entry));
    if (bad !== undefined) {
      throw new ConfigError(
        `${name} must be a number of proxies (1 to 10) or a comma-separated list of their addresses or ranges ` +
          `(10.0.0.0/8, fd00::/8, loopback, linklocal, uniquelocal); got "${bad}".`,
      );
    }
    return entries;
  };
}

function text(fallback: string) {
  return (raw: string | undefined): string => (raw === undefined || raw === '' ? fallback : raw);
}

/** The environment variables, each described; `docs/operations.md` lists the same table. */
export const CONFIG_VARIABLES = [
  {
    name: 'DATABASE_URL',
    key: 'databaseUrl',
    description:
      'postgres:// URL the API and the workers connect with: a login role that owns nothing (docs/operations.md, ' +
      '"Database roles"). Unset: `npm start` runs an embedded PostgreSQL in PREPCOM_DATA_DIR.',
    parse: url('DATABASE_URL', ['postgres', 'postgresql'], undefined),
  } satisfies Variable<'databaseUrl'>,
  {
    name: 'DATABASE_MIGRATION_URL',
    key: 'databaseMigrationUrl',
    description:
      "postgres:// URL of the role that owns the schema, for `migrate` (which then makes DATABASE_URL's user a " +
      'member of prepcom_writer) and `npm start`. Unset: DATABASE_URL.',
    parse: url('DATABASE_MIGRATION_URL', ['postgres', 'postgresql'], undefined),
  } satisfies Variable<'databaseMigrationUrl'>,
  {
    name: 'HOST',
    key: 'host',
    description: 'Interface the HTTP server binds to.',
    parse: text('0.0.0.0'),
  } satisfies Variable<'host'>,
  {
    name: 'PORT',
    key: 'port',
    description: 'HTTP port of the API and dashboard (GraphQL at /graphql).',
    parse: integer('PORT', 4000, 0, 65535),
  } satisfies Variable<'port'>,
  {
    name: 'NODE_ENV',
    key: 'production',
    description: '"production" turns off the GraphiQL explorer.',
    parse: (raw: string | undefined) => raw === 'production',
  } satisfies Variable<'production'>,
  {
    name: 'PREPCOM_DATA_DIR',
    key: 'dataDir',
    description: 'Folder for local state (the embedded PostgreSQL cluster).',
    parse: (raw: string | undefined) => path.resolve(text(path.join(REPO_ROOT, '.data'))(raw)),
  } satisfies Variable<'dataDir'>,
  {
    name: 'PREPCOM_WEB_DIST',
    key: 'webDistDir',
    description: 'Folder of the built dashboard served at /.',
    parse: (raw: string | undefined) => path.resolve(text(path.join(REPO_ROOT, 'apps', 'web', 'dist'))(raw)),
  } satisfies Variable<'webDistDir'>,
  {
    name: 'DB_POOL_SIZE',
    key: 'dbPoolSize',
    description: 'Connections in the PostgreSQL pool.',
    parse: integer('DB_POOL_SIZE', 10, 1, 200),
  } satisfies Variable<'dbPoolSize'>,
  {
    name: 'CORS_ORIGINS',
    key: 'corsOrigins',
    description:
      "Comma-separated origins besides the API's own whose pages may send signed-in requests to /graphql " +
      '(e.g. http://localhost:5173 for `vite` in development). Default: none.',
    parse: origins('CORS_ORIGINS'),
  } satisfies Variable<'corsOrigins'>,
  {
    name: 'AUTH_RATE_LIMIT',
    key: 'authRateLimit',
    description:
      'How many times a person (account, else IP address) may call each of acceptInvitation, ' +
      'resetPassword, requestPasswordReset and inviteAccount per AUTH_RATE_WINDOW_SECONDS.',
    parse: integer('AUTH_RATE_LIMIT', 10, 1, 100_000),
  } satisfies Variable<'authRateLimit'>,
  {
    name: 'AUTH_RATE_WINDOW_SECONDS',
    key: 'authRateWindowSeconds',
    description: 'The window AUTH_RATE_LIMIT counts in.',
    parse: integer('AUTH_RATE_WINDOW_SECONDS', 900, 1, 86_400),
  } satisfies Variable<'authRateWindowSeconds'>,
  {
    name: 'SIGN_IN_FAILURES_PER_ACCOUNT',
    key: 'signInFailuresPerAccount',
    description:
      'Failed sign-ins to one account (email) per AUTH_RATE_WINDOW_SECONDS, from anywhere, before it is paused.',
    parse: integer('SIGN_IN_FAILURES_PER_ACCOUNT', 10, 1, 100_000),
  } satisfies Variable<'signInFailuresPerAccount'>,
  {
    name: 'SIGN_IN_FAILURES_PER_ADDRESS',
    key: 'signInFailuresPerAddress',
    description:
      'Failed sign-ins from one client address per AUTH_RATE_WINDOW_SECONDS, to any account: far above ' +
      'SIGN_IN_FAILURES_PER_ACCOUNT, since a delegation or a whole conference venue may share one address.',
    parse: integer('SIGN_IN_FAILURES_PER_ADDRESS', 300, 1, 1_000_000),
  } satisfies Variable<'signInFailuresPerAddress'>,
  {
    name: 'COSTLY_QUERY_RATE_LIMIT',
    key: 'costlyQueryRateLimit',
    description:
      'How many costly queries (see COSTLY_QUERY_COST) a person (account, else IP address) may send per ' +
      'COSTLY_QUERY_RATE_WINDOW_SECONDS.',
    parse: integer('COSTLY_QUERY_RATE_LIMIT', 60, 1, 100_000),
  } satisfies Variable<'costlyQueryRateLimit'>,
  {
    name: 'COSTLY_QUERY_RATE_WINDOW_SECONDS',
    key: 'costlyQueryRateWindowSeconds',
    description: 'The window COSTLY_QUERY_RATE_LIMIT counts in.',
    parse: integer('COSTLY_QUERY_RATE_WINDOW_SECONDS', 60, 1, 86_400),
  } satisfies Variable<'costlyQueryRateWindowSeconds'>,
  {
    name: 'COSTLY_QUERY_COST',
    key: 'costlyQueryCost',
    description:
      "Cost from which a query counts against COSTLY_QUERY_RATE_LIMIT: one point per field, a list's " +
      'fields once per item asked for. The timeline screen costs about 7,000; the 500-matter dashboard 98,000.',
    parse: integer('COSTLY_QUERY_COST', 20_000, 1, 10_000_000),
  } satisfies Variable<'costlyQueryCost'>,
  {
    name: 'REDIS_URL',
    key: 'redisUrl',
    description:
      'redis:// URL of the Redis that carries the notification jobs (its maxmemory-policy must be noeviction).',
    parse: url('REDIS_URL', ['redis', 'rediss'], 'redis://127.0.0.1:6379'),
  } satisfies Variable<'redisUrl'>,
  {
    name: 'QUEUE_PREFIX',
    key: 'queuePrefix',
    description: "Prefix of the job queues' Redis keys.",
    parse: text('prepcom'),
  } satisfies Variable<'queuePrefix'>,
  {
    name: 'QUEUE_LOCK_MS',
    key: 'queueLockMs',
    description:
      "How long a worker's lock on a job lasts (renewed at half time while it works): a worker that dies hands " +
      'its jobs back after this. Longer than any pause of a busy worker.',
    parse: integer('QUEUE_LOCK_MS', 30_000, 1_000, 600_000),
  } satisfies Variable<'queueLockMs'>,
  {
    name: 'QUEUE_STALLED_CHECK_MS',
    key: 'queueStalledCheckMs',
    description:
      'How often workers put back in the queue the jobs of a worker that died (their lock expired).',
    parse: integer('QUEUE_STALLED_CHECK_MS', 30_000, 500, 600_000),
  } satisfies Variable<'queueStalledCheckMs'>,
  {
    name: 'SMTP_URL',
    key: 'smtpUrl',
    description:
      'smtp:// URL of the mail server. Unset: `npm start` writes emails as .eml files in PREPCOM_DATA_DIR/mail.',
    parse: url('SMTP_URL', ['smtp', 'smtps'], undefined),
  } satisfies Variable<'smtpUrl'>,
  {
    name: 'MAIL_FROM',
    key: 'mailFrom',
    description: 'Sender of notification emails.',
    parse: text('prepcom <no-reply@prepcom.local>'),
  } satisfies Variable<'mailFrom'>,
  {
    name: 'PUBLIC_URL',
    key: 'publicUrl',
    description: 'Where people open the dashboard, for links in emails (default: http://localhost:PORT).',
    parse: (raw: string | undefined) => (raw ?? '').replace(/\/$/, ''),
  } satisfies Variable<'publicUrl'>,
  {
    name: 'LOG_LEVEL',
    key: 'logLevel',
    description: `Least severe level logged: ${LOG_LEVELS.join(', ')}. Default: info.`,
    parse: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
  } satisfies Variable<'logLevel'>,
  {
    name: 'LOG_FORMAT',
    key: 'logFormat',
    description:
      'json (default): one JSON object per line on stdout, for log collectors; text: a short line per entry, ' +
      'for people (what `npm start` uses).',
    parse: oneOf('LOG_FORMAT', ['json', 'text'] as const, 'json'),
  } satisfies Variable<'logFormat'>,
  {
    name: 'METRICS_TOKEN',
    key: 'metricsToken',
    description:
      'Bearer token that GET /metrics (API and worker) requires. Unset: /metrics is open outside production ' +
      'and not served in production. At least 16 characters.',
    parse: (raw: string | undefined) => {
      if (raw === undefined || raw === '') return undefined;
      if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) {
        throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces.');
      }
      return raw;
    },
  } satisfies Variable<'metricsToken'>,
  {
    name: 'WORKER_HEALTH_PORT',
    key: 'workerHealthPort',
    description:
      "The worker's HTTP port for /health/live, /health/ready and /metrics (on HOST). Unset: the worker opens " +
      'no port.',
    parse: (raw: string | undefined) =>
      raw === undefined || raw === '' ? undefined : integer('WORKER_HEALTH_PORT', 0, 0, 65535)(raw),
  } satisfies Variable<'workerHealthPort'>,
  {
    name: 'TRUST_PROXY',
    key: 'trustProxy',
    description:
      'Reverse proxies (an Ingress, a load balancer) whose X-Forwarded-For the API believes, so that rate limits ' +
      'count per client rather than per proxy: the number of proxies in front of the API (1 to 10), or their ' +
      'addresses and CIDR ranges, comma-separated (also loopback, linklocal, uniquelocal). Unset: none; the ' +
      "client's address is the connection's.",
    parse: trustedProxies('TRUST_PROXY'),
  } satisfies Variable<'trustProxy'>,
  {
    name: 'REMINDER_SWEEP_MS',
    key: 'reminderSweepMs',
    description:
      'How often the workers look for reminders and digests that have come due (one sweep per tick, whatever ' +
      'the number of workers).',
    parse: integer('REMINDER_SWEEP_MS', 60_000, 1_000, 3_600_000),
  } satisfies Variable<'reminderSweepMs'>,
  {
    name: 'WORKER_CONCURRENCY',
    key: 'workerConcurrency',
    description:
      "Jobs each worker runs at once on the main queue: fan-outs, in-app deliveries and the schedules' sweeps.",
    parse: integer('WORKER_CONCURRENCY', 8, 1, 100),
  } satisfies Variable<'workerConcurrency'>,
  {
    name: 'EMAIL_CONCURRENCY',
    key: 'emailConcurrency',
    description:
      'Emails each worker sends at once (and SMTP connections it keeps), on a queue apart from in-app ' +
      'deliveries, so that a slow or hung mail server delays only emails.',
    parse: integer('EMAIL_CONCURRENCY', 8, 1, 100),
  } satisfies Variable<'emailConcurrency'>,
  {
    name: 'DELIVERY_CLAIM_MS',
    key: 'deliveryClaimMs',
    description:
      "How long an email delivery's claim lasts: another attempt takes the delivery over only after it, so it " +
      "must exceed the longest send (the mailer's timeouts: about 40 s) and any pause of a worker you expect.",
    parse: integer('DELIVERY_CLAIM_MS', 120_000, 1_000, 3_600_000),
  } satisfies Variable<'deliveryClaimMs'>,
  {
    name: 'DELIVERY_GRACE_MS',
    key: 'deliveryGraceMs',
    description:
      "How long an event's deliveries may stay incomplete (relayed but not fanned out, or a delivery neither " +
      'sent, skipped nor failed) before the reconciler queues them again from PostgreSQL.',
    parse: integer('DELIVERY_GRACE_MS', 300_000, 1_000, 86_400_000),
  } satisfies Variable<'deliveryGraceMs'>,
  {
    name: 'RECONCILE_MS',
    key: 'reconcileMs',
    description: 'How often the reconciler runs (one run per tick, whatever the number of workers).',
    parse: integer('RECONCILE_MS', 60_000, 500, 3_600_000),
  } satisfies Variable<'reconcileMs'>,
  {
    name: 'SCHEDULE_CHECK_MS',
    key: 'scheduleCheckMs',
    description:
      'How often each worker checks that the job schedules (reminder sweep, health watch, reconciler) exist in ' +
      'Redis, and recreates any that Redis lost.',
    parse: integer('SCHEDULE_CHECK_MS', 60_000, 500, 3_600_000),
  } satisfies Variable<'scheduleCheckMs'>,
  {
    name: 'JOB_RETRY_DELAY_MS',
    key: 'jobRetryDelayMs',
    description:
      "The delay before a failed job's first retry (an SMTP 4xx, a timeout); each later retry waits twice as long, " +
      'for 8 attempts in all (about 4 minutes of backoff at the default), after which a delivery ends FAILED.',
    parse: integer('JOB_RETRY_DELAY_MS', 2_000, 10, 600_000),
  } satisfies Variable<'jobRetryDelayMs'>,
  {
    name: 'READINESS_REQUIRES_REDIS',
    key: 'readinessRequiresRedis',
    description:
      'API only: true makes /health/ready fail while Redis does not answer, taking the replica out of service. ' +
      'false (default): Redis is reported there but does not decide, since the API serves everything except ' +
      "the administrators' failed-jobs view without it. Workers always require Redis.",
    parse: flag('READINESS_REQUIRES_REDIS', false),
  } satisfies Variable<'readinessRequiresRedis'>,
] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config: Partial<Record<keyof AppConfig, unknown>> = {};
  for (const variable of CONFIG_VARIABLES) {
    config[variable.key] = variable.parse(env[variable.name]);
  }
  const result = config as AppConfig;
  result.publicUrl ||= `http://localhost:${result.port}`;
  return result;
}
