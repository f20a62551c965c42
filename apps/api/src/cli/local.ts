import { createApp } from '../bootstrap';
import { ConfigError, loadConfig } from '../config/app-config';
import { runMigrations } from '../database/migrate';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres';
import { resetSampleAccounts } from '../seed/sample-accounts';
import { seedSampleData } from '../seed/seed-sample-data';

const log = (message: string) => console.log(`[prepcom] ${message}`);

/**
 * `npm start`: the whole product on one machine. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL in
 * the data folder; migrates, loads the sample data (idempotently) and serves the API and the dashboard.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir, log)).url;
  const stopDatabase = async () => embedded?.stop();
  try {
    const applied = await runMigrations(databaseUrl);
    log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
    await seedSampleData(databaseUrl);
    log('Sample data loaded (the road to the First Review Conference, 2002–2004)');
    const accounts = await resetSampleAccounts(databaseUrl);
    const app = await createApp({ config, databaseUrl, schemaFile: false });
    await app.listen({ port: config.port, host: config.host });
    const shutdown = async () => {
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    log('Sample accounts (passwords are new at every start):');
    for (const account of accounts)
      log(`  ${account.email.padEnd(24)} ${account.password}   ${account.what}`);
    log(`Dashboard: http://localhost:${config.port}/   GraphQL: http://localhost:${config.port}/graphql`);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
