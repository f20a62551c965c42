import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './bootstrap';

/**
 * The production entry point: serves an already migrated database (run `npm run migrate -w @prepcom/api` as a
 * release step). For a local start with an embedded database, migrations and sample data, see cli/local.ts.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError('DATABASE_URL is required in production; set it to a postgres:// URL.');
  const app = await createApp({ config, databaseUrl: config.databaseUrl, schemaFile: false });
  // SIGTERM (Kubernetes, docker stop): stop accepting connections, let requests in flight finish, then close the
  // database pool; exit(0) once done, so that the logs are flushed.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
