import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { WORKER_APPLICATION_NAME } from '../src/worker/worker.module';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import {
  expectEachOnce,
  expectQueueDrained,
  moveMatters,
  type NotificationScene,
  startScene,
} from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { adminUrl, currentRun } from './support/test-run';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL lost under a running worker: its connections cut (pg_terminate_backend, only the worker's on this
 * test's database), and the database refusing new ones for a while (ALLOW_CONNECTIONS false), as when the server
 * restarts or fails over.
 */
describe("PostgreSQL dropping the worker's connections", () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  /** On the server's maintenance database: a database cannot refuse connections to itself from its own session. */
  let admin: Client;
  let database: string;

  beforeAll(async () => {
    scene = await startScene();
    database = (await scene.db.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
    admin = new Client({ connectionString: adminUrl(currentRun().serverUrl) });
    await admin.connect();
    smtp = await startSmtpCatcher();
    const config = loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: `pg-drop-${randomBytes(4).toString('hex')}`,
      SMTP_URL: smtp.url,
    });
    worker = await startWorker(config, scene.t.database.url, { logger: false });
  });

  afterAll(async () => {
    smtp.release();
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await admin.end();
    await Promise.all(worker.pipeline.queues.map((queue) => queue.obliterate({ force: true })));
    await worker.stop();
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  /** Cuts every connection the worker holds to this test's database; returns how many. */
  async function cutWorkerConnections(): Promise<number> {
    const { rowCount } = await scene.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [WORKER_APPLICATION_NAME],
    );
    return rowCount ?? 0;
  }

  async function expectEveryEventOnce(eventIds: string[]) {
    await expectEachOnce(scene, smtp.received, eventIds, 90_000);
    await expectQueueDrained(worker.pipeline.queues, 60_000);
    const unsent = await scene.db.query(`SELECT 1 FROM delivery WHERE status <> 'SENT'`);
    expect(unsent.rows).toEqual([]);
    const messageIds = smtp.received.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
  }

  it('cut again and again during a fan-out', async () => {
    const moving = moveMatters(scene, 3);
    let cut = 0;
    // Relay, fan-out and deliveries (in-app transactions included) lose their connections mid-statement.
    for (let round = 0; round < 20; round++) {
      cut += await cutWorkerConnections();
      await pause(100);
    }
    expect(cut).toBeGreaterThan(0);
    await expectEveryEventOnce(await moving);
  });

  it('away for a few seconds while the mail server accepts emails it cannot record as sent', async () => {
    smtp.stall();
    const eventIds = await moveMatters(scene, 3);
    await eventually(
      () => smtp.held(),
      (held) => held >= 4,
    );
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    expect(await cutWorkerConnections()).toBeGreaterThan(0);
    // The held emails are accepted now, while the worker cannot reach the database to mark them sent.
    smtp.release();
    await pause(3_000);
    await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await expectEveryEventOnce(eventIds);
  });
});
