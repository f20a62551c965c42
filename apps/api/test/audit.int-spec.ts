import { Client } from 'pg';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`;
const UPDATE_MATTER = `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id title version } }`;

describe('the audit trail', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
  });

  afterAll(() => t.close());

  it('records every change with who, for whom, and old and new values, and refuses a stale edit', async () => {
    const matter = await mutate<{ id: string; version: number }>(
      t,
      CREATE_MATTER,
      { processId: ids.processId, title: 'Venue', decidingMilestoneId: ids.fifthId },
      accounts.cookie.coChair,
    );
    const edited = await mutate<{ version: number }>(
      t,
      UPDATE_MATTER,
      { id: matter.id, expectedVersion: matter.version, title: 'Dates and venue' },
      accounts.cookie.supportUnit,
    );
    expect(edited.version).toBe(matter.version + 1);

    const stale = await t.gql(
      UPDATE_MATTER,
      { input: { id: matter.id, expectedVersion: matter.version, title: 'Venue only' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(stale.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
      current: { title: 'Dates and venue', version: edited.version },
    });

    const history = await t.gql<{
      matter: {
        changes: {
          field: string;
          oldValue: unknown;
          newValue: unknown;
          action: string;
          accountId: string;
          participantId: string;
        }[];
      };
    }>(
      `query ($id: ID!) { matter(id: $id) { changes { field action oldValue newValue accountId participantId } } }`,
      { id: matter.id },
      {
        cookie: accounts.cookie.coChair,
      },
    );
    const titleChanges = history.data!.matter.changes.filter((change) => change.field === 'title');
    expect(titleChanges).toEqual([
      {
        field: 'title',
        action: 'CREATE',
        oldValue: null,
        newValue: 'Venue',
        accountId: accounts.accountId.coChair,
        participantId: accounts.participantId.coChair,
      },
      {
        field: 'title',
        action: 'UPDATE',
        oldValue: 'Venue',
        newValue: 'Dates and venue',
        accountId: accounts.accountId.supportUnit,
        participantId: accounts.participantId.supportUnit,
      },
    ]);

    const denied = await t.gql(
      `query ($id: ID!) { matter(id: $id) { changes { field } } }`,
      { id: matter.id },
      { cookie: accounts.cookie.stateParty },
    );
    expect(denied.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('is append-only: the database refuses to change or remove an event', async () => {
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_event');
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
      await expect(db.query(`UPDATE audit_event SET field = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    } finally {
      await db.end();
    }
  });

  it('answers per person and per period, and exports CSV to those allowed', async () => {
    const byPerson = await t.gql<{
      auditEvents: { totalCount: number; edges: { node: { accountId: string } }[] };
    }>(
      `query ($f: AuditFilter) { auditEvents(filter: $f) { totalCount edges { node { accountId } } } }`,
      { f: { accountId: accounts.accountId.supportUnit } },
      { cookie: accounts.cookie.administrator },
    );
    expect(byPerson.data!.auditEvents.totalCount).toBeGreaterThan(0);
    expect(new Set(byPerson.data!.auditEvents.edges.map((edge) => edge.node.accountId))).toEqual(
      new Set([accounts.accountId.supportUnit]),
    );
    const future = await t.gql<{ auditEvents: { totalCount: number } }>(
      `query { auditEvents(filter: { from: "2099-01-01T00:00:00Z" }) { totalCount } }`,
      {},
      { cookie: accounts.cookie.administrator },
    );
    expect(future.data!.auditEvents.totalCount).toBe(0);

    const csv = await t.app.inject({
      method: 'GET',
      url: '/audit.csv',
      headers: { cookie: accounts.cookie.coChair! },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, ...lines] = csv.body.trim().split('\r\n');
    expect(header).toBe(
      'at,accountId,participantId,matterId,entityType,entityId,action,field,oldValue,newValue',
    );
    expect(lines.some((line) => line.includes(',title,Venue,Dates and venue'))).toBe(true);
    const anonymous = await t.app.inject({ method: 'GET', url: '/audit.csv' });
    expect(anonymous.statusCode).toBe(401);
    const delegate = await t.app.inject({
      method: 'GET',
      url: '/audit.csv',
      headers: { cookie: accounts.cookie.stateParty! },
    });
    expect(delegate.statusCode).toBe(403);
  });

  it('rebuilds a milestone as it stood before a later move', async () => {
    const before = new Date().toISOString();
    const { data } = await t.gql<{ milestone: { version: number } }>(
      `query ($id: ID!) { milestone(id: $id) { version } }`,
      { id: ids.futureId },
    );
    await mutate(
      t,
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      {
        id: ids.futureId,
        expectedVersion: data!.milestone.version,
        startsAt: '2099-10-14T03:00:00Z',
        endsAt: '2099-10-18T11:00:00Z',
      },
      accounts.cookie.presidency,
    );
    const next = `query ($id: ID!, $asOf: DateTime) { process(id: $id) { dashboard(asOf: $asOf) { nextMilestone { startsAt } } } }`;
    const then = await t.gql<{ process: { dashboard: { nextMilestone: { startsAt: string } } } }>(next, {
      id: ids.processId,
      asOf: before,
    });
    const now = await t.gql<{ process: { dashboard: { nextMilestone: { startsAt: string } } } }>(next, {
      id: ids.processId,
    });
    expect(then.data!.process.dashboard.nextMilestone.startsAt).toBe('2099-09-14T03:00:00.000Z');
    expect(now.data!.process.dashboard.nextMilestone.startsAt).toBe('2099-10-14T03:00:00.000Z');
    // Both in one request: the past one must not stand in for today's.
    const both = await t.gql<{ then: { startsAt: string }; today: { startsAt: string } }>(
      `query ($id: ID!, $asOf: DateTime) { then: milestone(id: $id, asOf: $asOf) { startsAt } today: milestone(id: $id) { startsAt } }`,
      { id: ids.futureId, asOf: before },
    );
    expect(both.data).toEqual({
      then: { startsAt: '2099-09-14T03:00:00.000Z' },
      today: { startsAt: '2099-10-14T03:00:00.000Z' },
    });
    // The timeline too: the process's milestones as they stood.
    const timeline = `query ($id: ID!, $asOf: DateTime) { process(id: $id) { milestones(asOf: $asOf) { edges { node { id startsAt } } } } }`;
    type Timeline = { process: { milestones: { edges: { node: { id: string; startsAt: string } }[] } } };
    const startOf = (response: { data?: Timeline | null }) =>
      response.data!.process.milestones.edges.find((edge) => edge.node.id === ids.futureId)!.node.startsAt;
    expect(startOf(await t.gql<Timeline>(timeline, { id: ids.processId, asOf: before }))).toBe(
      '2099-09-14T03:00:00.000Z',
    );
    expect(startOf(await t.gql<Timeline>(timeline, { id: ids.processId }))).toBe('2099-10-14T03:00:00.000Z');
  });
});

describe('as of the eve of the Fifth Meeting', () => {
  it('differs from the day after exactly in the matters the Fifth Meeting decided or deferred', async () => {
    const t = await startTestApp();
    try {
      await seedSampleData(t.database.url);
      type Result = {
        process: {
          matters: {
            edges: { node: { id: string; status: string; history: { at: string; toStatus: string }[] } }[];
          };
        };
      };
      const query = `query ($asOf: DateTime) { process { matters(asOf: $asOf) { edges { node { id status history { at toStatus } } } } } }`;
      const eve = await t.gql<Result>(query, { asOf: '2003-09-18T12:00:00Z' });
      const after = await t.gql<Result>(query, { asOf: '2003-09-20T12:00:00Z' });
      const statusOn = (result: Result) =>
        new Map(result.process.matters.edges.map((edge) => [edge.node.id, edge.node.status]));
      const [onEve, onAfter] = [statusOn(eve.data!), statusOn(after.data!)];
      const changed = [...onAfter.keys()].filter((id) => onEve.get(id) !== onAfter.get(id)).sort();
      const movedAtTheMeeting = after
        .data!.process.matters.edges.filter((edge) =>
          edge.node.history.some((step) => step.at >= '2003-09-15' && step.at <= '2003-09-20'),
        )
        .map((edge) => edge.node.id)
        .sort();
      expect(changed.length).toBeGreaterThan(0);
      expect(changed).toEqual(movedAtTheMeeting);
      expect([...onAfter.values()].filter((status) => status === 'DECIDED').length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
