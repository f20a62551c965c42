import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import IORedis from 'ioredis';
import { freePort } from '../database/embedded-postgres';

/** Whether a Redis answers PING at `url` now (one try, a second at most). */
export async function redisAnswers(url: string): Promise<boolean> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Redis for `npm start` when REDIS_URL is not set: the machine's own on 127.0.0.1:6379 if it answers, else a
 * `redis-server` from PATH started in the data folder (AOF on, never evicting). No npm package ships Redis, so
 * with neither the product runs without notifications and says so.
 */
export async function findOrStartRedis(
  dataDir: string,
  log: (message: string) => void,
): Promise<RedisServer | null> {
  const machine = 'redis://127.0.0.1:6379';
  if (await redisAnswers(machine)) return { url: machine, stop: async () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const dir = path.join(dataDir, 'redis');
  const server = await startRedisServer(dir, await freePort());
  log(`Started redis-server on ${server.url.slice('redis://'.length)} (data in ${dir})`);
  return server;
}

export interface RedisServer {
  url: string;
  /** Resolves once the server has exited (it writes its append-only file first). */
  stop(): Promise<void>;
}

/** A `redis-server` on loopback that keeps its queues on disk (AOF) and never evicts; resolves once it answers. */
export async function startRedisServer(dir: string, port: number): Promise<RedisServer> {
  fs.mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  // A busy machine can take seconds to start it: wait for an answer, not for a fixed time.
  const deadline = Date.now() + 60_000;
  while (!(await redisAnswers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server on port ${port} did not answer (exit code ${child.exitCode}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
