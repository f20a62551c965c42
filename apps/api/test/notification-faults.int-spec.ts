import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { startRedisServer, type RedisServer } from '../src/worker/local-redis';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import {
  expectEachOnce,
  expectQueueDrained,
  moveMatters,
  type NotificationScene,
  startScene,
} from './support/notification-faults';
import { startSmtpCatcher } from './support/smtp-catcher';

describe('notifications under faults: each recipient still gets one in-app notification and one email per event', () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let redis: RedisServer;
  let redisPort: number;
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-redis-'));
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    scene = await startScene();
    smtp = await startSmtpCatcher();
    redisPort = await freePort();
    redis = await startRedisServer(redisDir, redisPort);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop().catch(() => undefined);
    await redis.stop();
    fs.rmSync(redisDir, { recursive: true, force: true });
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  const config = () =>
    loadConfig({
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `faults-${randomBytes(4).toString('hex')}`,
      SMTP_URL: smtp.url,
    });

  it('with two workers racing over the same events', async () => {
    const settings = config();
    workers.push(await startWorker(settings, scene.t.database.url, { logger: false }));
    workers.push(await startWorker(settings, scene.t.database.url, { logger: false }));
    const eventIds = await moveMatters(scene, 4);
    await expectEachOnce(scene, smtp.received, eventIds);
    await expectQueueDrained(workers[0]!.pipeline.queues);
    for (const worker of workers.splice(0)) await worker.stop();
  });

  it('with Redis stopped and restarted while events wait to be relayed', async () => {
    const settings = config();
    const worker = await startWorker(settings, scene.t.database.url, { logger: false });
    workers.push(worker);
    await redis.stop();
    // Changes go on while Redis is down: they wait in the outbox.
    const eventIds = await moveMatters(scene, 3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const waiting = await scene.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM outbox_event WHERE id = ANY($1) AND relayed_at IS NULL`,
      [eventIds],
    );
    expect(Number(waiting.rows[0]!.n)).toBe(3);
    redis = await startRedisServer(redisDir, redisPort);
    await expectEachOnce(scene, smtp.received, eventIds);
    await expectQueueDrained(worker.pipeline.queues);
  });
});
