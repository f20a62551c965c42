import { randomBytes } from 'node:crypto';
import { type Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { type RoleAccounts } from './support/accounts';
import { type createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { eventually } from './support/smtp-catcher';
import { startScene } from './support/notification-faults';
import { type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('reminders', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let workers: RunningWorker[];
  let db: Client;

  const sentReminders = async () =>
    (
      await db.query<{ kind: string; step: string }>(
        // Role terms announce themselves too (preferences-and-digests.int-spec.ts); here, meetings and actions.
        `SELECT kind, step FROM reminder_sent WHERE kind NOT LIKE 'ROLE_TERM%' ORDER BY kind, step`,
      )
    ).rows;

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene());
    // Two workers, and a schedule too slow to interfere: the test chooses the instants of the sweeps.
    const config = loadConfig({ REDIS_URL, QUEUE_PREFIX: `reminders-${randomBytes(4).toString('hex')}` });
    workers = [
      await startWorker(config, t.database.url, { logger: false, reminderSweepMs: 3_600_000 }),
      await startWorker(config, t.database.url, { logger: false, reminderSweepMs: 3_600_000 }),
    ];
  });

  afterAll(async () => {
    await Promise.all(
      (workers[0]?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    for (const worker of workers) await worker.stop();
    await db.end();
    await t.close();
  });

  it('reminds everyone 14 days before a meeting, once even when two workers sweep at the same time', async () => {
    // The meeting to come starts 2099-09-14 10:00 in Bangkok; its 14-day reminder is due 2099-08-31 09:00 there.
    await workers[0]!.sweepReminders(new Date('2099-08-30T00:00:00Z'));
    const counts = await Promise.all(
      workers.map((worker) => worker.sweepReminders(new Date('2099-08-31T03:00:00Z'))),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sentReminders()).toEqual([{ kind: 'MEETING', step: '14:2099-09-14' }]);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'REMINDER_MEETING'`,
    );
    const notified = await eventually(
      async () =>
        (
          await db.query<{ subject: string }>(`SELECT subject FROM notification WHERE event_id = $1`, [
            rows[0]!.id,
          ])
        ).rows,
      (found) => found.length === 7,
    );
    expect(notified[0]!.subject).toBe('A meeting to come in 14 days');
  });

  it("moves a meeting's reminders with it", async () => {
    const { data } = await t.gql<{ milestone: { version: number } }>(
      `query ($id: ID!) { milestone(id: $id) { version } }`,
      {
        id: ids.futureId,
      },
    );
    await mutate(
      t,
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      {
        id: ids.futureId,
        expectedVersion: data!.milestone.version,
        startsAt: '2099-09-21T03:00:00Z',
        endsAt: '2099-09-25T11:00:00Z',
      },
      accounts.cookie.presidency,
    );
    // A week later the moved meeting is 14 days away again; its old 7-day date passes without a reminder.
    expect(await workers[0]!.sweepReminders(new Date('2099-09-07T03:00:00Z'))).toBe(1);
    expect((await sentReminders()).map((r) => r.step)).toEqual(['14:2099-09-14', '14:2099-09-21']);
  });

  it('reminds the owner of an open action before it is due, and not once it is done', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
      { processId: ids.processId, title: 'Venue', decidingMilestoneId: ids.futureId },
      accounts.cookie.coChair,
    );
    const make = (title: string) =>
      mutate<{ id: string; version: number }>(
        t,
        `mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
        {
          title,
          ownerParticipantId: accounts.participantId.stateParty,
          dueDate: '2099-09-12',
          servesMatterId: matter.id,
        },
        accounts.cookie.coChair,
      );
    const open = await make('Consult the region');
    const done = await make('Send the offer');
    await mutate(
      t,
      `mutation ($input: MoveActionInput!) { moveAction(input: $input) { status } }`,
      { actionId: done.id, to: 'DONE' },
      accounts.cookie.stateParty,
    );
    // Due 2099-09-12 in Bangkok (the matter's meeting): the 3-day reminder is due 2099-09-09 09:00 there.
    expect(await workers[0]!.sweepReminders(new Date('2099-09-09T03:00:00Z'))).toBe(1);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'REMINDER_ACTION' AND payload->>'actionId' = $1`,
      [open.id],
    );
    const delivered = await eventually(
      async () =>
        (
          await db.query<{ account_id: string; subject: string }>(
            `SELECT account_id, subject FROM notification WHERE event_id = $1`,
            [rows[0]!.id],
          )
        ).rows,
      (found) => found.length === 1,
    );
    expect(delivered).toEqual([
      { account_id: accounts.accountId.stateParty, subject: 'Due soon: Consult the region' },
    ]);
  });

  it('asks States Parties for their view a week before the decision, except those that gave it', async () => {
    const { rows: matters } = await db.query<{ id: string }>(`SELECT id FROM matter WHERE title = 'Venue'`);
    const venue = matters[0]!.id;
    const given = await t.gql(
      `mutation ($input: CreateViewInput!) { createView(input: $input) { id } }`,
      { input: { participantId: accounts.participantId.stateParty, matterId: venue, position: 'SUPPORTS' } },
      { cookie: accounts.cookie.stateParty },
    );
    expect(given.errors).toBeUndefined();
    // The moved meeting starts 2099-09-21 in Bangkok: a week before, its 7-day reminder and the request for views;
    // the open action due 2099-09-12 is a day overdue by then.
    expect(await workers[0]!.sweepReminders(new Date('2099-09-14T03:00:00Z'))).toBe(3);
    expect(
      (await sentReminders()).filter((r) => r.step.endsWith('2099-09-21') || r.step.startsWith('overdue')),
    ).toEqual([
      { kind: 'ACTION_OVERDUE', step: 'overdue-1:2099-09-12' },
      { kind: 'MEETING', step: '14:2099-09-21' },
      { kind: 'MEETING', step: '7:2099-09-21' },
      { kind: 'VIEW_REQUESTED', step: '7:2099-09-21' },
    ]);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'REMINDER_VIEW'`,
    );
    const asked = await eventually(
      async () =>
        (
          await db.query<{ account_id: string }>(`SELECT account_id FROM notification WHERE event_id = $1`, [
            rows[0]!.id,
          ])
        ).rows,
      (found) => found.length === 3,
    );
    expect(asked.map((row) => row.account_id).sort()).toEqual(
      [
        accounts.accountId.coChair,
        accounts.accountId.presidency,
        accounts.accountId.incomingPresidency,
      ].sort(),
    );
  });

  it('tells the owner of an action that it was cancelled, with the reason, and no longer reminds them of it', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
      { processId: ids.processId, title: 'Interpretation', decidingMilestoneId: ids.futureId },
      accounts.cookie.coChair,
    );
    const action = await mutate<{ id: string; version: number }>(
      t,
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }`,
      {
        title: 'Book the interpreters',
        ownerParticipantId: accounts.participantId.stateParty,
        dueDate: '2099-09-20',
        servesMatterId: matter.id,
      },
      accounts.cookie.coChair,
    );
    await mutate(
      t,
      `mutation ($input: MoveActionInput!) { moveAction(input: $input) { status } }`,
      { actionId: action.id, to: 'CANCELLED', note: 'The host provides interpretation.' },
      accounts.cookie.coChair,
    );
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM outbox_event WHERE type = 'ACTION_CANCELLED' AND payload->>'actionId' = $1`,
      [action.id],
    );
    const delivered = await eventually(
      async () =>
        (
          await db.query<{ account_id: string; subject: string; body: string }>(
            `SELECT account_id, subject, body FROM notification WHERE event_id = $1`,
            [rows[0]!.id],
          )
        ).rows,
      (found) => found.length === 1,
    );
    expect(delivered[0]).toMatchObject({
      account_id: accounts.accountId.stateParty,
      subject: 'Action cancelled: Book the interpreters',
    });
    expect(delivered[0]!.body).toContain('The reason given: The host provides interpretation.');
    // Its 3-day reminder would be due 2099-09-17 09:00 in Bangkok: a cancelled action has none.
    await workers[0]!.sweepReminders(new Date('2099-09-17T03:00:00Z'));
    expect(
      (
        await db.query(
          `SELECT 1 FROM outbox_event WHERE type = 'REMINDER_ACTION' AND payload->>'actionId' = $1`,
          [action.id],
        )
      ).rowCount,
    ).toBe(0);
  });
});
