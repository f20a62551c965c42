import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { RedisPolicyError } from '../src/notification/pipeline';
import { redisAnswers } from '../src/worker/local-redis';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { type RoleAccounts } from './support/accounts';
import { announceMatterMove, mutate, type createProcessWithMeetings } from './support/graphql-fixtures';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { settle, startScene } from './support/notification-faults';
import { type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('notifications: outbox → BullMQ → in-app and email, each once', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene());
    smtp = await startSmtpCatcher();
    const config = loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://prepcom.example.org',
    });
    worker = await startWorker(config, t.database.url, { logger: false });
  });

  afterAll(async () => {
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
    await db?.end();
    await smtp?.close();
    await t?.close();
  });

  const newMatterMovedByCoChair = (title: string, confidentiality = 'STATES_PARTIES') =>
    announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId: ids.fifthId,
      title,
      confidentiality,
    });

  it('tells everyone who may see the matter, once in-app and once by email, and no one else', async () => {
    const { eventId } = await newMatterMovedByCoChair('Dates and venue');
    // Everyone cleared for States Parties' records: all but the observer.
    const expected = [
      accounts.accountId.administrator,
      accounts.accountId.coChair,
      accounts.accountId.presidency,
      accounts.accountId.incomingPresidency,
      accounts.accountId.supportUnit,
      accounts.accountId.stateParty,
    ].sort();
    await eventually(
      () => count(`SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND status = 'SENT'`, [eventId]),
      (n) => n === expected.length * 2,
    );
    const { rows } = await db.query<{ account_id: string }>(
      `SELECT account_id FROM notification WHERE event_id = $1`,
      [eventId],
    );
    expect(rows.map((row) => row.account_id).sort()).toEqual(expected);
    const mails = smtp.received.filter(
      (mail) => mail.messageId === `<event-${eventId}.${accounts.accountId.stateParty}@prepcom>`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toMatch(/Dates and venue/);
    expect(mails[0]!.raw).toMatch(/https:\/\/prepcom\.example\.org\/matters\//);
    expect(
      smtp.received.some(
        (mail) => mail.to === 'observer@test.example' && mail.messageId.includes(`event-${eventId}.`),
      ),
    ).toBe(false);
  });

  it('does not tell a person of their own change, and tells the rest of their delegation', async () => {
    const { matterId } = await newMatterMovedByCoChair('Universalisation');
    // Co-Chairs hear of the views States give: the Co-Chair's own account gives its State's view.
    const view = await mutate<{ id: string }>(
      t,
      `mutation ($input: CreateViewInput!) { createView(input: $input) { id } }`,
      { matterId, participantId: accounts.participantId.coChair, position: 'SUPPORTS' },
      accounts.cookie.coChair,
    );
    const colleague = await db.query<{ id: string }>(`SELECT id FROM account WHERE email = $1`, [
      'cochair-colleague@test.example',
    ]);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'VIEW_SUBMITTED' AND payload->>'viewId' = $1`,
      [view.id],
    );
    // Deliveries are written when the event is fanned out, all at once: then who is owed one is known.
    await eventually(
      () =>
        count(`SELECT count(*) AS n FROM outbox_event WHERE id = $1 AND fanned_out_at IS NOT NULL`, [
          rows[0]!.id,
        ]),
      (n) => n === 1,
    );
    const told = await db.query<{ account_id: string }>(
      `SELECT DISTINCT account_id FROM delivery WHERE event_id = $1`,
      [rows[0]!.id],
    );
    expect(told.rows.map((row) => row.account_id)).toEqual([colleague.rows[0]!.id]);
  });

  it('adds nothing when the relay, the fan-out or a delivery runs again', async () => {
    // Counted once the earlier tests' events are all delivered, so a late first delivery is not taken for a repeat.
    await settle({ db }, worker.pipeline.queues);
    const before = {
      notifications: await count('SELECT count(*) AS n FROM notification'),
      emails: smtp.received.length,
    };
    // Mark every event unrelayed, as after a crash between adding the jobs and committing.
    await db.query('UPDATE outbox_event SET relayed_at = NULL');
    // This relay or the worker's own timer (whichever locks the rows first) adds every event again.
    await worker.pipeline.relayOnce();
    await eventually(
      () => count('SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL'),
      (n) => n === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await count('SELECT count(*) AS n FROM notification')).toBe(before.notifications);
    expect(smtp.received.length).toBe(before.emails);
  });

  it('writes to each person in their own language', async () => {
    const chosen = await t.gql<{ setMyLanguage: { account: { language: string } } }>(
      `mutation { setMyLanguage(language: "fr") { account { language } } }`,
      {},
      { cookie: accounts.cookie.presidency },
    );
    expect(chosen.data!.setMyLanguage.account.language).toBe('fr');
    const refused = await t.gql(
      `mutation { setMyLanguage(language: "xx") { clearance } }`,
      {},
      { cookie: accounts.cookie.presidency },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const { eventId } = await newMatterMovedByCoChair('Président de la Conférence');
    const inFrench = await eventually(
      () =>
        db.query<{ subject: string; body: string }>(
          `SELECT subject, body FROM notification WHERE event_id = $1 AND account_id = $2`,
          [eventId, accounts.accountId.presidency],
        ),
      (result) => result.rows.length === 1,
    );
    expect(inFrench.rows[0]!.body).toBe(
      'La question « Président de la Conférence » est désormais options en élaboration.',
    );
    const inEnglish = await eventually(
      () =>
        db.query<{ body: string }>(`SELECT body FROM notification WHERE event_id = $1 AND account_id = $2`, [
          eventId,
          accounts.accountId.stateParty,
        ]),
      (result) => result.rows.length === 1,
    );
    expect(inEnglish.rows[0]!.body).toMatch(
      /^The matter "Président de la Conférence" is now options being developed\.$/,
    );
    // Let every delivery of this event finish, so the next test's mail-server faults meet only its own.
    await eventually(
      () => count(`SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND status = 'SENT'`, [eventId]),
      (n) => n === 12,
    );
  });

  it('retries a mail server that answers 421, and still sends one email per person', async () => {
    smtp.busy(2);
    const received = smtp.received.length;
    const { eventId } = await newMatterMovedByCoChair('Costs of the preparatory meetings');
    await eventually(
      () =>
        count(
          `SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND channel = 'EMAIL' AND status = 'SENT'`,
          [eventId],
        ),
      (n) => n === 6,
      60_000,
    );
    const forEvent = smtp.received
      .slice(received)
      .filter((mail) => mail.messageId.startsWith(`<event-${eventId}.`));
    expect(forEvent).toHaveLength(6);
    expect(new Set(forEvent.map((mail) => mail.to)).size).toBe(6);
    expect(
      await count(`SELECT max(attempts) AS n FROM delivery WHERE event_id = $1 AND channel = 'EMAIL'`, [
        eventId,
      ]),
    ).toBeGreaterThan(1);
  });

  it('does not retry an address the server refuses, and keeps the failed job for administrators', async () => {
    smtp.refuse('party@test.example');
    const { eventId } = await newMatterMovedByCoChair('Rules of procedure');
    const failed = await eventually(
      () =>
        db.query<{ status: string; attempts: number; last_error: string }>(
          `SELECT status, attempts, last_error FROM delivery WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL'`,
          [eventId, accounts.accountId.stateParty],
        ),
      (result) => result.rows[0]?.status === 'FAILED',
    );
    expect(failed.rows[0]).toMatchObject({ attempts: 1 });
    // The delivery row is marked before the job throws, and BullMQ moves the job to the failed set only after that.
    const jobId = `deliver-${eventId}-${accounts.accountId.stateParty}-EMAIL`;
    await eventually(
      () => worker.pipeline.emailQueue.getFailed(),
      (failedJobs) => failedJobs.some((job) => job.id === jobId),
    );
    // The in-app notification is delivered all the same.
    expect(
      await count(`SELECT count(*) AS n FROM notification WHERE event_id = $1 AND account_id = $2`, [
        eventId,
        accounts.accountId.stateParty,
      ]),
    ).toBe(1);
    // One batch carried the event's emails (decision 0043): the refused one was handed to a job of its own, and
    // neither failed nor resent the others, each sent once.
    const emails = await count(
      `SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND channel = 'EMAIL'`,
      [eventId],
    );
    expect(emails).toBeGreaterThan(2);
    const batch = await worker.pipeline.emailQueue.getJob(`batch-${eventId}-EMAIL-0`);
    expect(await batch!.getState()).toBe('completed');
    expect(batch!.returnvalue).toEqual({ sent: emails - 1, skipped: 0, handedOff: 1 });
    expect(batch!.attemptsMade).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND channel = 'EMAIL' AND status = 'SENT'`,
        [eventId],
      ),
    ).toBe(emails - 1);
    const mailed = smtp.received.filter((mail) => mail.messageId.startsWith(`<event-${eventId}.`));
    expect(mailed).toHaveLength(emails - 1);
    expect(new Set(mailed.map((mail) => mail.to)).size).toBe(emails - 1);
    expect(mailed.map((mail) => mail.to)).not.toContain('party@test.example');
  });

  it('shows a person their inbox, its unread count, and lets them mark it read', async () => {
    const cookie = accounts.cookie.stateParty;
    const inbox = await t.gql<{
      inbox: { totalCount: number; edges: { node: { id: string; subject: string; link: string } }[] };
      unreadNotifications: number;
    }>(`{ inbox { totalCount edges { node { id subject link } } } unreadNotifications }`, {}, { cookie });
    expect(inbox.data!.inbox.totalCount).toBeGreaterThanOrEqual(3);
    expect(inbox.data!.unreadNotifications).toBe(inbox.data!.inbox.totalCount);
    expect(inbox.data!.inbox.edges[0]!.node.link).toMatch(/^\/matters\//);
    const marked = await t.gql<{ markNotificationsRead: number }>(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [inbox.data!.inbox.edges[0]!.node.id] },
      { cookie },
    );
    expect(marked.data!.markNotificationsRead).toBe(1);
    const other = await t.gql<{ markNotificationsRead: number }>(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [inbox.data!.inbox.edges[1]!.node.id] },
      { cookie: accounts.cookie.observer },
    );
    expect(other.data!.markNotificationsRead).toBe(0);
  });
});

describe('a worker and its Redis', () => {
  it('refuses to start when Redis may evict keys', async () => {
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'allkeys-lru',
      ],
      { stdio: 'ignore' },
    );
    try {
      await eventually(() => redisAnswers(`redis://127.0.0.1:${port}`), Boolean);
      const config = loadConfig({ REDIS_URL: `redis://127.0.0.1:${port}` });
      await expect(
        startWorker(config, 'postgres://postgres@127.0.0.1:1/none', { logger: false }),
      ).rejects.toThrow(RedisPolicyError);
    } finally {
      redis.kill('SIGTERM');
    }
  });
});
