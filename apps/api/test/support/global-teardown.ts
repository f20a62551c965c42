import fs from 'node:fs';
import { Client } from 'pg';
import { adminUrl, currentRun } from './test-run';

/** Drops every database this run made (the template and any clone a failed test left behind). */
export default async function globalTeardown(): Promise<void> {
  const run = currentRun();
  const admin = new Client({ connectionString: adminUrl(run.serverUrl) });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`prepcom_test_${run.runId}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await (globalThis as { __embeddedStop?: () => Promise<void> }).__embeddedStop?.();
  if (run.embeddedDir) fs.rmSync(run.embeddedDir, { recursive: true, force: true });
}
