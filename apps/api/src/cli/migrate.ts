import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';

/** The release step: applies pending migrations to DATABASE_URL, then exits. */
async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) throw new Error('DATABASE_URL is required to migrate; set it to a postgres:// URL.');
  const applied = await runMigrations(databaseUrl);
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database schema is up to date.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
