import fs from 'node:fs';
import { type Client } from 'pg';
import { currentRun } from './test-run';

/**
 * Drops every database this run made (the template and any clone a failed test left behind), then lets go of the
 * run's lock. A run that never gets here has its databases dropped by the next run's setup.
 */
export default async function globalTeardown(): Promise<void> {
  const run = currentRun();
  const admin = (globalThis as { __runLock?: Client }).__runLock!;
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [`prepcom_test_${run.runId}_`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await (globalThis as { __embeddedStop?: () => Promise<void> }).__embeddedStop?.();
  if (run.embeddedDir) fs.rmSync(run.embeddedDir, { recursive: true, force: true });
}
