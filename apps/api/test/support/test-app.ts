import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import type { LogSettings } from '../../src/observability/logging';
import { createTestDatabase, type TestDatabase } from './test-run';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; guards?: { guard: string; field: string }[] };
  }[];
}

export interface RequestOptions {
  /** A session cookie (`prepcom_session=…`), as the browser would send it. */
  cookie?: string | null;
}

export interface GraphQLResponseWithCookies<T> extends GraphQLResponse<T> {
  setCookie: string[];
}

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** Sends one GraphQL request over HTTP semantics (Fastify's inject), as a client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponseWithCookies<T>>;
  close(): Promise<void>;
}

/** What the GraphQL fixtures need of an API: its database and a way to send it requests (in process or over HTTP). */
export type GraphQLClient = Pick<TestApp, 'database' | 'gql'>;

/** Every test signs in from one address, often many times: the hardening tests set their own, tighter limits. */
const TEST_RATE_LIMITS = {
  AUTH_RATE_LIMIT: '1000',
  SIGN_IN_FAILURES_PER_ACCOUNT: '1000',
  SIGN_IN_FAILURES_PER_ADDRESS: '100000',
  COSTLY_QUERY_RATE_LIMIT: '1000',
};

/** The real API on its own fresh, migrated database; `env` overrides the environment it is configured from. */
export async function startTestApp(
  options: { sqlLogger?: TypeOrmLogger; env?: NodeJS.ProcessEnv; logs?: Partial<LogSettings> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp({
    config: loadConfig({
      PREPCOM_WEB_DIST: '/nonexistent',
      // The administrators' view of failed jobs reads (and retries) the queues: never an installation's own.
      QUEUE_PREFIX: `test-app-${randomBytes(4).toString('hex')}`,
      ...TEST_RATE_LIMITS,
      ...options.env,
    }),
    databaseUrl: database.appUrl,
    schemaFile: false,
    sqlLogger: options.sqlLogger,
    logger: process.env.TEST_LOGS || options.logs ? undefined : false,
    logs: options.logs,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    async gql<T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: options.cookie ? { cookie: options.cookie } : {},
        payload: { query, variables },
      });
      const setCookie = [response.headers['set-cookie'] ?? []].flat();
      return {
        status: response.statusCode,
        setCookie,
        ...(response.json() as Omit<GraphQLResponse<T>, 'status'>),
      };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
