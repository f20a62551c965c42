import { randomBytes } from 'node:crypto';
import { type Client } from 'pg';
import { DIGEST_HOUR_UTC, localDate } from '@prepcom/domain';

const DAY_MS = 86_400_000;
import { loadConfig } from '../src/config/app-config';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { type RoleAccounts } from './support/accounts';
import { announceMatterMove, type createProcessWithMeetings } from './support/graphql-fixtures';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { startScene } from './support/notification-faults';
import { type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const PREFERENCES = `query { notificationPreferences { kind frequency isDefault } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $frequency: DeliveryFrequency!) {
  setNotificationPreference(kind: $kind, frequency: $frequency) { kind frequency isDefault }
}`;

/** An email's text as it reads: soft line breaks joined, =XX bytes decoded as UTF-8. */
function quotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (bytes) => Buffer.from(bytes.replace(/=/g, ''), 'hex').toString('utf8'));
}

describe('notification preferences, digests, health and role terms', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;

  const setPreference = (cookie: string | null, kind: string, frequency: string) =>
    t.gql<{ setNotificationPreference: { kind: string; frequency: string; isDefault: boolean }[] }>(
      SET_PREFERENCE,
      { kind, frequency },
      { cookie },
    );
  const inApp = async (eventId: string) =>
    (
      await db.query<{ account_id: string }>(`SELECT account_id FROM notification WHERE event_id = $1`, [
        eventId,
      ])
    ).rows.map((row) => row.account_id);
  const eventsOf = async (type: string, key: string, value: string) =>
    (
      await db.query<{ id: string; payload: Record<string, string> }>(
        `SELECT id, payload FROM outbox_event WHERE type = $1 AND payload->>$2 = $3 ORDER BY id`,
        [type, key, value],
      )
    ).rows;

  const matterMovedByCoChair = (title: string, decidingMilestoneId: string) =>
    announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId,
      title,
      confidentiality: 'OBSERVERS',
    });

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene());
    smtp = await startSmtpCatcher();
    const config = loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: `digests-${randomBytes(6).toString('hex')}`,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://prepcom.example.org',
    });
    // Schedules too slow to interfere: the test chooses the instants of sweeps and health watches.
    worker = await startWorker(config, t.database.url, {
      logger: false,
      reminderSweepMs: 3_600_000,
      healthWatchMs: 3_600_000,
    });
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

  it('announces a meeting newly scheduled to everyone, with its time in the venue’s zone', async () => {
    const [event] = await eventsOf('MILESTONE_SCHEDULED', 'milestoneId', ids.futureId);
    // Everyone but the Co-Chair who scheduled it: nobody is told of their own change.
    const told = await eventually(
      () => inApp(event!.id),
      (found) => found.length === Object.keys(accounts.accountId).length - 1,
    );
    expect(told).toHaveLength(6);
    expect(told).not.toContain(accounts.accountId.coChair);
    const { rows } = await db.query<{ body: string }>(
      `SELECT body FROM notification WHERE event_id = $1 LIMIT 1`,
      [event!.id],
    );
    expect(rows[0]!.body).toBe('A meeting to come will start 2099-09-14 10:00 (Asia/Bangkok), in Bangkok.');
  });

  it('shows a person their preferences, defaults marked, and lets them change their own', async () => {
    const before = await t.gql<{ notificationPreferences: { kind: string; frequency: string }[] }>(
      PREFERENCES,
      {},
      { cookie: accounts.cookie.stateParty },
    );
    expect(before.data!.notificationPreferences).toContainEqual({
      kind: 'READINESS_REPORT',
      frequency: 'WEEKLY',
      isDefault: true,
    });
    expect(before.data!.notificationPreferences).toContainEqual({
      kind: 'MATTERS',
      frequency: 'IMMEDIATELY',
      isDefault: true,
    });
    const after = await setPreference(accounts.cookie.stateParty, 'MATTERS', 'DAILY');
    expect(after.data!.setNotificationPreference).toContainEqual({
      kind: 'MATTERS',
      frequency: 'DAILY',
      isDefault: false,
    });
    // Someone else's preferences are untouched.
    const other = await t.gql<{ notificationPreferences: { kind: string; frequency: string }[] }>(
      PREFERENCES,
      {},
      { cookie: accounts.cookie.observer },
    );
    expect(other.data!.notificationPreferences.find((p) => p.kind === 'MATTERS')!.frequency).toBe(
      'IMMEDIATELY',
    );
  });

  it('refuses a readiness report sent immediately, with a reason, and keeps the old choice', async () => {
    const refused = await setPreference(accounts.cookie.coChair, 'READINESS_REPORT', 'IMMEDIATELY');
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'frequency' });
    expect(refused.errors![0]!.message).toMatch(/daily or weekly digest/);
    const unknown = await setPreference(accounts.cookie.coChair, 'GOSSIP', 'DAILY');
    expect(unknown.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors![0]!.message).toContain('GOSSIP');
    const { data } = await t.gql<{ notificationPreferences: { kind: string; frequency: string }[] }>(
      PREFERENCES,
      {},
      { cookie: accounts.cookie.coChair },
    );
    expect(data!.notificationPreferences.find((p) => p.kind === 'READINESS_REPORT')!.frequency).toBe(
      'WEEKLY',
    );
  });

  it('emails at once, holds for a digest or never sends, as each chose; in-app always arrives', async () => {
    // The State Party chose a daily digest for matters (above); the observer wants no email about them.
    await setPreference(accounts.cookie.observer, 'MATTERS', 'NEVER');
    const { eventId } = await matterMovedByCoChair('Dates and venue', ids.fifthId);
    const everyone = Object.values(accounts.accountId);
    await eventually(
      () => inApp(eventId),
      (found) => found.length === everyone.length,
    );
    expect((await inApp(eventId)).sort()).toEqual([...everyone].sort());
    const mailedTo = await eventually(
      async () =>
        smtp.received
          .filter((email) => email.messageId.includes(`event-${eventId}.`))
          .map((email) => email.to),
      (found) => found.length === everyone.length - 2,
    );
    expect(mailedTo).not.toContain('party@test.example');
    expect(mailedTo).not.toContain('observer@test.example');
    const held = await db.query(`SELECT account_id, frequency FROM digest_item WHERE event_id = $1`, [
      eventId,
    ]);
    expect(held.rows).toEqual([{ account_id: accounts.accountId.stateParty, frequency: 'DAILY' }]);
  });

  it('sends each daily digest once, in the reader’s language, with the Co-Chairs’ readiness report', async () => {
    await t.gql(
      `mutation { setMyLanguage(language: "fr") { capacities } }`,
      {},
      { cookie: accounts.cookie.stateParty },
    );
    await setPreference(accounts.cookie.coChair, 'READINESS_REPORT', 'DAILY');
    // The test's clock starts at the held event, not at the hour the suite runs: the daily period holding it ends
    // at the first digest hour after it, and the sweeps walk up to that instant and past it.
    const { rows: held } = await db.query<{ occurred_at: Date }>(
      `SELECT max(e.occurred_at) AS occurred_at FROM digest_item d JOIN outbox_event e ON e.id = d.event_id`,
    );
    const occurredAt = held[0]!.occurred_at;
    const hour = String(DIGEST_HOUR_UTC).padStart(2, '0');
    const sameDay = new Date(`${localDate(occurredAt, 'UTC')}T${hour}:00:00Z`);
    const periodEnd = (sameDay > occurredAt ? sameDay : new Date(sameDay.getTime() + DAY_MS)).getTime();
    await worker.sweepReminders(occurredAt);
    for (const instant of [periodEnd - 3_600_000, periodEnd + 30_000, periodEnd + 60_000]) {
      await worker.sweepReminders(new Date(instant));
    }
    // A weekly period may end at the same instant (on Mondays); this daily one is announced once.
    const digests = (
      await db.query(
        `SELECT id FROM outbox_event WHERE type = 'DIGEST_DUE' AND payload->>'frequency' = 'DAILY' AND payload->>'at' = $1`,
        [new Date(periodEnd).toISOString()],
      )
    ).rows;
    expect(digests).toHaveLength(1);
    const [digest] = digests as { id: string }[];
    const mailed = await eventually(
      async () => smtp.received.filter((email) => email.messageId.includes(`event-${digest!.id}.`)),
      (found) => found.length === 2,
    );
    const party = mailed.find((email) => email.to === 'party@test.example')!;
    expect(party.raw).toMatch(/Subject: =\?UTF-8\?Q\?R=C3=A9sum=C3=A9_du_|Subject: Résumé du/);
    expect(party.raw).toContain('Dates and venue');
    const coChair = mailed.find((email) => email.to === 'cochair@test.example')!;
    expect(coChair.raw).toContain('Still open');
    expect(coChair.raw).toContain('What changed');
    expect(coChair.raw).toContain('Dates and venue');
    // The gathered event is not offered again.
    const waiting = await db.query(`SELECT 1 FROM digest_item WHERE digest_event_id IS NULL`);
    expect(waiting.rows).toEqual([]);
  });

  it('tells those steering a matter when its health worsens, once per worsening, with its reasons in each one’s language', async () => {
    await t.gql(
      `mutation { setMyLanguage(language: "fr") { capacities } }`,
      {},
      { cookie: accounts.cookie.presidency },
    );
    const { matterId } = await matterMovedByCoChair('Programme of work', ids.futureId);
    // Far from its 2099-09-14 meeting it is on track; 75 days before, with little readiness, at risk.
    await worker.watchHealth(new Date('2099-01-01T00:00:00Z'));
    await worker.watchHealth(new Date('2099-07-01T00:00:00Z'));
    await worker.watchHealth(new Date('2099-07-02T00:00:00Z'));
    const events = await eventsOf('HEALTH_WORSENED', 'matterId', matterId);
    expect(events.map((event) => [event.payload.from, event.payload.to])).toEqual([['ON_TRACK', 'AT_RISK']]);
    // The Co-Chair's delegation includes the colleague who moved the matter: a watch of the workers is nobody's
    // change, so both are told.
    const colleague = await db.query<{ id: string }>(`SELECT id FROM account WHERE email = $1`, [
      'cochair-colleague@test.example',
    ]);
    const told = await eventually(
      () => inApp(events[0]!.id),
      (found) => found.length === 5,
    );
    expect(told.sort()).toEqual(
      [
        colleague.rows[0]!.id,
        accounts.accountId.coChair,
        accounts.accountId.presidency,
        accounts.accountId.incomingPresidency,
        accounts.accountId.supportUnit,
      ].sort(),
    );
    // The reasons the matter's page gives, in the words of the catalogue the page uses.
    const bodyFor = async (accountId: string) =>
      (
        await db.query<{ body: string }>(
          `SELECT body FROM notification WHERE event_id = $1 AND account_id = $2`,
          [events[0]!.id, accountId],
        )
      ).rows[0]!.body;
    const english = await bodyFor(accounts.accountId.coChair);
    expect(english).toContain('No State Party has given a view yet, 75 days before');
    const french = await bodyFor(accounts.accountId.presidency);
    expect(french).toContain('La question « Programme of work »');
    expect(french).toContain('- Aucun État partie n’a encore donné sa position, à 75 jours du début de');
    expect(french).not.toContain('No State Party');
    const [email] = await eventually(
      async () =>
        smtp.received.filter(
          (mail) =>
            mail.messageId.includes(`event-${events[0]!.id}.`) && mail.to === 'president@test.example',
        ),
      (found) => found.length === 1,
    );
    expect(quotedPrintable(email!.raw)).toContain(
      'Aucun État partie n’a encore donné sa position, à 75 jours du début de',
    );
  });

  it('announces a role term on the day it starts and a week before it ends, to its holder and the support unit', async () => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO role_term (participant_id, role, body, starts_on, ends_on)
       VALUES ($1, 'CO_RAPPORTEUR', 'Standing Committee', '2099-10-01', '2099-12-31') RETURNING id`,
      [accounts.participantId.stateParty],
    );
    const termId = rows[0]!.id;
    await worker.sweepReminders(new Date('2099-09-30T00:00:00Z'));
    await worker.sweepReminders(new Date('2099-10-01T10:00:00Z'));
    await worker.sweepReminders(new Date('2099-12-24T10:00:00Z'));
    const starting = await eventsOf('ROLE_TERM_STARTING', 'roleTermId', termId);
    const ending = await eventsOf('ROLE_TERM_ENDING', 'roleTermId', termId);
    expect([starting.length, ending.length]).toEqual([1, 1]);
    const told = await eventually(
      () => inApp(ending[0]!.id),
      (found) => found.length === 2,
    );
    expect(told.sort()).toEqual([accounts.accountId.stateParty, accounts.accountId.supportUnit].sort());
    // Each event is delivered on its own: wait for the announcement of the start too.
    const subject = await eventually(
      () =>
        db.query<{ subject: string }>(
          `SELECT subject FROM notification WHERE event_id = $1 AND account_id = $2`,
          [starting[0]!.id, accounts.accountId.supportUnit],
        ),
      (result) => result.rows.length === 1,
    );
    expect(subject.rows[0]!.subject).toBe('Party State is now Co-Rapporteur (Standing Committee)');
  });
});
