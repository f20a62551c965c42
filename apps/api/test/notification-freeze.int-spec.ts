import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { freePort } from '../src/database/embedded-postgres';
import { EMAIL_QUEUE, NOTIFICATION_QUEUES } from '../src/notification/pipeline-jobs';
import { startRedisServer, type RedisServer } from '../src/worker/local-redis';
import { BUILT, startWorkerProcess, type BuiltProcess } from './support/built-processes';
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

/**
 * A worker that freezes past its job locks (a paused VM, a long garbage collection: SIGSTOP here), while another
 * worker takes its jobs back, then resumes (SIGCONT). Its email claims hold until their deadline, so the other
 * worker waits them out instead of sending again, and a late answer from the frozen one moves only the rows it still
 * holds. The built worker (`npm run build` first), as production runs it.
 */
describe('a worker frozen past its locks, then resumed', () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let redis: RedisServer;
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-redis-'));
  const processes: BuiltProcess[] = [];
  let connection: IORedis;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    redis = await startRedisServer(redisDir, await freePort());
    connection = new IORedis(redis.url, { maxRetriesPerRequest: null });
    scene = await startScene();
  });

  afterEach(async () => {
    smtp.release();
    smtp.slow(0);
    for (const started of processes.splice(0)) {
      started.child.kill('SIGCONT');
      await started.stop('SIGKILL');
    }
  });

  afterAll(async () => {
    await connection.quit();
    await redis.stop();
    fs.rmSync(redisDir, { recursive: true, force: true });
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  /**
   * Two built workers' settings: locks of 2 s, claims of 10 s (longer than the freeze). `smtpQuery` may shorten the
   * mail timeouts; by default (20 s) they outlast the freeze: a freeze longer than them makes an accepted email's
   * answer arrive after its timeout fired, the one resend docs/decisions/0017 accepts.
   */
  const settings = (smtpQuery = '') => ({
    DATABASE_URL: scene.t.database.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `freeze-${randomBytes(4).toString('hex')}`,
    SMTP_URL: `${smtp.url}${smtpQuery}`,
    QUEUE_LOCK_MS: '2000',
    QUEUE_STALLED_CHECK_MS: '1000',
    DELIVERY_CLAIM_MS: '10000',
    JOB_RETRY_DELAY_MS: '500',
  });

  const start = async (env: NodeJS.ProcessEnv) => {
    expect(fs.existsSync(BUILT.worker)).toBe(true);
    const started = await startWorkerProcess(env);
    processes.push(started);
    return started;
  };

  /**
   * Freezes the first worker once the mail server (as `mailServer` sets it) holds its six emails, starts a second,
   * and waits until the second has tried one of the frozen worker's jobs again (its lock expired).
   */
  async function freezeMidSend(env: NodeJS.ProcessEnv, mailServer: () => void) {
    const queues = NOTIFICATION_QUEUES.map(
      (name) => new Queue(name, { connection, prefix: env.QUEUE_PREFIX }),
    );
    const frozen = await start(env);
    // The meetings' own announcements go out first: the freeze meets only the event below.
    await settle(scene, queues);
    mailServer();
    const [eventId] = await moveMatters(scene, 1);
    await eventually(
      () => smtp.held(),
      (held) => held === 6,
    );
    frozen.child.kill('SIGSTOP');
    await start(env);
    const emails = queues.find((queue) => queue.name === EMAIL_QUEUE)!;
    await eventually(
      async () =>
        (await emails.getJobs(['wait', 'active', 'delayed', 'completed'])).map((job) => job.attemptsStarted),
      (started) => started.some((attempts) => attempts >= 2),
    );
    return { queues, frozen, eventId: eventId! };
  }

  it('with a slow mail server: the frozen worker’s emails are sent once, and marked sent by it', async () => {
    // Each email is answered 2 s after it arrives, while its sender is frozen.
    const { queues, frozen, eventId } = await freezeMidSend(settings(), () => smtp.slow(2_000));
    frozen.child.kill('SIGCONT');
    await expectEachOnce(scene, smtp.received, [eventId]);
    await expectQueueDrained(queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
    for (const queue of queues) await queue.close();
  });

  it('with a hung mail server: the frozen worker gives up its claims, and the other sends each email once', async () => {
    // Resumed, the frozen worker's sends time out 5 s after they began.
    const { queues, frozen, eventId } = await freezeMidSend(settings('/?socketTimeout=5000'), () =>
      smtp.stall(0),
    );
    frozen.child.kill('SIGCONT');
    // Resumed, its sends time out: it lets its claims go, its connections close, the mail server received nothing.
    await eventually(
      () => smtp.held(),
      (held) => held === 0,
    );
    expect(smtp.received.filter((mail) => mail.messageId.startsWith(`<event-${eventId}.`))).toEqual([]);
    smtp.release();
    await expectEachOnce(scene, smtp.received, [eventId]);
    await expectQueueDrained(queues);
    await expectDeliveriesMatchMailServer(scene, smtp.received);
    for (const queue of queues) await queue.close();
  });
});
