import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import {
  EMAIL_QUEUE,
  JOB,
  NOTIFICATION_QUEUES,
  type DeliverBatchJob,
} from '../src/notification/pipeline-jobs';
import { startRedisServer, type RedisServer } from '../src/worker/local-redis';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts } from './support/accounts';
import {
  expectEachOnce,
  moveMatters,
  settle,
  type NotificationScene,
  startScene,
} from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { startTestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const FAILED_JOBS = `{
  failedNotificationJobs {
    totalCount
    edges { node { id kind eventId eventType channel recipientEmails attemptsMade failureReason failedAt } }
  }
}`;

interface Listed {
  failedNotificationJobs: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        kind: string;
        eventId: string | null;
        eventType: string | null;
        channel: string | null;
        recipientEmails: string[];
        attemptsMade: number;
        failureReason: string;
        failedAt: string | null;
      };
    }[];
  };
}

describe("administrators' view of failed notification jobs", () => {
  let scene: NotificationScene;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let workerStopped = false;
  const prefix = `jobs-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    scene = await startScene({ REDIS_URL, QUEUE_PREFIX: prefix });
    worker = await startWorker(
      loadConfig({ REDIS_URL, QUEUE_PREFIX: prefix, SMTP_URL: smtp.url }),
      scene.t.database.url,
      { logger: false },
    );
    // The meetings just made are announced first; the faults below are for later events.
    await settle(scene, worker.pipeline.queues);
  });

  afterAll(async () => {
    if (!workerStopped) await worker?.stop();
    // The run's queues, emptied from Redis through queues of their own: the worker's closed with it.
    const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    for (const name of NOTIFICATION_QUEUES) {
      const queue = new Queue(name, { connection, prefix });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    connection.disconnect();
    await scene.db.end();
    await smtp.close();
    await scene.t.close();
  });

  const listFailed = (cookie: string | null) => scene.t.gql<Listed>(FAILED_JOBS, {}, { cookie });
  const asAdministrator = () => scene.accounts.cookie.administrator;
  const emailsWithId = (messageId: string) =>
    smtp.received.filter((mail) => mail.messageId === messageId).length;
  let eventId: string;
  let jobId: string;
  let messageId: string;

  it('lists a delivery the mail server refused, with its reason, for administrators only', async () => {
    smtp.refuse('party@test.example');
    const startedAt = Date.now();
    [eventId] = (await moveMatters(scene, 1)) as [string];
    const party = scene.accounts.accountId.stateParty;
    jobId = `deliver-${eventId}-${party}-EMAIL`;
    messageId = `<event-${eventId}.${party}@prepcom>`;
    const listed = await eventually(
      () => listFailed(asAdministrator()),
      (response) => response.data?.failedNotificationJobs.totalCount === 1,
    );
    const job = listed.data!.failedNotificationJobs.edges[0]!.node;
    expect(job).toMatchObject({
      id: jobId,
      kind: 'deliver',
      eventId,
      eventType: 'MATTER_STATUS_CHANGED',
      channel: 'EMAIL',
      recipientEmails: ['party@test.example'],
      attemptsMade: 1,
    });
    expect(job.failureReason).toMatch(/refused the message.*550 No such mailbox/);
    expect(Date.parse(job.failedAt!)).toBeGreaterThanOrEqual(startedAt);
    expect(emailsWithId(messageId)).toBe(0);

    for (const role of ['coChair', 'supportUnit', 'stateParty'] as const) {
      const refused = await listFailed(scene.accounts.cookie[role]);
      expect(refused.data).toBeNull();
      expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('sends it exactly once when retried after the mail server accepts the address again', async () => {
    smtp.accept('party@test.example');
    const retried = await scene.t.gql<{ retryNotificationJob: { id: string; recipientEmails: string[] } }>(
      `mutation ($id: ID!) { retryNotificationJob(id: $id) { id recipientEmails } }`,
      { id: jobId },
      { cookie: asAdministrator() },
    );
    expect(retried.data!.retryNotificationJob).toEqual({
      id: jobId,
      recipientEmails: ['party@test.example'],
    });
    await eventually(
      async () =>
        (
          await scene.db.query<{ status: string }>(
            `SELECT status FROM delivery WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL'`,
            [eventId, scene.accounts.accountId.stateParty],
          )
        ).rows[0]?.status,
      (status) => status === 'SENT',
    );
    expect(emailsWithId(messageId)).toBe(1);
    expect((await listFailed(asAdministrator())).data!.failedNotificationJobs.totalCount).toBe(0);

    // Retried already: it is no longer a failed job.
    const again = await scene.t.gql(
      `mutation ($id: ID!) { retryNotificationJob(id: $id) { id } }`,
      { id: jobId },
      { cookie: asAdministrator() },
    );
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(emailsWithId(messageId)).toBe(1);
  });

  it('sends every failed job again at once', async () => {
    const refused = ['party@test.example', 'isu@test.example'];
    for (const address of refused) smtp.refuse(address);
    const eventIds = await moveMatters(scene, 1);
    await eventually(
      () => listFailed(asAdministrator()),
      (response) => response.data?.failedNotificationJobs.totalCount === 2,
    );
    for (const address of refused) smtp.accept(address);
    const retried = await scene.t.gql<{ retryAllFailedNotificationJobs: { recipientEmails: string[] }[] }>(
      `mutation { retryAllFailedNotificationJobs { recipientEmails } }`,
      {},
      { cookie: asAdministrator() },
    );
    expect(retried.data!.retryAllFailedNotificationJobs.flatMap((job) => job.recipientEmails).sort()).toEqual(
      [...refused].sort(),
    );
    await expectEachOnce(scene, smtp.received, eventIds);
    expect((await listFailed(asAdministrator())).data!.failedNotificationJobs.totalCount).toBe(0);
  });

  it('lists a batch that failed for good with everyone it carried, and reopens all their deliveries when retried', async () => {
    // A batch fails for good only when PostgreSQL stayed away through all its attempts, its deliveries not done then
    // ended FAILED: that end is written here by hand, on an event already delivered, and the batch's job is failed
    // by a worker of the test's own (the product's is stopped, so that it cannot take the job first).
    const [eventId] = await moveMatters(scene, 1);
    await expectEachOnce(scene, smtp.received, [eventId!]);
    await worker.stop();
    workerStopped = true;
    const people = [scene.accounts.accountId.stateParty, scene.accounts.accountId.supportUnit];
    await scene.db.query(
      `UPDATE delivery SET status = 'FAILED' WHERE event_id = $1 AND channel = 'EMAIL' AND account_id = ANY($2)`,
      [eventId, people],
    );
    const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    const emails = new Queue(EMAIL_QUEUE, { connection, prefix });
    const byHand = new Worker(EMAIL_QUEUE, null, { connection, prefix, autorun: false });
    try {
      const batch: DeliverBatchJob = { eventId: eventId!, channel: 'EMAIL', accountIds: people };
      // A second chunk's id: the event's first batch ran already, and its id is kept with it.
      await emails.add(JOB.DELIVER_BATCH, batch, { jobId: `batch-${eventId}-EMAIL-1`, attempts: 1 });
      const job = (await byHand.getNextJob('by-hand'))!;
      await job.moveToFailed(new Error('Connection terminated unexpectedly'), 'by-hand', true);

      const [listed] = (await listFailed(asAdministrator())).data!.failedNotificationJobs.edges;
      expect(listed!.node).toMatchObject({
        id: `batch-${eventId}-EMAIL-1`,
        kind: 'deliver-batch',
        channel: 'EMAIL',
        recipientEmails: expect.arrayContaining(['party@test.example', 'isu@test.example']),
        failureReason: 'Connection terminated unexpectedly',
      });
      expect(listed!.node.recipientEmails).toHaveLength(2);

      const retried = await scene.t.gql(
        `mutation ($id: ID!) { retryNotificationJob(id: $id) { id } }`,
        { id: `batch-${eventId}-EMAIL-1` },
        { cookie: asAdministrator() },
      );
      expect(retried.errors).toBeUndefined();
      const statuses = await scene.db.query<{ status: string }>(
        `SELECT status FROM delivery WHERE event_id = $1 AND channel = 'EMAIL' AND account_id = ANY($2)`,
        [eventId, people],
      );
      expect(statuses.rows.map((row) => row.status)).toEqual(['PENDING', 'PENDING']);
      expect(await emails.getJobState(`batch-${eventId}-EMAIL-1`)).toBe('waiting');
    } finally {
      await byHand.close();
      await emails.close();
      connection.disconnect();
    }
  });

  it('answers SERVICE_UNAVAILABLE while Redis does not answer, serves the rest, and connects once it is back', async () => {
    // Nothing listens on a free port: an API whose Redis is down from the start.
    const port = await freePort();
    const offline = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-redis-'));
    let redis: RedisServer | undefined;
    try {
      const accounts = await createRoleAccounts(offline);
      const response = await offline.gql(FAILED_JOBS, {}, { cookie: accounts.cookie.administrator });
      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors![0]!.message).toMatch(/notification queues cannot be reached.*Try again/);
      const me = await offline.gql<{ me: { capacities: string[] } }>(
        `{ me { capacities } }`,
        {},
        { cookie: accounts.cookie.administrator },
      );
      expect(me.data!.me.capacities).toEqual(['ADMINISTRATOR']);

      // Redis comes up: the next request connects.
      redis = await startRedisServer(redisDir, port);
      const listed = await offline.gql<Listed>(FAILED_JOBS, {}, { cookie: accounts.cookie.administrator });
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.failedNotificationJobs.totalCount).toBe(0);
    } finally {
      await offline.close();
      await redis?.stop();
      fs.rmSync(redisDir, { recursive: true, force: true });
    }
  });
});
