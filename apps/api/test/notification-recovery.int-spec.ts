import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { startWorkerHealthServer, type WorkerHealthServer } from '../src/health/worker-health-server';
import { startRedisServer, type RedisServer } from '../src/worker/local-redis';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import {
  expectDeliveriesMatchMailServer,
  expectEachOnce,
  expectQueueDrained,
  moveMatters,
  type NotificationScene,
  settle,
  startScene,
} from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';

/** Short enough for a test: deliveries incomplete for 2 s are requeued, within a second. */
const GRACE_MS = 2_000;
const FAST = {
  DELIVERY_GRACE_MS: String(GRACE_MS),
  RECONCILE_MS: '1000',
  SCHEDULE_CHECK_MS: '500',
  REMINDER_SWEEP_MS: '1000',
};
/** Two email jobs at a time over two connections, so that some of three events' email batches wait in Redis. */
const TWO_EMAIL_SLOTS = { EMAIL_CONCURRENCY: '2' };

/**
 * PostgreSQL is the truth, Redis a cache of work (docs/decisions/0017): with the test's own redis-server flushed or
 * restarted empty mid-delivery, or a mail server that hangs, every recipient still gets one in-app notification
 * and one email per event, and every delivery ends in the state that matches what the mail server received.
 */
describe('notifications when Redis loses its data or the mail server hangs', () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let redis: RedisServer;
  let redisPort: number;
  /** Set while a test has stopped Redis: a worker cannot stop without it, so a test that fails then must not hang. */
  let redisDown = false;
  const dirs: string[] = [];
  const prefix = `recovery-${randomBytes(4).toString('hex')}`;
  let worker: RunningWorker | null = null;
  let health: WorkerHealthServer | null = null;

  const redisDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-redis-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    redisPort = await freePort();
    redis = await startRedisServer(redisDir(), redisPort);
    // The API's failed-jobs view reads the same queues as the worker.
    scene = await startScene({ REDIS_URL: redis.url, QUEUE_PREFIX: prefix });
  });

  afterEach(async () => {
    smtp.release();
    smtp.slow(0);
    smtp.accept('party@test.example');
    await health?.close();
    health = null;
    if (redisDown) {
      redis = await startRedisServer(redisDir(), redisPort);
      redisDown = false;
    }
    await worker?.stop();
    worker = null;
  });

  afterAll(async () => {
    await redis.stop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  const start = async (env: NodeJS.ProcessEnv = {}) => {
    const config = loadConfig({
      REDIS_URL: redis.url,
      QUEUE_PREFIX: prefix,
      SMTP_URL: smtp.url,
      ...FAST,
      ...env,
    });
    worker = await startWorker(config, scene.t.database.url, { logger: false });
    return worker;
  };

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await scene.db.query<{ n: string }>(sql, params)).rows[0]!.n);

  it('ends a delivery that used its attempts FAILED with its last error, and sends it once when retried', async () => {
    // Eight attempts, 20 ms apart and doubling: about 2.5 s.
    const running = await start({ JOB_RETRY_DELAY_MS: '20', QUEUE_PREFIX: prefix });
    // The meetings' own announcements go out first.
    await settle(scene, running.pipeline.queues);
    smtp.defer('party@test.example');
    const [eventId] = await moveMatters(scene, 1);
    const partyId = scene.accounts.accountId.stateParty;
    const email = () =>
      scene.db
        .query<{ status: string; attempts: number; last_error: string | null }>(
          `SELECT status, attempts, last_error FROM delivery WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL'`,
          [eventId, partyId],
        )
        .then((result) => result.rows[0]);
    const failed = await eventually(email, (row) => row?.status === 'FAILED');
    expect(failed).toMatchObject({ attempts: 8, last_error: expect.stringMatching(/450 Mailbox busy/) });

    const asAdministrator = { cookie: scene.accounts.cookie.administrator };
    const jobId = `deliver-${eventId}-${partyId}-EMAIL`;
    const listed = await eventually(
      () =>
        scene.t.gql<{ failedNotificationJobs: { edges: { node: { id: string } }[] } }>(
          `{ failedNotificationJobs { edges { node { id } } } }`,
          {},
          asAdministrator,
        ),
      (response) => (response.data?.failedNotificationJobs.edges.length ?? 0) > 0,
    );
    expect(listed.data!.failedNotificationJobs.edges.map((edge) => edge.node.id)).toEqual([jobId]);
    smtp.accept('party@test.example');
    const retried = await scene.t.gql(
      `mutation ($id: ID!) { retryNotificationJob(id: $id) { id } }`,
      { id: jobId },
      asAdministrator,
    );
    expect(retried.errors).toBeUndefined();
    await expectEachOnce(scene, smtp.received, [eventId!]);
    await expectQueueDrained(running.pipeline.queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
  });

  it('keeps in-app notifications coming within seconds while the mail server hangs', async () => {
    // Every email waits for an answer that does not come (the mail server would hang for 150 s).
    smtp.stall(0);
    const running = await start();
    const first = await moveMatters(scene, 2);
    // Twelve emails: all eight email slots hang.
    await eventually(
      () => smtp.held(),
      (held) => held >= 8,
    );
    const later = await moveMatters(scene, 3);
    const movedAt = Date.now();
    await eventually(
      () => count(`SELECT count(*) AS n FROM notification WHERE event_id = ANY($1)`, [later]),
      (n) => n === later.length * 6,
      10_000,
    );
    const waitedMs = Date.now() - movedAt;
    // The mail server still hangs, and the sweeps still run.
    expect(smtp.held()).toBeGreaterThanOrEqual(8);
    expect(await running.pipeline.overdueSchedules()).toEqual([]);
    expect(waitedMs).toBeLessThan(10_000);
    smtp.release();
    await expectEachOnce(scene, smtp.received, [...first, ...later]);
    await expectQueueDrained(running.pipeline.queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
  });

  it('queues at once, when a worker starts, what was relayed before Redis lost it', async () => {
    // The reconciler's schedule exists, its next tick an hour away: only the run at a worker's start can help.
    const env = { RECONCILE_MS: '3600000', QUEUE_PREFIX: `recovery-${randomBytes(4).toString('hex')}` };
    const first = await start(env);
    await settle(scene, first.pipeline.queues);
    await first.stop();
    worker = null;
    const eventIds = await moveMatters(scene, 2);
    // Relayed an hour ago by a worker whose Redis has since lost the jobs: nothing in the queues holds them.
    await scene.db.query(
      `UPDATE outbox_event SET relayed_at = now() - interval '1 hour' WHERE id = ANY($1)`,
      [eventIds],
    );
    const running = await start(env);
    await expectEachOnce(scene, smtp.received, eventIds, 15_000);
    await expectQueueDrained(running.pipeline.queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
  });

  it('delivers everything once after Redis is flushed mid-delivery', async () => {
    // Emails take a while to be answered, so the flush meets jobs waiting, running and scheduled. Each event's
    // emails are one batch (decision 0043): with two email slots, the third event's waits in Redis.
    smtp.slow(1_000);
    const running = await start(TWO_EMAIL_SLOTS);
    const eventIds = await moveMatters(scene, 3);
    await eventually(
      () => smtp.held(),
      (held) => held >= 2,
    );
    const admin = new IORedis(redis.url);
    await admin.flushall();
    await admin.quit();
    smtp.slow(0);
    await expectEachOnce(scene, smtp.received, eventIds, GRACE_MS + 60_000);
    // The schedules Redis lost are back.
    await eventually(
      () => running.pipeline.queue.getJobScheduler('reconciler'),
      (scheduler) => scheduler !== undefined,
    );
    await expectQueueDrained(running.pipeline.queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
  });

  it('delivers everything once after Redis restarts empty mid-delivery, and readiness fails while sweeps stop', async () => {
    // The mail server answers nothing until released: the two email slots stay busy, so the third event's batch is
    // still waiting in Redis when Redis loses it (with slow answers, a fast machine could finish a batch first and
    // leave nothing to lose).
    smtp.stall(0);
    const running = await start(TWO_EMAIL_SLOTS);
    health = await startWorkerHealthServer(running.probes, { host: '127.0.0.1', port: 0 }, running.logger);
    const ready = async () => (await fetch(`http://127.0.0.1:${health!.port}/health/ready`)).status;
    const eventIds = await moveMatters(scene, 3);
    await eventually(
      () => smtp.held(),
      (held) => held >= 2,
    );
    // Every event fanned out, so its batches are in Redis to be lost. On a busy machine the first batch's emails
    // were held before the last events were even relayed: Redis then lost nothing, and nothing was late to count.
    await eventually(
      () =>
        count(`SELECT count(*) AS n FROM outbox_event WHERE id = ANY($1) AND fanned_out_at IS NOT NULL`, [
          eventIds,
        ]),
      (fannedOut) => fannedOut === eventIds.length,
    );
    // Stopped, then started on the same port from an empty folder: a restart without persistence.
    await redis.stop();
    redisDown = true;
    smtp.release();
    // No sweep for two of its intervals: the worker is not ready.
    await eventually(
      () => running.pipeline.overdueSchedules(),
      (overdue) => overdue.includes('reminder-sweep'),
    );
    expect(await ready()).toBe(503);
    // The metrics say what is late: the sweep's age, and events whose deliveries Redis lost, past the grace period.
    const metric = async (pattern: RegExp) =>
      Number(pattern.exec(await running.probes.metrics.registry.metrics())?.[1] ?? NaN);
    expect(
      await metric(/^prepcom_schedule_age_seconds\{schedule="reminder-sweep"\} (\S+)$/m),
    ).toBeGreaterThan(2);
    await eventually(
      () => metric(/^prepcom_notification_events_incomplete (\S+)$/m),
      (incomplete) => incomplete >= 1,
    );
    redis = await startRedisServer(redisDir(), redisPort);
    redisDown = false;
    await expectEachOnce(scene, smtp.received, eventIds, GRACE_MS + 60_000);
    await eventually(
      () => running.pipeline.overdueSchedules(),
      (overdue) => overdue.length === 0,
    );
    await eventually(ready, (status) => status === 200);
    expect(await metric(/^prepcom_notification_events_incomplete (\S+)$/m)).toBe(0);
    await expectQueueDrained(running.pipeline.queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
  });
});
