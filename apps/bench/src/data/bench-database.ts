import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@prepcom/api/dist/database/data-source';
import { runMigrations } from '@prepcom/api/dist/database/migrate';
import { seedDataset } from '@prepcom/api/dist/seed/seed-sample-data';
import { SeedRepository } from '@prepcom/api/dist/seed/seed.repository';
import { syntheticProcess } from './synthetic-process';

/** Rows of the tables a dashboard reads, as counted once the data is in. */
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

const COUNTED_TABLES = [
  'process',
  'participant',
  'account',
  'milestone',
  'matter',
  'matter_option',
  'action',
  'participant_view',
] as const;

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function asAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own on DATABASE_URL's server, with the real migrations; dropped by `drop()`. */
export class BenchDatabase {
  readonly url: string;

  private constructor(
    private readonly serverUrl: string,
    readonly name: string,
  ) {
    this.url = withDatabase(serverUrl, name);
  }

  static async create(serverUrl: string, name: string): Promise<BenchDatabase> {
    await asAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const database = new BenchDatabase(serverUrl, name);
    await runMigrations(database.url);
    return database;
  }

  /**
   * Seeds `processes` synthetic processes through the API's own seeding (one transaction each), gives every
   * participant a delegate's account (the people notifications go to), and updates the planner's statistics as
   * autovacuum would on a live installation.
   */
  async seed(processes: number, now: Date, label: string): Promise<RowCounts> {
    const db = new DataSource(dataSourceOptions(this.url, { poolSize: 2 }));
    await db.initialize();
    const bar = new SingleBar(
      {
        format: `${label.padEnd(18)} [{bar}] {value}/{total} processes | {duration_formatted}`,
        noTTYOutput: true,
        notTTYSchedule: 15_000,
      },
      Presets.shades_classic,
    );
    bar.start(processes, 0);
    try {
      for (let index = 0; index < processes; index += 1) {
        await seedDataset(new SeedRepository(db), syntheticProcess(index, now));
        bar.increment();
      }
      await db.query(
        `INSERT INTO account (email, display_name, participant_id, account_role, language)
         SELECT 'delegate-' || n || '@bench.example', 'Delegate of ' || name, id, 'DELEGATE',
                (ARRAY['en', 'fr', 'es'])[1 + n % 3]
           FROM (SELECT id, name, row_number() OVER (ORDER BY name) AS n FROM participant) p`,
      );
      await db.query('ANALYZE');
      const counts = await db.query<{ table: string; rows: string }[]>(
        COUNTED_TABLES.map((table) => `SELECT '${table}' AS table, count(*) AS rows FROM ${table}`).join(
          ' UNION ALL ',
        ),
      );
      return Object.fromEntries(counts.map((row) => [row.table, Number(row.rows)])) as RowCounts;
    } finally {
      bar.stop();
      await db.destroy();
    }
  }

  async drop(): Promise<void> {
    await asAdmin(this.serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`),
    );
  }
}
