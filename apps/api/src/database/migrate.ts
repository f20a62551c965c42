import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * Applies every pending migration; returns the names it applied. Needs no entity, so a migration step (or the
 * test setup) loads nothing of the API.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    poolSize: 1,
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
