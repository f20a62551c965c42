import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

// What the dashboard's forms need beyond the writes themselves: who changed a record meanwhile, an option's next
// stages and its stage history, and the support unit speaking for a State.

const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`;
const UPDATE_MATTER = `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id version } }`;
const CREATE_OPTION = `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id version stage allowedMoves } }`;
const MOVE_OPTION = `mutation ($input: MoveOptionInput!) { moveOption(input: $input) { id version stage allowedMoves } }`;
const RECORD_CHANGES = `query ($entityId: ID!) {
  auditEvents(filter: { entityId: $entityId }, last: 100) { edges { node { entityId field actorName accountId } } }
}`;

describe('running the process from the dashboard', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
  });

  afterAll(() => t.close());

  const newMatter = (title: string) =>
    mutate<{ id: string; version: number }>(
      t,
      CREATE_MATTER,
      { processId: ids.processId, title, decidingMilestoneId: ids.futureId },
      accounts.cookie.coChair,
    );

  it("tells who changed a record since the version a stale edit was made from, and that record's changes only", async () => {
    const matter = await newMatter('Venue');
    const other = await newMatter('Dates');
    await mutate(
      t,
      UPDATE_MATTER,
      { id: matter.id, expectedVersion: matter.version, description: 'Where it meets' },
      accounts.cookie.supportUnit,
    );
    const stale = await t.gql(
      UPDATE_MATTER,
      { input: { id: matter.id, expectedVersion: matter.version, description: 'Bangkok' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(stale.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { description: 'Where it meets', version: matter.version + 1 },
    });

    const trail = await t.gql<{
      auditEvents: { edges: { node: { entityId: string; field: string; actorName: string | null } }[] };
    }>(RECORD_CHANGES, { entityId: matter.id }, { cookie: accounts.cookie.coChair });
    const events = trail.data!.auditEvents.edges.map((edge) => edge.node);
    expect(events.every((event) => event.entityId === matter.id)).toBe(true);
    expect(events.some((event) => event.entityId === other.id)).toBe(false);
    expect(events.at(-1)).toMatchObject({ field: 'description', actorName: 'isu@test.example' });

    // The trail stays closed to those who may not read it.
    const refused = await t.gql(
      RECORD_CHANGES,
      { entityId: matter.id },
      { cookie: accounts.cookie.stateParty },
    );
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it("says where an option may go next and keeps its stage steps, as of any instant; adopting is the Co-Chairs'", async () => {
    const matter = await newMatter('President of the Review Conference');
    const option = await mutate<{ id: string; version: number; stage: string; allowedMoves: string[] }>(
      t,
      CREATE_OPTION,
      { matterId: matter.id, text: 'Kenya', proposerId: accounts.participantId.stateParty },
      accounts.cookie.supportUnit,
    );
    expect(option.allowedMoves).toEqual(['ELABORATED', 'CONVERGING', 'DRAFT_TEXT', 'WITHDRAWN']);
    const drafted = await mutate<{ version: number; stage: string; allowedMoves: string[] }>(
      t,
      MOVE_OPTION,
      { optionId: option.id, to: 'DRAFT_TEXT', expectedVersion: option.version },
      accounts.cookie.coChair,
    );
    expect(drafted.allowedMoves).toEqual(['CONVERGING', 'ADOPTED', 'WITHDRAWN']);

    const steps = async (asOf?: Date) => {
      const answer = await t.gql<{
        matter: {
          optionStageChanges: { optionId: string; fromStage: string | null; toStage: string; at: string }[];
        };
      }>(
        `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { optionStageChanges { optionId fromStage toStage at } } }`,
        { id: matter.id, asOf: asOf?.toISOString() },
        { cookie: accounts.cookie.stateParty },
      );
      return answer.data!.matter.optionStageChanges.map(({ at, ...step }) => ({ ...step, at: new Date(at) }));
    };
    const now = await steps();
    expect(now).toEqual([
      { optionId: option.id, fromStage: null, toStage: 'TABLED', at: expect.any(Date) },
      { optionId: option.id, fromStage: 'TABLED', toStage: 'DRAFT_TEXT', at: expect.any(Date) },
    ]);
    // As of the instant it was tabled (each write is a request of its own, later than the one before).
    expect(await steps(now[0]!.at)).toEqual([now[0]]);

    const adopting = await t.gql(
      MOVE_OPTION,
      { input: { optionId: option.id, to: 'ADOPTED', expectedVersion: drafted.version } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(adopting.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('hides the stage steps of an option the reader may not see', async () => {
    const matter = await newMatter('Budget');
    await mutate(
      t,
      CREATE_OPTION,
      { matterId: matter.id, text: 'Within existing means', confidentiality: 'CO_CHAIRS' },
      accounts.cookie.coChair,
    );
    const answer = await t.gql<{ matter: { optionStageChanges: unknown[] } }>(
      `query ($id: ID!) { matter(id: $id) { optionStageChanges { id } } }`,
      { id: matter.id },
      { cookie: accounts.cookie.stateParty },
    );
    expect(answer.data!.matter.optionStageChanges).toEqual([]);
  });

  it("lets the support unit record any State's view, and a delegate only their own State's", async () => {
    const matter = await newMatter('Intersessional work programme');
    const view = (cookie: string | null) =>
      t.gql<{ createView: { id: string; participant: { id: string } } }>(
        `mutation ($input: CreateViewInput!) { createView(input: $input) { id participant { id } } }`,
        {
          input: { matterId: matter.id, participantId: accounts.participantId.coChair, position: 'SUPPORTS' },
        },
        { cookie },
      );
    const recorded = await view(accounts.cookie.supportUnit);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.createView.participant.id).toBe(accounts.participantId.coChair);
    // The author is attached to the view by whoever returns it (View.participant is a plain property).
    const updated = await t.gql<{ updateView: { participant: { name: string } } }>(
      `mutation ($input: UpdateViewInput!) { updateView(input: $input) { participant { name } } }`,
      { input: { id: recorded.data!.createView.id, position: 'OBJECTS', expectedVersion: 1 } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateView.participant.name).toEqual(expect.any(String));
    const refused = await view(accounts.cookie.stateParty);
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
