import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Client } from 'pg';
import { ensureApplicationLogin, withCredentials } from '../../src/database/application-role';
import { runMigrations } from '../../src/database/migrate';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { adminUrl, APP_LOGIN, claimRun, dropStaleRuns, withDatabase, type TestRun } from './test-run';

/** Where developers' and CI's machines run PostgreSQL (trust auth); used when DATABASE_URL is not set. */
const MACHINE_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * One run, one migrated template database (`prepcom_test_<run>_tmpl`) on DATABASE_URL's server; without it, on the
 * machine's PostgreSQL if it answers (its pg_dump can then dump it too), else on an embedded PostgreSQL. Each test
 * file clones the template, so files never share rows. The run holds its lock until the teardown, and first drops
 * what earlier runs that ended part-way left behind.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl =
    process.env.DATABASE_URL ?? ((await answers(MACHINE_POSTGRES)) ? MACHINE_POSTGRES : undefined);
  let embeddedDir: string | undefined;
  if (!serverUrl) {
    embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-test-pg-'));
    const embedded = await startEmbeddedPostgres(embeddedDir, () => undefined);
    (globalThis as { __embeddedStop?: () => Promise<void> }).__embeddedStop = embedded.stop;
    serverUrl = embedded.url;
  }
  const lock = new Client({ connectionString: adminUrl(serverUrl) });
  await lock.connect();
  (globalThis as { __runLock?: Client }).__runLock = lock;
  const runId = await claimRun(lock);
  await dropStaleRuns(lock);
  const template = `prepcom_test_${runId}_tmpl`;
  await lock.query(`CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(serverUrl, template);
  await runMigrations(templateUrl);
  // The API under test connects as the application's login role, as a deployment does; fixtures write as the owner.
  await ensureApplicationLogin(templateUrl, withCredentials(templateUrl, APP_LOGIN.user, APP_LOGIN.password));
  const run: TestRun = { serverUrl, template, runId, embeddedDir };
  process.env.PREPCOM_TEST_RUN = JSON.stringify(run);
}
