import { randomBytes } from 'node:crypto';
import { Job } from 'bullmq';
import { type Client } from 'pg';
import { DIGEST_HOUR_UTC, localDate } from '@prepcom/domain';
import { loadConfig } from '../src/config/app-config';
import { FACTS_FRESH_MS } from '../src/common/recent-reads';
import { JOB, type DeliverJob } from '../src/notification/pipeline-jobs';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { type RoleAccounts } from './support/accounts';
import { announceMatterMove, mutate, type createProcessWithMeetings } from './support/graphql-fixtures';
import { startScene } from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DAY_MS = 86_400_000;

/**
 * Recipients are chosen when an event is fanned out; a digest, a delayed or a retried email is rendered later, with
 * the record's text of that moment. Each must check the recipient's clearance again when it renders.
 */
describe('emails rendered after a record was closed to their recipient', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;
  let open: { matterId: string; eventId: string };
  let closed: { matterId: string; eventId: string };

  const inApp = async (eventId: string) =>
    (await db.query(`SELECT account_id FROM notification WHERE event_id = $1`, [eventId])).rows.map(
      (row: { account_id: string }) => row.account_id,
    );

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene());
    smtp = await startSmtpCatcher();
    const config = loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: `leaks-${randomBytes(6).toString('hex')}`,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://prepcom.example.org',
    });
    worker = await startWorker(config, t.database.url, {
      logger: false,
      reminderSweepMs: 3_600_000,
      healthWatchMs: 3_600_000,
    });
    // The State Party reads matters in a daily digest.
    await t.gql(
      `mutation { setNotificationPreference(kind: MATTERS, frequency: DAILY) { kind } }`,
      {},
      { cookie: accounts.cookie.stateParty },
    );
    const announce = (title: string) =>
      announceMatterMove(t, accounts, db, {
        processId: ids.processId,
        decidingMilestoneId: ids.fifthId,
        title,
        confidentiality: 'STATES_PARTIES',
      });
    open = await announce('Still open to the States');
    closed = await announce('Open when it moved');
    for (const { eventId } of [open, closed]) {
      await eventually(
        () => inApp(eventId),
        (found) => found.includes(accounts.accountId.stateParty),
      );
    }
    // After the event, the Co-Chairs close the matter to themselves, under a new title.
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM matter WHERE id = $1`, [
      closed.matterId,
    ]);
    await mutate(
      t,
      `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`,
      {
        id: closed.matterId,
        expectedVersion: rows[0]!.version,
        title: 'Retitled for the Co-Chairs',
        confidentiality: 'CO_CHAIRS',
      },
      accounts.cookie.coChair,
    );
  });

  afterAll(async () => {
    await worker?.pipeline.queue.obliterate({ force: true }).catch(() => undefined);
    await worker?.stop();
    await db?.end();
    await smtp?.close();
    await t?.close();
  });

  it('leaves out of a digest what its reader may no longer see', async () => {
    const { rows: held } = await db.query<{ occurred_at: Date }>(
      `SELECT max(e.occurred_at) AS occurred_at FROM digest_item d JOIN outbox_event e ON e.id = d.event_id`,
    );
    const occurredAt = held[0]!.occurred_at;
    const hour = String(DIGEST_HOUR_UTC).padStart(2, '0');
    const sameDay = new Date(`${localDate(occurredAt, 'UTC')}T${hour}:00:00Z`);
    const periodEnd = (sameDay > occurredAt ? sameDay : new Date(sameDay.getTime() + DAY_MS)).getTime();
    await worker.sweepReminders(occurredAt);
    await worker.sweepReminders(new Date(periodEnd + 30_000));
    const { rows: digests } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'DIGEST_DUE' AND payload->>'frequency' = 'DAILY'`,
    );
    const [digest] = await eventually(
      async () =>
        smtp.received.filter(
          (email) =>
            email.to === 'party@test.example' &&
            digests.some(({ id }) => email.messageId.includes(`event-${id}.`)),
        ),
      (found) => found.length === 1,
    );
    expect(digest!.raw).toContain('Still open to the States');
    expect(digest!.raw).not.toContain('Retitled for the Co-Chairs');
    expect(digest!.raw).not.toContain('Open when it moved');
  });

  it('no longer shows in the inbox a notification about a record closed to its reader since', async () => {
    const read = (role: 'stateParty' | 'coChair') =>
      t.gql<{ inbox: { edges: { node: { subject: string } }[] }; unreadNotifications: number }>(
        `query { inbox(first: 100) { edges { node { subject } } } unreadNotifications }`,
        {},
        { cookie: accounts.cookie[role] },
      );
    const party = await read('stateParty');
    const subjects = party.data!.inbox.edges.map((edge) => edge.node.subject);
    expect(subjects.some((subject) => subject.includes('Still open to the States'))).toBe(true);
    expect(subjects.some((subject) => subject.includes('Open when it moved'))).toBe(false);
    expect(party.data!.unreadNotifications).toBe(subjects.length);
    const coChair = await read('coChair');
    expect(coChair.data!.inbox.edges.some((edge) => edge.node.subject.includes('Open when it moved'))).toBe(
      true,
    );
  });

  it('does not send a delayed or retried email about a record closed to its recipient since', async () => {
    // A delivery may use facts read up to FACTS_FRESH_MS before, as if it had run then: this one runs later.
    const closedAt = await db.query<{ at: Date }>(
      `SELECT max(at) AS at FROM audit_event WHERE entity_id = $1`,
      [closed.matterId],
    );
    const wait = closedAt.rows[0]!.at.getTime() + FACTS_FRESH_MS + 100 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const late: DeliverJob = {
      eventId: closed.eventId,
      accountId: accounts.accountId.stateParty,
      channel: 'EMAIL',
    };
    const job = await worker.pipeline.queue.add(JOB.DELIVER, late, { jobId: `late-${closed.eventId}` });
    const done = await eventually(
      () => Job.fromId(worker.pipeline.queue, job.id!),
      (found) => found?.finishedOn !== undefined,
    );
    expect(done!.failedReason).toBeUndefined();
    expect(done!.returnvalue).toBe('SKIPPED');
    expect(smtp.received.filter((email) => email.raw.includes('Retitled for the Co-Chairs'))).toEqual([]);
  });
});
