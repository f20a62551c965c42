import { Client } from 'pg';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`;
const UPDATE_MATTER = `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id version } }`;
const CREATE_OPTION = `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id version } }`;
const MOVE_OPTION = `mutation ($input: MoveOptionInput!) { moveOption(input: $input) { id } }`;
const MOVE_MATTER = `mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`;
const CREATE_VIEW = `mutation ($input: CreateViewInput!) { createView(input: $input) { id confidentiality } }`;
const ADD_DEPENDENCY = `mutation ($input: MatterDependencyInput!) { addMatterDependency(input: $input) { id } }`;
const REMOVE_DEPENDENCY = `mutation ($input: MatterDependencyInput!) { removeMatterDependency(input: $input) { id } }`;
const RANDOM_ID = '5c0b7b42-1d7e-4c39-9d1f-6a1e2f3b4c5d';

/** Waits until the clock has passed `instant`, so what follows is strictly later (the audit trail's `at > asOf`). */
async function after(instant: Date): Promise<void> {
  const deadline = Date.now() + 1_000;
  while (Date.now() <= instant.getTime() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
}

/** The root causes of issue 14's leaks, each tried as the attacker did. */
describe('no leak through the audit trail, views, the past or side channels', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let db: Client;

  const matter = (title: string, confidentiality: string) =>
    mutate<{ id: string; version: number }>(
      t,
      CREATE_MATTER,
      { processId: ids.processId, decidingMilestoneId: ids.futureId, title, confidentiality },
      accounts.cookie.coChair,
    );
  const option = (matterId: string, text: string, confidentiality: string) =>
    mutate<{ id: string; version: number }>(
      t,
      CREATE_OPTION,
      { matterId, text, confidentiality },
      accounts.cookie.coChair,
    );
  const auditText = async (role: 'supportUnit' | 'coChair', matterId?: string) => {
    const graphql = await t.gql(
      `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 500) { edges { node { field oldValue newValue } } } }`,
      { filter: matterId ? { matterId } : null },
      { cookie: accounts.cookie[role] },
    );
    const csv = await t.app.inject({
      method: 'GET',
      url: `/audit.csv${matterId ? `?matterId=${matterId}` : ''}`,
      headers: { cookie: accounts.cookie[role]! },
    });
    expect(graphql.errors).toBeUndefined();
    expect(csv.statusCode).toBe(200);
    return { graphql: JSON.stringify(graphql.data), csv: csv.body };
  };

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it("filters the audit trail by the reader's clearance for each record, then and now", async () => {
    const closed = await matter('Closed title', 'CO_CHAIRS');
    const open = await matter('Open matter', 'PUBLIC');
    await option(open.id, 'Closed option text', 'CO_CHAIRS');
    await option(open.id, 'Open option text', 'COORDINATING_COMMITTEE');
    // Opened later: what it said while closed stays closed to those not cleared for it.
    const opened = await matter('Said while closed', 'CO_CHAIRS');
    await mutate(
      t,
      UPDATE_MATTER,
      { id: opened.id, expectedVersion: opened.version, title: 'Said once open', confidentiality: 'PUBLIC' },
      accounts.cookie.coChair,
    );

    for (const text of [await auditText('supportUnit'), await auditText('supportUnit', open.id)]) {
      for (const body of [text.graphql, text.csv]) {
        expect(body).not.toContain('Closed title');
        expect(body).not.toContain('Closed option text');
        expect(body).not.toContain('Said while closed');
      }
    }
    const ofOpen = await auditText('supportUnit', open.id);
    expect(ofOpen.graphql).toContain('Open option text');
    expect(ofOpen.csv).toContain('Open option text');
    const changes = await t.gql<{ matter: { changes: { newValue: unknown }[] } }>(
      `query ($id: ID!) { matter(id: $id) { changes { field oldValue newValue } } }`,
      { id: open.id },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(JSON.stringify(changes.data)).toContain('Open option text');
    expect(JSON.stringify(changes.data)).not.toContain('Closed option text');
    // The Co-Chairs, cleared for everything, still read the whole trail.
    const all = await auditText('coChair');
    for (const text of ['Closed title', 'Closed option text', 'Said while closed', 'Said once open'])
      expect(all.graphql).toContain(text);
    expect((await auditText('supportUnit', closed.id)).graphql).not.toContain('Closed');
  });

  it('keeps a view no wider than the option it is on, whatever tier it was given', async () => {
    const open = await matter('Public matter with a closed option', 'PUBLIC');
    const closedOption = await option(open.id, 'An option for the Co-Chairs', 'CO_CHAIRS');
    const view = await mutate<{ confidentiality: string }>(
      t,
      CREATE_VIEW,
      {
        participantId: accounts.participantId.coChair,
        matterId: open.id,
        optionId: closedOption.id,
        position: 'COMMENT',
        comment: 'A comment for the Co-Chairs only',
      },
      accounts.cookie.coChair,
    );
    expect(view.confidentiality).toBe('CO_CHAIRS');
    const wider = await t.gql(
      CREATE_VIEW,
      {
        input: {
          participantId: accounts.participantId.coChair,
          matterId: open.id,
          optionId: closedOption.id,
          position: 'SUPPORTS',
          confidentiality: 'PUBLIC',
        },
      },
      { cookie: accounts.cookie.coChair },
    );
    expect(wider.errors?.[0]?.extensions.guards?.[0]?.guard).toBe('VIEW_WIDER_THAN_SUBJECT');
    // A view stored wider (before this rule, or on an option closed since) is still read at its option's tier.
    await db.query(
      `INSERT INTO participant_view (participant_id, matter_id, option_id, position, comment, expressed_at, confidentiality)
       VALUES ($1, $2, $3, 'COMMENT', 'An older comment stored as public', now(), 'PUBLIC')`,
      [accounts.participantId.stateParty, open.id, closedOption.id],
    );
    for (const role of ['anonymous', 'supportUnit', 'stateParty'] as const) {
      const read = await t.gql(
        `query ($id: ID!) { matter(id: $id) { views { comment } viewTally { statePartiesWithView } } }`,
        { id: open.id },
        { cookie: accounts.cookie[role] },
      );
      expect(read.data).toEqual({ matter: { views: [], viewTally: { statePartiesWithView: 0 } } });
    }
    const coChair = await t.gql(
      `query ($id: ID!) { matter(id: $id) { views { comment } } }`,
      { id: open.id },
      { cookie: accounts.cookie.coChair },
    );
    expect(JSON.stringify(coChair.data)).toContain('A comment for the Co-Chairs only');
  });

  it('shows a past text only to those cleared for the narrower of its tier then and now', async () => {
    const secret = await matter('Earlier closed title', 'CO_CHAIRS');
    const secretOption = await option(secret.id, 'Earlier closed option', 'PUBLIC');
    const then = new Date();
    await after(then);
    await mutate(
      t,
      UPDATE_MATTER,
      { id: secret.id, expectedVersion: secret.version, title: 'Public title', confidentiality: 'PUBLIC' },
      accounts.cookie.coChair,
    );
    const asOf = then.toISOString();
    for (const role of ['anonymous', 'stateParty', 'supportUnit'] as const) {
      const cookie = accounts.cookie[role];
      const byId = await t.gql(
        `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { title } }`,
        {
          id: secret.id,
          asOf,
        },
        { cookie },
      );
      expect(byId.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const listed = await t.gql(
        `query ($asOf: DateTime) { process { matters(asOf: $asOf, first: 500) { edges { node { title options { text } } } } } }`,
        { asOf },
        { cookie },
      );
      expect(JSON.stringify(listed.data)).not.toContain('Earlier closed');
      // Today it is public, under its new title.
      const now = await t.gql(
        `query ($id: ID!) { matter(id: $id) { title } }`,
        { id: secret.id },
        { cookie },
      );
      expect(now.data).toEqual({ matter: { title: 'Public title' } });
    }
    const coChair = await t.gql(
      `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { title options { id } } }`,
      { id: secret.id, asOf },
      { cookie: accounts.cookie.coChair },
    );
    expect(coChair.data).toEqual({
      matter: { title: 'Earlier closed title', options: [{ id: secretOption.id }] },
    });
  });

  it('shows an option closed then, public now, only to those cleared for it then', async () => {
    const open = await matter('Open matter, option opened later', 'PUBLIC');
    const closedThen = await option(open.id, 'Option text while closed', 'CO_CHAIRS');
    const then = new Date();
    await after(then);
    await mutate(
      t,
      `mutation ($input: UpdateOptionInput!) { updateOption(input: $input) { id } }`,
      {
        id: closedThen.id,
        expectedVersion: closedThen.version,
        text: 'Option text once open',
        confidentiality: 'PUBLIC',
      },
      accounts.cookie.coChair,
    );
    const read = await t.gql(
      `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { options { text } } }`,
      { id: open.id, asOf: then.toISOString() },
    );
    expect(read.data).toEqual({ matter: { options: [] } });
    const coChair = await t.gql(
      `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { options { text } } }`,
      { id: open.id, asOf: then.toISOString() },
      { cookie: accounts.cookie.coChair },
    );
    expect(coChair.data).toEqual({ matter: { options: [{ text: 'Option text while closed' }] } });
  });

  it('answers a dependency on a hidden matter as one on a random id, and names no hidden matter in a cycle', async () => {
    const a = await matter('Matter A', 'COORDINATING_COMMITTEE');
    const b = await matter('Matter B', 'COORDINATING_COMMITTEE');
    const hidden = await matter('The hidden link', 'CO_CHAIRS');
    // B → hidden → A, set by the Co-Chairs.
    await mutate(t, ADD_DEPENDENCY, { matterId: b.id, dependsOnId: hidden.id }, accounts.cookie.coChair);
    await mutate(t, ADD_DEPENDENCY, { matterId: hidden.id, dependsOnId: a.id }, accounts.cookie.coChair);

    const removeHidden = await t.gql(
      REMOVE_DEPENDENCY,
      { input: { matterId: b.id, dependsOnId: hidden.id } },
      { cookie: accounts.cookie.supportUnit },
    );
    const removeRandom = await t.gql(
      REMOVE_DEPENDENCY,
      { input: { matterId: b.id, dependsOnId: RANDOM_ID } },
      { cookie: accounts.cookie.supportUnit },
    );
    const shape = (response: typeof removeHidden, id: string) =>
      response.errors?.map((error) => ({ ...error, message: error.message.replace(id, '<id>') }));
    expect(removeHidden.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(shape(removeHidden, hidden.id)).toEqual(shape(removeRandom, RANDOM_ID));
    const { rows } = await db.query(
      `SELECT 1 FROM matter_dependency WHERE matter_id = $1 AND depends_on_id = $2`,
      [b.id, hidden.id],
    );
    expect(rows).toHaveLength(1);

    const cycle = await t.gql(
      ADD_DEPENDENCY,
      { input: { matterId: a.id, dependsOnId: b.id } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(cycle.errors?.[0]?.extensions.guards?.[0]?.guard).toBe('DEPENDENCY_CYCLE');
    expect(JSON.stringify(cycle.errors)).not.toContain('hidden link');
    expect(JSON.stringify(cycle.errors)).not.toContain(hidden.id);
    expect(cycle.errors?.[0]?.message).toContain('"Matter A" → "Matter B" → … → "Matter A"');
    // The audit trail lists B's dependencies without the hidden one.
    const trail = await auditText('supportUnit', b.id);
    expect(trail.graphql).toContain('dependsOnIds');
    expect(trail.graphql).not.toContain(hidden.id);
    expect(trail.csv).not.toContain(hidden.id);
  });

  it('neither lets a move through nor refuses it because of an option the mover cannot see', async () => {
    const open = await matter('Ready because of a hidden option?', 'COORDINATING_COMMITTEE');
    await option(open.id, 'A visible option', 'COORDINATING_COMMITTEE');
    const hidden = await option(open.id, 'A hidden option', 'CO_CHAIRS');
    await mutate(t, MOVE_MATTER, { matterId: open.id, to: 'OPTIONS_DEVELOPING' }, accounts.cookie.coChair);
    await mutate(t, MOVE_OPTION, { optionId: hidden.id, to: 'DRAFT_TEXT' }, accounts.cookie.coChair);
    const move = await t.gql(
      MOVE_MATTER,
      { input: { matterId: open.id, to: 'READY_FOR_DECISION' } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(move.errors?.[0]?.extensions.code).toBe('TRANSITION_REFUSED');
    expect(move.errors?.[0]?.extensions.guards?.[0]?.guard).toBe('DRAFT_TEXT_REQUIRED');
    // Judged on the options the mover sees: the furthest of them is only tabled.
    expect(move.errors?.[0]?.message).toMatch(/furthest option is at .Tabled./);
    // The Co-Chairs see the option and may move it.
    await mutate(t, MOVE_MATTER, { matterId: open.id, to: 'READY_FOR_DECISION' }, accounts.cookie.coChair);
  });
});
