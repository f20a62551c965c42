import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { attachmentOf } from './support/mail-parts';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const IMPACT = `query ($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $timeZone: String!) {
  milestoneRescheduleImpact(id: $id, startsAt: $startsAt, endsAt: $endsAt, timeZone: $timeZone) {
    actionsMoved { action { id title } dueBefore dueAfter }
    calendarEntries
  }
}`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { id due } }`;
const ACTIONS = `query ($id: ID!) { milestone(id: $id) { version actions { id title due } } }`;

interface Impact {
  actionsMoved: { action: { id: string; title: string }; dueBefore: string; dueAfter: string }[];
  calendarEntries: number;
}

describe('milestoneRescheduleImpact: what moving a meeting would change, foreseen as the move then does it', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;
  let meetingId: string;
  let otherMeetingId: string;

  const impact = (startsAt: string, endsAt: string, timeZone = 'Asia/Bangkok', id = meetingId) =>
    t.gql<{ milestoneRescheduleImpact: Impact }>(
      IMPACT,
      { id, startsAt, endsAt, timeZone },
      { cookie: accounts.cookie.supportUnit },
    );
  const action = (title: string, due: Record<string, unknown>, servesMilestoneId = meetingId) =>
    mutate<{ id: string; due: string }>(
      t,
      CREATE_ACTION,
      { title, ownerRole: 'CURRENT_PRESIDENCY', servesMilestoneId, ...due },
      accounts.cookie.presidency,
    );

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    const meetings = await createProcessWithMeetings(t, accounts);
    // A meeting to come (Bangkok, 14-18 September 2099, starting 10:00 local) and another one after it.
    meetingId = meetings.futureId;
    otherMeetingId = (
      await mutate<{ id: string }>(
        t,
        `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
        {
          processId: meetings.processId,
          kind: 'REVIEW_CONFERENCE',
          title: 'Review Conference',
          shortTitle: 'RC',
          startsAt: '2099-11-29T08:00:00Z',
          endsAt: '2099-12-03T16:00:00Z',
          timeZone: 'Africa/Nairobi',
          venue: 'Nairobi',
        },
        accounts.cookie.coChair,
      )
    ).id;
    smtp = await startSmtpCatcher();
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    worker = await startWorker(
      loadConfig({
        REDIS_URL,
        QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://prepcom.example.org',
      }),
      t.database.url,
      { logger: false },
    );
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

  it('lists the relative due dates that move and counts the calendar entries the move will send, writing nothing', async () => {
    const tenBefore = await action('Circulate the draft', { dueMilestoneId: meetingId, dueOffsetDays: -10 });
    const onTheDay = await action('Open the meeting', { dueMilestoneId: meetingId, dueOffsetDays: 0 });
    await action('Book the rooms', { dueDate: '2099-08-01' });
    const cancelled = await action('Hire interpreters', { dueMilestoneId: meetingId, dueOffsetDays: -5 });
    await mutate(
      t,
      `mutation ($input: MoveActionInput!) { moveAction(input: $input) { status } }`,
      { actionId: cancelled.id, to: 'CANCELLED', note: 'The host provides them.' },
      accounts.cookie.presidency,
    );
    await action(
      'Prepare the conference',
      { dueMilestoneId: otherMeetingId, dueOffsetDays: -30 },
      otherMeetingId,
    );
    expect([tenBefore.due, onTheDay.due]).toEqual(['2099-09-04', '2099-09-14']);
    // Every State Party's delegation is invited; the State Party's delegate wants no meeting emails.
    await mutate(
      t,
      `mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`,
      { milestoneId: meetingId, invited: ['STATES_PARTIES'] },
      accounts.cookie.coChair,
    );
    const never = await t.gql(
      `mutation { setNotificationPreference(kind: MEETINGS, frequency: NEVER) { kind } }`,
      {},
      { cookie: accounts.cookie.stateParty },
    );
    expect(never.errors).toBeUndefined();
    const versionBefore = (await t.gql<{ milestone: { version: number } }>(ACTIONS, { id: meetingId })).data!
      .milestone.version;

    // Three days later, ending at 23:30 in Bangkok: the local start day moves by three.
    const answer = await impact('2099-09-17T03:00:00Z', '2099-09-21T16:30:00Z');
    expect(answer.errors).toBeUndefined();
    const foreseen = answer.data!.milestoneRescheduleImpact;
    expect(
      foreseen.actionsMoved.map(({ action: { title }, dueBefore, dueAfter }) => [title, dueBefore, dueAfter]),
    ).toEqual(
      expect.arrayContaining([
        ['Circulate the draft', '2099-09-04', '2099-09-07'],
        ['Open the meeting', '2099-09-14', '2099-09-17'],
      ]),
    );
    expect(foreseen.actionsMoved).toHaveLength(2);
    // The Co-Chair's, the Presidencies' delegations are States Parties invited; the State Party chose no emails.
    expect(foreseen.calendarEntries).toBe(3);

    // Nothing was written: same version, no announcement.
    expect(
      (await t.gql<{ milestone: { version: number } }>(ACTIONS, { id: meetingId })).data!.milestone.version,
    ).toBe(versionBefore);
    const moved = await db.query(`SELECT 1 FROM outbox_event WHERE type = 'MILESTONE_MOVED'`);
    expect(moved.rows).toHaveLength(0);

    // The move itself: the same due dates, and exactly that many calendar entries sent again.
    await mutate(
      t,
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      {
        id: meetingId,
        expectedVersion: versionBefore,
        startsAt: '2099-09-17T03:00:00Z',
        endsAt: '2099-09-21T16:30:00Z',
      },
      accounts.cookie.supportUnit,
    );
    const after = (
      await t.gql<{ milestone: { actions: { id: string; due: string }[] } }>(ACTIONS, { id: meetingId })
    ).data!.milestone.actions;
    for (const { action: movedAction, dueAfter } of foreseen.actionsMoved) {
      expect(after.find((row) => row.id === movedAction.id)?.due).toBe(dueAfter);
    }
    const eventId = (
      await eventually(
        () => db.query<{ id: string }>(`SELECT id FROM outbox_event WHERE type = 'MILESTONE_MOVED'`),
        (result) => result.rows.length === 1,
      )
    ).rows[0]!.id;
    const emails = await eventually(
      async () => {
        const { rows } = await db.query<{ pending: string; sent: string }>(
          `SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending, count(*) FILTER (WHERE status = 'SENT') AS sent
             FROM delivery WHERE event_id = $1 AND channel = 'EMAIL'`,
          [eventId],
        );
        return { pending: Number(rows[0]!.pending), sent: Number(rows[0]!.sent) };
      },
      // Deliveries are claimed and sent one by one: wait for at least the foreseen ones, then for none pending.
      ({ pending, sent }) => pending === 0 && sent >= foreseen.calendarEntries,
    );
    const mails = await eventually(
      async () => smtp.received.filter((mail) => mail.messageId.startsWith(`<event-${eventId}.`)),
      (caught) => caught.length === emails.sent,
    );
    const withCalendar = mails.filter((mail) => attachmentOf(mail.raw, 'application/ics') !== null);
    expect(withCalendar).toHaveLength(foreseen.calendarEntries);
  });

  it('foresees no calendar entry when the start stays, and no moved action when the local start day stays', async () => {
    const { data } = await impact('2099-09-17T03:00:00Z', '2099-09-22T16:30:00Z');
    expect(data!.milestoneRescheduleImpact).toEqual({ actionsMoved: [], calendarEntries: 0 });
  });

  it("counts from the venue's day: the same instant in another time zone can fall on the day before", async () => {
    // 03:00 UTC is still the 16th in New York.
    const { data } = await impact('2099-09-17T03:00:00Z', '2099-09-21T16:30:00Z', 'America/New_York');
    expect(data!.milestoneRescheduleImpact.actionsMoved.map((row) => row.dueAfter).sort()).toEqual([
      '2099-09-06',
      '2099-09-16',
    ]);
  });

  it('refuses what the move would refuse, naming the field', async () => {
    const zone = await impact('2099-09-17T03:00:00Z', '2099-09-21T16:30:00Z', 'Mars/Olympus');
    expect(zone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    const backwards = await impact('2099-09-21T03:00:00Z', '2099-09-17T16:30:00Z');
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const missing = await impact(
      '2099-09-17T03:00:00Z',
      '2099-09-21T16:30:00Z',
      'Asia/Bangkok',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
