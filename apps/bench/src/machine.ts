import os from 'node:os';
import IORedis from 'ioredis';
import { Client } from 'pg';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** One-minute load average when the run started: how busy the machine already was. */
  loadAverage: number;
  node: string;
  postgres: string;
  redis: string;
  os: string;
}

export async function describeMachine(databaseUrl: string, redisUrl: string): Promise<Machine> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const [{ rows }, info] = await Promise.all([
      client.query<{ server_version: string }>('SHOW server_version'),
      redis.info('server'),
    ]);
    return {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage: Number(os.loadavg()[0]!.toFixed(2)),
      node: process.version,
      postgres: rows[0]!.server_version,
      redis: /^redis_version:(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown',
      os: `${os.type()} ${os.release()}`,
    };
  } finally {
    await client.end();
    redis.disconnect();
  }
}
