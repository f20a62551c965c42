import { loadConfig } from '../config/app-config';
import { ensureApplicationLogin } from '../database/application-role';
import { runMigrations } from '../database/migrate';

/**
 * The release step: applies pending migrations as the schema's owner (DATABASE_MIGRATION_URL), then makes
 * DATABASE_URL's user, which the API and the workers connect as, a member of prepcom_writer that owns nothing.
 * With DATABASE_URL alone it migrates as that user (an installation that has not split its roles yet).
 */
async function main(): Promise<void> {
  const { databaseUrl, databaseMigrationUrl } = loadConfig();
  const ownerUrl = databaseMigrationUrl ?? databaseUrl;
  if (!ownerUrl) throw new Error('DATABASE_MIGRATION_URL (or DATABASE_URL) is required to migrate.');
  const applied = await runMigrations(ownerUrl);
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database schema is up to date.');
  if (databaseMigrationUrl && databaseUrl) {
    await ensureApplicationLogin(databaseMigrationUrl, databaseUrl);
    console.log("DATABASE_URL's user may read and write the tables and only append to the audit trail.");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
