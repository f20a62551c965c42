import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createApp } from '../bootstrap';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from '../config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { ensureApplicationLogin, withCredentials } from '../database/application-role';
import { runMigrations } from '../database/migrate';
import { startLocalMailbox } from './local-mailbox';
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
    const ownerUrl =
      config.databaseMigrationUrl ??
      config.databaseUrl ??
      (embedded = await startEmbeddedPostgres(config.dataDir, log)).url;
    if (embedded) stops.push(() => embedded.stop());
    const applied = await runMigrations(ownerUrl);
    log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
    await seedSampleData(ownerUrl);
    log('Sample data loaded (the road to the First Review Conference, 2002–2004)');
    const accounts = await resetSampleAccounts(ownerUrl);
    const databaseUrl = await applicationUrl(ownerUrl);

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

/**
 * The API and the worker connect as `prepcom_app`, a login role that owns nothing and may only append to the audit
 * trail, with a password made afresh at each start; the owner migrates and loads the sample data. An owner that
 * cannot create roles (a DATABASE_URL without CREATEROLE) keeps the old way, and says so.
 */
async function applicationUrl(ownerUrl: string): Promise<string> {
  const appUrl = withCredentials(ownerUrl, 'prepcom_app', randomBytes(18).toString('base64url'));
  try {
    await ensureApplicationLogin(ownerUrl, appUrl);
    log('The API and the worker connect as prepcom_app, which can only append to the audit trail');
    return appUrl;
  } catch (error) {
    log(
      `Could not set up the application's database role (${(error as Error).message}); the API connects as the ` +
        'schema\'s owner, which could alter the audit trail. See docs/operations.md, "Database roles".',
    );
    return ownerUrl;
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
