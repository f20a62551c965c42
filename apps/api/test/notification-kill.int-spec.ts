import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { API_PACKAGE_ROOT } from '../src/config/paths';
import { NOTIFICATION_QUEUES } from '../src/notification/pipeline-jobs';
import {
  CLAIM_OUTLASTS_A_SEND_MS,
  expectEachOnce,
  expectQueueDrained,
  moveMatters,
  type NotificationScene,
  startScene,
} from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';

const WORKER_ENTRY = path.join(API_PACKAGE_ROOT, 'dist', 'worker', 'main.js');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The built worker (`npm run build` first), as production runs it, killed with SIGKILL while it waits for the mail
 * server to accept messages: no shutdown hook runs, its jobs stay "active" under locks nobody renews.
 */
describe('a worker killed with SIGKILL in the middle of sending', () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let connection: IORedis;
  let queues: Queue[] = [];
  const prefix = `kill-${randomBytes(4).toString('hex')}`;
  const children: ChildProcess[] = [];
  let output = '';

  beforeAll(async () => {
    scene = await startScene();
    smtp = await startSmtpCatcher();
    connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    queues = NOTIFICATION_QUEUES.map((name) => new Queue(name, { connection, prefix }));
  });

  afterAll(async () => {
    smtp.release();
    for (const child of children.filter((child) => child.exitCode === null && child.signalCode === null)) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    for (const queue of queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await connection.quit();
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  /** Starts the built worker with short locks and claims, so a dead worker's jobs come back within seconds. */
  async function startWorkerProcess(): Promise<ChildProcess> {
    const child = spawn(process.execPath, [WORKER_ENTRY], {
      env: {
        ...process.env,
        DATABASE_URL: scene.t.database.url,
        REDIS_URL,
        QUEUE_PREFIX: prefix,
        SMTP_URL: smtp.url,
        QUEUE_LOCK_MS: '2000',
        QUEUE_STALLED_CHECK_MS: '1000',
        // The dead worker's email claims expire once no send of theirs can still be under way (the mailer's
        // timeouts): a shorter claim let a live but slow send be taken over and mailed twice on a busy machine.
        DELIVERY_CLAIM_MS: String(CLAIM_OUTLASTS_A_SEND_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const started = output.length;
    await eventually(
      () => {
        if (child.exitCode !== null) throw new Error(`The worker exited with ${child.exitCode}:\n${output}`);
        return output.slice(started);
      },
      (printed) => printed.includes('[prepcom worker] relaying'),
    );
    return child;
  }

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await scene.db.query<{ n: string }>(sql, params)).rows[0]!.n);

  it('leaves every recipient one in-app notification and one email per event, and nothing in the queue', async () => {
    expect(fs.existsSync(WORKER_ENTRY)).toBe(true);
    // Three emails are answered; every later one waits for the mail server's answer.
    smtp.stall(3);
    const first = await startWorkerProcess();
    const eventIds = await moveMatters(scene, 3);
    const held = await eventually(
      () => smtp.held(),
      (count) => count >= 4,
    );
    // Each email job carries many people (decision 0043): fewer jobs are under way than emails are held.
    const sending = await queues[1]!.getActive();
    expect(sending.map((job) => job.name)).toEqual(sending.map(() => 'deliver-batch'));
    expect(sending.length).toBeLessThan(held);
    // Mid-job: the answered emails are recorded as sent, the held ones claimed (SENDING) and not yet accepted.
    await eventually(
      () => count(`SELECT count(*) AS n FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT'`),
      (sent) => sent === 3,
    );
    const exited = new Promise((resolve) => first.once('exit', resolve));
    first.kill('SIGKILL');
    await exited;
    expect(
      await count(`SELECT count(*) AS n FROM delivery WHERE channel = 'EMAIL' AND status = 'SENDING'`),
    ).toBeGreaterThanOrEqual(4);
    // The dead worker's connections close: the mail server never accepted what it was sending.
    await eventually(
      () => smtp.held(),
      (held) => held === 0,
    );
    smtp.release();

    await startWorkerProcess();
    await expectEachOnce(scene, smtp.received, eventIds);
    await expectQueueDrained(queues);
    // Every event of the run (scheduling the meetings tells people too): all delivered, no email twice.
    await eventually(
      () => count(`SELECT count(*) AS n FROM delivery WHERE status <> 'SENT'`),
      (unsent) => unsent === 0,
    );
    const messageIds = smtp.received.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    // The held emails were sent by the second worker, which took the dead one's batches back once their locks
    // expired: each of them claimed once more, after the dead worker's claim ran out.
    expect(await count(`SELECT max(attempts) AS n FROM delivery WHERE channel = 'EMAIL'`)).toBe(2);
    expect(
      await count(`SELECT count(*) AS n FROM delivery WHERE channel = 'EMAIL' AND attempts = 2`),
    ).toBeGreaterThanOrEqual(4);
  });
});
