import { Client } from 'pg';
import { adminUrl, claimRun, currentRun, dropStaleRuns } from './support/test-run';

/** A run that ends part-way (killed, crashed) leaves its databases; the next run's setup drops them, and only them. */
describe('the test databases of runs that ended part-way', () => {
  const connect = async () => {
    const client = new Client({ connectionString: adminUrl(currentRun().serverUrl) });
    await client.connect();
    return client;
  };
  const existing = async (client: Client, names: string[]) =>
    (
      await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname = ANY($1) ORDER BY datname',
        [names],
      )
    ).rows.map((row) => row.datname);

  it('are dropped once the run is gone, and not while it holds its lock', async () => {
    const cleaner = await connect();
    const other = await connect();
    try {
      const runId = await claimRun(other);
      const names = [`prepcom_test_${runId}_0badf00d`, `prepcom_test_${runId}_tmpl`];
      for (const name of names) await other.query(`CREATE DATABASE ${name}`);

      expect(await dropStaleRuns(cleaner)).not.toEqual(expect.arrayContaining(names));
      expect(await existing(cleaner, names)).toEqual(names);

      await other.end(); // the run's process ends without its teardown
      expect(await dropStaleRuns(cleaner)).toEqual(expect.arrayContaining(names));
      expect(await existing(cleaner, names)).toEqual([]);
      // This run is alive: its template stays.
      expect(await existing(cleaner, [currentRun().template])).toEqual([currentRun().template]);
    } finally {
      await other.end().catch(() => undefined);
      await cleaner.end();
    }
  });
});
