import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
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
    edges { node { id kind eventId eventType channel recipientEmail attemptsMade failureReason failedAt } }
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
        recipientEmail: string | null;
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
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
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
      recipientEmail: 'party@test.example',
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
    const retried = await scene.t.gql<{ retryNotificationJob: { id: string; recipientEmail: string } }>(
      `mutation ($id: ID!) { retryNotificationJob(id: $id) { id recipientEmail } }`,
      { id: jobId },
      { cookie: asAdministrator() },
    );
    expect(retried.data!.retryNotificationJob).toEqual({ id: jobId, recipientEmail: 'party@test.example' });
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
    const retried = await scene.t.gql<{ retryAllFailedNotificationJobs: { recipientEmail: string }[] }>(
      `mutation { retryAllFailedNotificationJobs { recipientEmail } }`,
      {},
      { cookie: asAdministrator() },
    );
    expect(retried.data!.retryAllFailedNotificationJobs.map((job) => job.recipientEmail).sort()).toEqual(
      [...refused].sort(),
    );
    await expectEachOnce(scene, smtp.received, eventIds);
    expect((await listFailed(asAdministrator())).data!.failedNotificationJobs.totalCount).toBe(0);
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
