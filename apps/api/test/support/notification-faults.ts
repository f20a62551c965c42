import { randomBytes } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { createRoleAccounts, type RoleAccounts } from './accounts';
import { announceMatterMove, createProcessWithMeetings } from './graphql-fixtures';
import { eventually, type CaughtEmail } from './smtp-catcher';
import { startTestApp, type TestApp } from './test-app';

/** What the notification tests start from: a test app with its accounts and meetings, and a connection to its database. */
export interface NotificationScene {
  t: TestApp;
  accounts: RoleAccounts;
  ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  db: Client;
}

/** The test app (configured by `env`), one account per role, a process with meetings, and a database connection. */
export async function startScene(env?: NodeJS.ProcessEnv): Promise<NotificationScene> {
  const t = await startTestApp({ env });
  const accounts = await createRoleAccounts(t);
  const ids = await createProcessWithMeetings(t, accounts);
  const db = new Client({ connectionString: t.database.url });
  await db.connect();
  return { t, accounts, ids, db };
}

/** Everyone cleared for States Parties' records: every account but the observer's. */
const recipientsOf = (accounts: RoleAccounts) =>
  Object.entries(accounts.accountId)
    .filter(([role]) => role !== 'observer')
    .map(([, id]) => id);

/** Creates matters and moves each once: one event apiece, for the six accounts cleared for States Parties. */
export async function moveMatters(
  { t, accounts, ids, db }: NotificationScene,
  count: number,
): Promise<string[]> {
  const eventIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const { eventId } = await announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId: ids.fifthId,
      title: `Matter ${randomBytes(3).toString('hex')}`,
    });
    eventIds.push(eventId);
  }
  return eventIds;
}

/**
 * An email claim for workers under test: longer than the longest send can take (the mailer's connection, greeting
 * and socket timeouts, 40 s), as DELIVERY_CLAIM_MS requires, so only a dead worker's claim is ever taken over.
 */
export const CLAIM_OUTLASTS_A_SEND_MS = 45_000;

/**
 * Waits until every delivery of the events is sent (a dead worker's claimed emails wait out their claim), then checks that each recipient holds exactly one in-app
 * notification per event and that the mail server received exactly one email per (event, recipient), counted by
 * Message-ID.
 */
export async function expectEachOnce(
  { accounts, db }: Pick<NotificationScene, 'accounts' | 'db'>,
  received: CaughtEmail[],
  eventIds: string[],
  ms = 120_000,
): Promise<void> {
  const pairs = eventIds.flatMap((eventId) =>
    recipientsOf(accounts).map((accountId) => `${eventId}.${accountId}`),
  );
  await eventually(
    async () =>
      Number(
        (
          await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM delivery WHERE event_id = ANY($1) AND status = 'SENT'`,
            [eventIds],
          )
        ).rows[0]!.n,
      ),
    (n) => n === pairs.length * 2,
    ms,
  );
  const notifications = await db.query<{ pair: string }>(
    `SELECT event_id || '.' || account_id AS pair FROM notification WHERE event_id = ANY($1)`,
    [eventIds],
  );
  expect(notifications.rows.map((row) => row.pair).sort()).toEqual([...pairs].sort());
  const emails = received
    .map((mail) => mail.messageId)
    .filter((messageId) => eventIds.some((id) => messageId.startsWith(`<event-${id}.`)));
  expect(emails.sort()).toEqual(pairs.map((pair) => `<event-${pair}@prepcom>`).sort());
}

/** Waits until every event written so far is relayed and every job has finished: a test's faults meet only its own. */
export async function settle({ db }: Pick<NotificationScene, 'db'>, queue: Queue | Queue[]): Promise<void> {
  await eventually(
    async () =>
      (await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL'))
        .rows[0]!.n,
    (unrelayed) => unrelayed === '0',
  );
  await expectQueueDrained(queue);
}

/**
 * Waits until no job of the queues (a pipeline's `queues`: main and emails) waits, runs, waits for a retry or has
 * failed: only the schedules' next ticks may be delayed.
 */
export async function expectQueueDrained(queues: Queue | Queue[], ms = 120_000): Promise<void> {
  await eventually(
    async () => {
      const jobs: Job[] = [];
      for (const queue of [queues].flat()) {
        jobs.push(...(await queue.getJobs(['wait', 'active', 'prioritized', 'waiting-children', 'failed'])));
        jobs.push(...(await queue.getJobs(['delayed'])).filter((job) => !job.repeatJobKey));
      }
      return jobs.map((job) => `${job.id} (${job.name}${job.failedReason ? `: ${job.failedReason}` : ''})`);
    },
    (stuck) => stuck.length === 0,
    ms,
  );
}

/**
 * Every delivery of the run has ended (SENT, SKIPPED or FAILED), and the mail server received exactly the emails
 * whose deliveries are SENT, each once.
 */
export async function expectDeliveriesMatchMailServer(
  { db }: Pick<NotificationScene, 'db'>,
  received: CaughtEmail[],
): Promise<void> {
  const open = await db.query(`SELECT 1 FROM delivery WHERE status NOT IN ('SENT', 'SKIPPED', 'FAILED')`);
  expect(open.rows).toEqual([]);
  const sent = await db.query<{ message_id: string }>(
    `SELECT '<event-' || event_id || '.' || account_id || '@prepcom>' AS message_id
       FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT'`,
  );
  const messageIds = received.map((mail) => mail.messageId);
  expect([...messageIds].sort()).toEqual(sent.rows.map((row) => row.message_id).sort());
}
