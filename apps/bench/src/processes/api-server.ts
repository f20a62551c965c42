import type { AddressInfo } from 'node:net';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '@prepcom/api/dist/bootstrap';
import { loadConfig } from '@prepcom/api/dist/config/app-config';
import { registerHandwrittenDashboard } from '../http/handwritten-dashboard';
import { serveBench } from './child-process';

/** Counts every SQL statement the API's pool sends, its own and the baseline's alike (R3). */
class StatementCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/**
 * The API as production builds it (createApp, configured from the environment the bench gives), plus the
 * hand-written dashboard on the same Fastify instance and pool. `--no-graphql-guards` builds it without the
 * GraphQL guards (R8's other arm).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const statements = new StatementCounter();
  const app = await createApp({
    config,
    databaseUrl: config.databaseUrl!,
    schemaFile: false,
    sqlLogger: statements,
    ...(process.argv.includes('--no-graphql-guards') && { graphqlGuards: false as const }),
  });
  registerHandwrittenDashboard(app.getHttpAdapter().getInstance(), app.get(DataSource));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  serveBench({ port }, { statements: () => statements.count }, () => app.close());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
