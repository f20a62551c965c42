import { randomBytes, randomInt } from 'node:crypto';
import { Client } from 'pg';
import { withCredentials } from '../../src/database/application-role';

/** The login role the API under test connects as: a member of prepcom_writer that owns nothing. */
export const APP_LOGIN = { user: 'prepcom_test_app', password: 'prepcom-test-app-password' };

/** What the global setup made for this run, handed to the test workers through the environment. */
export interface TestRun {
  serverUrl: string;
  template: string;
  runId: string;
  embeddedDir?: string;
}

export function currentRun(): TestRun {
  const raw = process.env.PREPCOM_TEST_RUN;
  if (!raw)
    throw new Error('PREPCOM_TEST_RUN is not set: run the tests through jest (its global setup sets it).');
  return JSON.parse(raw) as TestRun;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export const adminUrl = (url: string) => withDatabase(url, 'postgres');

/**
 * A run's databases are `prepcom_test_k<key>_…`, and the run holds the session advisory lock (RUN_LOCK, key) on a
 * connection of its own until it ends. PostgreSQL releases the lock when that connection closes, however the run
 * ended (killed, crashed, interrupted), so a later run knows a run is gone when it can take its lock: no clock, no
 * process id, and it holds for runs on other machines sharing the server.
 */
const RUN_LOCK = 0x70726570; // 'prep'
const RUN_DATABASE = /^prepcom_test_k(\d+)_/;

/** A new run's key, locked on `admin` before any of its databases exists. */
export async function claimRun(admin: Client): Promise<string> {
  for (;;) {
    const key = randomInt(1, 2 ** 31 - 1);
    const { rows } = await admin.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
      RUN_LOCK,
      key,
    ]);
    if (rows[0]!.locked) return `k${key}`;
  }
}

/** Drops the databases of runs whose lock nobody holds any more; returns their names. */
export async function dropStaleRuns(admin: Client): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'prepcom\\_test\\_k%' ORDER BY datname`,
  );
  const byKey = new Map<number, string[]>();
  for (const { datname } of rows) {
    const key = RUN_DATABASE.exec(datname)?.[1];
    if (key !== undefined) byKey.set(Number(key), [...(byKey.get(Number(key)) ?? []), datname]);
  }
  const dropped: string[] = [];
  for (const [key, names] of byKey) {
    const { rows: lock } = await admin.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, $2) AS locked',
      [RUN_LOCK, key],
    );
    if (!lock[0]!.locked) continue; // that run is still going
    try {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      dropped.push(...names);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1, $2)', [RUN_LOCK, key]);
    }
  }
  return dropped;
}

export interface TestDatabase {
  /** As the owner (the role that migrated): for fixtures and checks. */
  url: string;
  /** As the application's login role, which may not alter the audit trail. */
  appUrl: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the run's migrated template: the real schema, no rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const run = currentRun();
  const name = `prepcom_test_${run.runId}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl(run.serverUrl) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${run.template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(run.serverUrl, name);
  return {
    url,
    appUrl: withCredentials(url, APP_LOGIN.user, APP_LOGIN.password),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl(run.serverUrl) });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
