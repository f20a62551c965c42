import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { BUILT, runBuilt, startApiProcess, type ApiProcess } from './support/built-processes';
import { OVERVIEW_AS_OF } from './support/dashboard-query';
import { postGraphQL } from './support/load-balancer';
import {
  adminUrl,
  createTestDatabase,
  currentRun,
  withDatabase,
  type TestDatabase,
} from './support/test-run';

const run = promisify(execFile);

interface Overview {
  process: { matters: { totalCount: number } };
}

/** The same picture at the letter of 19 June 2002, the eve of the Fifth Meeting, Nairobi, and today. */
const INSTANTS = [
  '2002-06-19T12:00:00Z',
  '2003-09-14T12:00:00Z',
  '2004-11-29T12:00:00Z',
  new Date().toISOString(),
];

/** Every table's row count and a hash of its rows, and every sequence's position: equal means the same data. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: string; hash: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${name} t`,
      );
      result[name] = `${rows[0]!.n} rows, ${rows[0]!.hash}`;
    }
    const sequences = await client.query<{ name: string; last_value: string | null }>(
      `SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    for (const { name, last_value } of sequences.rows) result[`sequence ${name}`] = String(last_value);
    const triggers = await client.query<{ name: string }>(
      `SELECT tgrelid::regclass || '.' || tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
    );
    result.triggers = triggers.rows.map((row) => row.name).join(', ');
    return result;
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a server newer than itself: say so plainly rather than fail inside the round trip. */
async function requireDumpableServer(serverUrl: string): Promise<void> {
  const { stdout } = await run('pg_dump', ['--version']).catch(() => ({ stdout: '' }));
  const dumpMajor = Number(/(\d+)\./.exec(stdout)?.[1] ?? 0);
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  const serverMajor = Math.floor(
    Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10_000,
  );
  await client.end();
  if (dumpMajor < serverMajor) {
    throw new Error(
      `The backup test needs pg_dump ${serverMajor} or later for the PostgreSQL ${serverMajor} it runs on, and found ` +
        `${stdout.trim() || 'no pg_dump'}. Set DATABASE_URL to a server your pg_dump supports (the machine's own).`,
    );
  }
}

/**
 * docs/operations.md, "Backing up and restoring", as written: the sample data loaded by the built seed command,
 * dumped with pg_dump in the custom format, restored with pg_restore into a new empty database, brought up to
 * date by the built migrate command; an API on each database then shows the same dashboard.
 */
describe('a backup restored into a new database', () => {
  let source: TestDatabase;
  let restoredUrl: string;
  const restoredName = `prepcom_test_${currentRun().runId}_restored`;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-backup-'));
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    await requireDumpableServer(currentRun().serverUrl);
    source = await createTestDatabase();
    restoredUrl = withDatabase(currentRun().serverUrl, restoredName);
  });

  afterAll(async () => {
    for (const api of apis) await api.stop();
    const admin = new Client({ connectionString: adminUrl(currentRun().serverUrl) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    await source?.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('holds the same rows, sequences and triggers, and serves the same dashboard on any day', async () => {
    await runBuilt(BUILT.seed, { DATABASE_URL: source.url });

    const dump = path.join(folder, 'prepcom.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, source.url]);
    const server = new URL(currentRun().serverUrl);
    await run(
      'createdb',
      ['-h', server.hostname, '-p', server.port || '5432', '-U', server.username, restoredName],
      {
        env: { ...process.env, PGPASSWORD: decodeURIComponent(server.password) },
      },
    );
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump]);
    // The release step a restore is followed by: nothing to do for a dump of this release.
    expect(await runBuilt(BUILT.migrate, { DATABASE_URL: restoredUrl })).toContain(
      'The database schema is up to date.',
    );

    const original = await fingerprint(source.url);
    expect(original.matter).toMatch(/^[1-9]\d* rows/);
    expect(original.triggers).toContain('audit_event.audit_event_no_update_or_delete');
    expect(await fingerprint(restoredUrl)).toEqual(original);

    const [onSource, onRestored] = await Promise.all(
      [source.url, restoredUrl].map((url) =>
        startApiProcess({ NODE_ENV: 'production', DATABASE_URL: url, DB_POOL_SIZE: '2' }),
      ),
    );
    apis.push(onSource!, onRestored!);
    const matterCounts: number[] = [];
    for (const asOf of INSTANTS) {
      const before = await postGraphQL<Overview>(onSource!.port, OVERVIEW_AS_OF, { asOf });
      const after = await postGraphQL<Overview>(onRestored!.port, OVERVIEW_AS_OF, { asOf });
      expect(before.errors).toBeUndefined();
      expect(after).toEqual(before);
      matterCounts.push(before.data!.process.matters.totalCount);
    }
    // Before the informal dialogue nothing was on the table; by the eve of the Fifth Meeting all ten matters were.
    expect(matterCounts.slice(0, 2)).toEqual([0, 10]);
  });
});
