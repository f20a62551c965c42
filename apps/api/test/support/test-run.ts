import { randomBytes } from 'node:crypto';
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
