import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { NOTIFICATION_QUEUES } from '../src/notification/pipeline-jobs';
import { colleagueCookie, createRoleAccounts, type RoleAccounts } from './support/accounts';
import {
  BUILT,
  startApiProcess,
  startWorkerProcess,
  type ApiProcess,
  type BuiltProcess,
} from './support/built-processes';
import { OVERVIEW_AS_OF } from './support/dashboard-query';
import { createProcessWithMeetings } from './support/graphql-fixtures';
import { LoadBalancer, postGraphQL, Unacknowledged } from './support/load-balancer';
import {
  CLAIM_OUTLASTS_A_SEND_MS,
  expectEachOnce,
  expectQueueDrained,
  settle,
} from './support/notification-faults';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import type { GraphQLClient } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-run';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A worker sends at most this many emails at once (EMAIL_CONCURRENCY): more held emails means both hold some. */
const JOBS_PER_WORKER = 8;
/** Units of load (create a matter, table an option, move it, read it back, the dashboard): at most, and after the kill. */
const MAX_UNITS = 60;
const UNITS_AFTER_KILL = 6;
/** People sending units of load at the same time. */
const CLIENTS = 3;

const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id title } }`;
const CREATE_OPTION = `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`;
const MOVE_MATTER = `mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { id status } }`;
const READ_MATTER = `query ($id: ID!) { matter(id: $id) { title status options { id } } }`;
const CREATE_MEETING = `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`;

/** What a mutation answered with 200 and data, or Unacknowledged; any GraphQL error fails the test. */
async function acknowledged<T>(client: GraphQLClient, query: string, input: object, cookie: string | null) {
  const response = await client.gql<Record<string, T>>(query, { input }, { cookie });
  if (response.status !== 200 || response.errors || !response.data)
    throw new Error(`Refused: ${response.status} ${JSON.stringify(response.errors)}`);
  return Object.values(response.data)[0]!;
}

/**
 * The production shape on one machine: two API processes and two workers, built as production runs them, on one
 * PostgreSQL database and one Redis, behind a client that spreads requests over both APIs as a load balancer
 * would. One API and one worker are killed (SIGKILL) while load runs and emails are in the workers' hands.
 */
describe('two APIs and two workers on one PostgreSQL and one Redis', () => {
  let database: TestDatabase;
  let db: Client;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let connection: IORedis;
  let queues: Queue[] = [];
  const prefix = `scale-out-${randomBytes(4).toString('hex')}`;
  const processes: BuiltProcess[] = [];

  const shared = () => ({
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtp.url,
  });
  const startApi = async () => {
    const api = await startApiProcess({
      ...shared(),
      DB_POOL_SIZE: '4',
      LOG_LEVEL: 'warn',
      // Every request comes from 127.0.0.1: the per-person limits are not what this test is about.
      AUTH_RATE_LIMIT: '1000',
      COSTLY_QUERY_RATE_LIMIT: '100000',
    });
    processes.push(api);
    return api;
  };
  const startWorker = async () => {
    const worker = await startWorkerProcess({
      ...shared(),
      // A dead worker's jobs come back within seconds; reminders are looked for every second. Its email claims
      // outlast the longest send (the mailer's timeouts), as DELIVERY_CLAIM_MS requires: a 3 s claim let a live but
      // slow worker's send be taken over and mailed twice on a busy machine.
      QUEUE_LOCK_MS: '2000',
      QUEUE_STALLED_CHECK_MS: '1000',
      DELIVERY_CLAIM_MS: String(CLAIM_OUTLASTS_A_SEND_MS),
      REMINDER_SWEEP_MS: '1000',
    });
    processes.push(worker);
    return worker;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    smtp = await startSmtpCatcher();
    connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
    queues = NOTIFICATION_QUEUES.map((name) => new Queue(name, { connection, prefix }));
  });

  afterAll(async () => {
    smtp?.release();
    for (const started of processes) await started.stop();
    for (const queue of queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await connection?.quit();
    await db?.end();
    await smtp?.close();
    await database?.drop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);

  /** The overview as of one instant, asked of one API. */
  const overviewFrom = async (api: ApiProcess, asOf: string, cookie: string | null) => {
    const answer = await postGraphQL(api.port, OVERVIEW_AS_OF, { asOf }, { cookie });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  it('serves the same data from both APIs, and loses no acknowledged request and no notification', async () => {
    for (const entry of [BUILT.api, BUILT.worker]) expect(fs.existsSync(entry)).toBe(true);
    const [apiA, apiB, doomedWorker] = await Promise.all([
      startApi(),
      startApi(),
      startWorker(),
      startWorker(),
    ]);
    const balancer = new LoadBalancer(database, [apiA.port, apiB.port]);

    // Sessions made on one API are honoured by the other: sign-ins and these changes alternate between them.
    const accounts: RoleAccounts = await createRoleAccounts(balancer);
    const cookie = accounts.cookie.coChair;
    // A colleague of the Co-Chair's delegation moves the matters, so every role account is told of each move.
    const mover = await colleagueCookie(
      balancer,
      db,
      accounts.participantId.coChair,
      'cochair-colleague@test.example',
    );
    const ids = await createProcessWithMeetings(balancer, accounts);
    // Two meetings today: their reminders of the day before are due (at 09:00 UTC yesterday).
    const today = new Date().toISOString().slice(0, 10);
    const remindedMeetings: string[] = [];
    for (const shortTitle of ['TODAY-1', 'TODAY-2']) {
      const meeting = await acknowledged<{ id: string }>(
        balancer,
        CREATE_MEETING,
        {
          processId: ids.processId,
          kind: 'MEETING_OF_STATES_PARTIES',
          title: `Meeting ${shortTitle}`,
          shortTitle,
          startsAt: `${today}T23:00:00Z`,
          endsAt: `${today}T23:30:00Z`,
          timeZone: 'UTC',
          venue: 'Geneva',
        },
        cookie,
      );
      remindedMeetings.push(meeting.id);
    }
    await settle({ db }, queues);
    const asOfBeforeLoad = new Date().toISOString();
    expect(await overviewFrom(apiA, asOfBeforeLoad, cookie)).toEqual(
      await overviewFrom(apiB, asOfBeforeLoad, cookie),
    );

    // From here, the mail server answers six more emails, then leaves every later one waiting.
    smtp.stall(6);
    const acked = {
      matters: new Map<string, string>(),
      options: new Map<string, string>(),
      moved: [] as string[],
    };
    let unitsWhenKilled: number | null = null;
    let units = 0;
    let unacknowledged = 0;
    let loadEnded = false;
    let loadFailure: unknown = null;
    /** One person at work: a unit after another, until enough have been done after the kill. */
    const client = async () => {
      while (units < MAX_UNITS && (unitsWhenKilled === null || units < unitsWhenKilled + UNITS_AFTER_KILL)) {
        const unit = units++;
        try {
          const matter = await acknowledged<{ id: string; title: string }>(
            balancer,
            CREATE_MATTER,
            { processId: ids.processId, decidingMilestoneId: ids.fifthId, title: `Load ${unit}` },
            cookie,
          );
          acked.matters.set(matter.id, matter.title);
          const option = await acknowledged<{ id: string }>(
            balancer,
            CREATE_OPTION,
            { matterId: matter.id, text: `Option ${unit}` },
            cookie,
          );
          acked.options.set(option.id, matter.id);
          await acknowledged(balancer, MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' }, mover);
          acked.moved.push(matter.id);
          // Whichever API answers, it serves what the other one wrote.
          const read = await balancer.gql<{ matter: { status: string; options: { id: string }[] } }>(
            READ_MATTER,
            { id: matter.id },
            { cookie },
          );
          expect(read.data!.matter).toMatchObject({
            status: 'OPTIONS_DEVELOPING',
            options: [{ id: option.id }],
          });
          const overview = await balancer.gql(OVERVIEW_AS_OF, { asOf: new Date().toISOString() }, { cookie });
          expect(overview.errors).toBeUndefined();
        } catch (error) {
          // The API was killed with this mutation in flight: not acknowledged, so not owed. Go on.
          if (!(error instanceof Unacknowledged)) throw error;
          unacknowledged += 1;
        }
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, client))
      .then(() => (loadEnded = true))
      .catch((error: unknown) => (loadFailure = error));
    const loadHasNotFailed = () => {
      if (loadFailure) throw loadFailure as Error;
    };

    // Kill in the middle: both workers have emails in hand (more are held than one worker can run), and every email
    // the mail server accepted is recorded (none is between acceptance and record).
    await eventually(
      async () => {
        loadHasNotFailed();
        const recorded = await count(
          `SELECT count(*) AS n FROM delivery WHERE channel = 'EMAIL' AND status = 'SENT'`,
        );
        return {
          moved: acked.moved.length,
          held: smtp.held(),
          recordedOfAccepted: recorded - smtp.received.length,
        };
      },
      (state) => state.moved >= 4 && state.held > JOBS_PER_WORKER && state.recordedOfAccepted === 0,
    );
    // As if the last sweep were two days ago (workers down for a while): the meetings' reminders are due now.
    await db.query(
      `INSERT INTO reminder_sweep (id, swept_to) VALUES (1, now() - interval '2 days')
       ON CONFLICT (id) DO UPDATE SET swept_to = EXCLUDED.swept_to`,
    );
    await Promise.all([apiA.stop('SIGKILL'), doomedWorker.stop('SIGKILL')]);
    unitsWhenKilled = units;
    expect(loadEnded).toBe(false);
    // The dead worker's SMTP connections close: only the survivor's held emails remain.
    await eventually(
      () => smtp.held(),
      (held) => held <= JOBS_PER_WORKER,
    );
    smtp.release();
    await load;
    loadHasNotFailed();
    expect(units).toBe(unitsWhenKilled + UNITS_AFTER_KILL);
    // Each unit was done, or lost a mutation in flight on the killed API: at most one per client.
    expect(acked.moved.length + unacknowledged).toBe(units);
    expect(unacknowledged).toBeLessThanOrEqual(CLIENTS);
    expect(balancer.failovers).toBeGreaterThan(0);

    // Everything settles on the survivors: relayed, delivered, nothing waiting, retrying or failed.
    await settle({ db }, queues);
    await expectQueueDrained(queues);
    await eventually(
      () => count(`SELECT count(*) AS n FROM delivery WHERE status <> 'SENT'`),
      (unsent) => unsent === 0,
    );

    // Every acknowledged change is in the database.
    const matters = await db.query<{ id: string; title: string; status: string }>(
      `SELECT id, title, status FROM matter WHERE id = ANY($1)`,
      [[...acked.matters.keys()]],
    );
    expect(new Map(matters.rows.map((row) => [row.id, row.title]))).toEqual(acked.matters);
    const options = await db.query<{ id: string; matter_id: string }>(
      `SELECT id, matter_id FROM matter_option WHERE id = ANY($1)`,
      [[...acked.options.keys()]],
    );
    expect(new Map(options.rows.map((row) => [row.id, row.matter_id]))).toEqual(acked.options);
    expect(matters.rows.filter((row) => acked.moved.includes(row.id)).map((row) => row.status)).toEqual(
      acked.moved.map(() => 'OPTIONS_DEVELOPING'),
    );

    // Each acknowledged move was announced once, in-app and by email, to everyone cleared to see it.
    const moveEvents = await db.query<{ id: string; matter_id: string }>(
      `SELECT id, payload->>'matterId' AS matter_id FROM outbox_event
        WHERE type = 'MATTER_STATUS_CHANGED' AND payload->>'matterId' = ANY($1)`,
      [acked.moved],
    );
    expect(moveEvents.rows.map((row) => row.matter_id).sort()).toEqual([...acked.moved].sort());
    await expectEachOnce(
      { accounts, db },
      smtp.received,
      moveEvents.rows.map((row) => row.id),
    );

    // Every reminder went out once: one per meeting, to every account, in-app and by email.
    const reminders = await db.query<{ subject_id: string; step: string }>(
      `SELECT subject_id, step FROM reminder_sent WHERE kind = 'MEETING' ORDER BY subject_id`,
    );
    expect(reminders.rows).toEqual(
      [...remindedMeetings].sort().map((id) => ({ subject_id: id, step: `1:${today}` })),
    );
    const reminderEvents = await db.query<{ id: string; milestone_id: string }>(
      `SELECT id, payload->>'milestoneId' AS milestone_id FROM outbox_event WHERE type = 'REMINDER_MEETING'`,
    );
    expect(reminderEvents.rows.map((row) => row.milestone_id).sort()).toEqual([...remindedMeetings].sort());
    const everyone = (await db.query<{ id: string }>(`SELECT id FROM account`)).rows.map((row) => row.id);
    for (const { id: eventId } of reminderEvents.rows) {
      const pairs = everyone.map((accountId) => `${eventId}.${accountId}`).sort();
      const notified = await db.query<{ pair: string }>(
        `SELECT event_id || '.' || account_id AS pair FROM notification WHERE event_id = $1`,
        [eventId],
      );
      expect(notified.rows.map((row) => row.pair).sort()).toEqual(pairs);
      const emailed = smtp.received
        .map((mail) => mail.messageId)
        .filter((messageId) => messageId.startsWith(`<event-${eventId}.`));
      expect(emailed.sort()).toEqual(pairs.map((pair) => `<event-${pair}@prepcom>`));
    }

    // And of everything the run caused, no notification or email twice, none without its delivery.
    expect(await count(`SELECT count(*) AS n FROM delivery WHERE channel = 'IN_APP'`)).toBe(
      await count(`SELECT count(*) AS n FROM notification`),
    );
    const messageIds = smtp.received.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(messageIds.length).toBe(await count(`SELECT count(*) AS n FROM delivery WHERE channel = 'EMAIL'`));

    // The killed API's replacement serves what the survivor serves.
    const replacement = await startApi();
    const asOfAfter = new Date().toISOString();
    const after = (await overviewFrom(replacement, asOfAfter, cookie)) as {
      process: { matters: { edges: { node: { id: string } }[] } };
    };
    expect(after).toEqual(await overviewFrom(apiB, asOfAfter, cookie));
    const served = new Set(after.process.matters.edges.map((edge) => edge.node.id));
    expect([...acked.matters.keys()].filter((id) => !served.has(id))).toEqual([]);
  });
});
