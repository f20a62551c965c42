import path from 'node:path';
import { REPO_ROOT } from './paths';

/** Everything the API reads from its environment, validated once at start. */
export interface AppConfig {
  /** PostgreSQL connection string; absent means "start the embedded PostgreSQL" (local mode only). */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  production: boolean;
  /** Where local state lives: the embedded PostgreSQL cluster. */
  dataDir: string;
  /** The built dashboard the API serves at `/`; missing folder means API only. */
  webDistDir: string;
  dbPoolSize: number;
}

interface Variable<K extends keyof AppConfig> {
  name: string;
  description: string;
  key: K;
  parse: (raw: string | undefined) => AppConfig[K];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function integer(name: string, fallback: number, min: number, max: number) {
  return (raw: string | undefined): number => {
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; got "${raw}".`);
    }
    return value;
  };
}

function text(fallback: string) {
  return (raw: string | undefined): string => (raw === undefined || raw === '' ? fallback : raw);
}

/** The environment variables, each described; `docs/operations.md` lists the same table. */
export const CONFIG_VARIABLES = [
  {
    name: 'DATABASE_URL',
    key: 'databaseUrl',
    description:
      'postgres:// URL of the database. Unset: `npm start` runs an embedded PostgreSQL in PREPCOM_DATA_DIR.',
    parse: (raw: string | undefined) => {
      if (raw === undefined || raw === '') return undefined;
      if (!/^postgres(ql)?:\/\//.test(raw)) {
        throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
      }
      return raw;
    },
  } satisfies Variable<'databaseUrl'>,
  {
    name: 'HOST',
    key: 'host',
    description: 'Interface the HTTP server binds to.',
    parse: text('0.0.0.0'),
  } satisfies Variable<'host'>,
  {
    name: 'PORT',
    key: 'port',
    description: 'HTTP port of the API and dashboard (GraphQL at /graphql).',
    parse: integer('PORT', 4000, 0, 65535),
  } satisfies Variable<'port'>,
  {
    name: 'NODE_ENV',
    key: 'production',
    description: '"production" turns off the GraphiQL explorer.',
    parse: (raw: string | undefined) => raw === 'production',
  } satisfies Variable<'production'>,
  {
    name: 'PREPCOM_DATA_DIR',
    key: 'dataDir',
    description: 'Folder for local state (the embedded PostgreSQL cluster).',
    parse: (raw: string | undefined) => path.resolve(text(path.join(REPO_ROOT, '.data'))(raw)),
  } satisfies Variable<'dataDir'>,
  {
    name: 'PREPCOM_WEB_DIST',
    key: 'webDistDir',
    description: 'Folder of the built dashboard served at /.',
    parse: (raw: string | undefined) => path.resolve(text(path.join(REPO_ROOT, 'apps', 'web', 'dist'))(raw)),
  } satisfies Variable<'webDistDir'>,
  {
    name: 'DB_POOL_SIZE',
    key: 'dbPoolSize',
    description: 'Connections in the PostgreSQL pool.',
    parse: integer('DB_POOL_SIZE', 10, 1, 200),
  } satisfies Variable<'dbPoolSize'>,
] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config: Partial<Record<keyof AppConfig, unknown>> = {};
  for (const variable of CONFIG_VARIABLES) {
    config[variable.key] = variable.parse(env[variable.name]);
  }
  return config as AppConfig;
}
