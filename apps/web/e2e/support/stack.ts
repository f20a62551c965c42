// The real product for the browser tests: the built API's `npm start` entry (dist/cli/local.js) on a free port,
// with a database of its own, freshly migrated and seeded, serving the built dashboard and running its worker.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type IORedis from 'ioredis';
import type pg from 'pg';

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_ROOT = path.resolve(WEB_ROOT, '..', 'api');
export const REPO_ROOT = path.resolve(WEB_ROOT, '..', '..');
const LOCAL_ENTRY = path.join(API_ROOT, 'dist', 'cli', 'local.js');

export interface Stack {
  url: string;
  /**
   * Where the product's own SMTP receiver (`npm start` without SMTP_URL) writes every email it is sent, one `.eml`
   * file each: tests read real emails there (support/mail.ts).
   */
  mailDir: string;
  /** The sample accounts `npm start` printed, email → password (new at every start). */
  passwords: Record<string, string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// The API's own clients for PostgreSQL and Redis: the web package has no server dependencies of its own.
const requireFromApi = createRequire(path.join(API_ROOT, 'package.json'));

/** A database of its own on DATABASE_URL's server. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { Client } = requireFromApi('pg') as typeof pg;
  const name = `prepcom_e2e_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const url = new URL(serverUrl);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Removes the queues the run's worker left in a shared Redis (one it started itself goes with the data folder). */
async function removeQueues(redisUrl: string, prefix: string): Promise<void> {
  const Redis = requireFromApi('ioredis') as typeof IORedis;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<
      string[]
    >) {
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

export async function startStack(): Promise<Stack> {
  for (const built of [LOCAL_ENTRY, path.join(WEB_ROOT, 'dist', 'index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: build first (npx turbo run build).`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-e2e-'));
  // With DATABASE_URL (CI), a fresh database on that server; without, the embedded PostgreSQL of `npm start`.
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
  const port = await freePort();
  const queuePrefix = `prepcom-e2e-${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PREPCOM_DATA_DIR: dataDir,
    QUEUE_PREFIX: queuePrefix,
    NODE_ENV: 'development',
    // Links in emails point where the browser reaches the dashboard.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;
  delete env.SMTP_URL;

  const child = spawn(process.execPath, [LOCAL_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    // A limit that catches a start that hangs, not one that is slow: on a machine busy with other work (a load of 20
    // on 2 cores) migrating, seeding and starting took more than two minutes.
    const timer = setTimeout(
      () => reject(new Error(`The API did not start within 10 minutes:\n${output}`)),
      600_000,
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Dashboard: http:\/\/localhost:\d+\//.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with ${code} before it was ready:\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (!/Started redis-server/.test(output) && !/Notifications are off/.test(output)) {
      await removeQueues(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', queuePrefix);
    }
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  const passwords = Object.fromEntries(
    [...output.matchAll(/^\[prepcom\]\s+(\S+@\S+)\s+(\S+)\s/gm)].map((m) => [m[1]!, m[2]!]),
  );
  return { url: `http://127.0.0.1:${port}`, mailDir: path.join(dataDir, 'mail'), passwords, stop };
}
