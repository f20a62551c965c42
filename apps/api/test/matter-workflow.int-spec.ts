import { Client } from 'pg';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id status } }`;
const MOVE_MATTER = `mutation ($input: MoveMatterInput!) {
  moveMatter(input: $input) { id status decidingMilestone { shortTitle } outcome readiness { score reasons { code } } } }`;
const CREATE_OPTION = `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id stage } }`;
const MOVE_OPTION = `mutation ($input: MoveOptionInput!) { moveOption(input: $input) { id stage } }`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { id due status } }`;
const MOVE_ACTION = `mutation ($input: MoveActionInput!) { moveAction(input: $input) { id status completedAt } }`;

type Errors = {
  message: string;
  extensions: { code: string; field?: string; guards?: { guard: string; field: string }[] };
}[];

describe('moving matters, options and actions through their workflows', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let accounts: RoleAccounts;
  let coChair: string;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    coChair = accounts.cookie.coChair!;
    ids = await createProcessWithMeetings(t, accounts);
  });

  afterAll(() => t.close());

  async function refused(query: string, input: Record<string, unknown>): Promise<Errors> {
    const response = await t.gql(query, { input }, { cookie: coChair });
    expect(response.status).toBeLessThan(500);
    expect(response.errors).toBeDefined();
    const body = JSON.stringify(response.errors);
    expect(body).not.toMatch(/QueryFailedError|SELECT |INSERT |\n\s+at /);
    return response.errors as Errors;
  }

  it('takes a matter from identification to decision, refusing each move a guard forbids', async () => {
    const matter = await mutate<{ id: string; status: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'Dates and venue of the Review Conference',
        decidingMilestoneId: ids.fifthId,
      },
      coChair,
    );
    expect(matter.status).toBe('IDENTIFIED');

    const skip = await refused(MOVE_MATTER, { matterId: matter.id, to: 'DECIDED' });
    expect(skip[0]!.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', field: 'to' });
    expect(skip[0]!.message).toMatch(/Dates and venue/);
    // Each refused rule comes with the code and parameters a client says it with in the reader's language.
    expect(skip[0]!.extensions.guards).toEqual([
      {
        guard: 'TRANSITION_NOT_ALLOWED',
        field: 'to',
        code: 'MATTER_MOVE_NOT_ALLOWED',
        params: {
          from: 'IDENTIFIED',
          to: 'DECIDED',
          allowed: ['OPTIONS_DEVELOPING', 'DEFERRED', 'WITHDRAWN'].map((status) => ({
            code: 'MATTER_STATUS_NAME',
            params: { status },
          })),
        },
        message:
          "A matter that is 'Identified' cannot move to 'Decided'; it can move to 'Options being developed', 'Deferred' or 'Withdrawn'.",
      },
    ]);

    const noOption = await refused(MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' });
    expect(noOption[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['OPTION_REQUIRED']);

    const nairobi = await mutate<{ id: string; stage: string }>(
      t,
      CREATE_OPTION,
      {
        matterId: matter.id,
        text: 'Nairobi, late 2004',
      },
      coChair,
    );
    await mutate(t, CREATE_OPTION, { matterId: matter.id, text: 'Geneva, 2004' }, coChair);
    expect(
      (
        await mutate<{ status: string }>(
          t,
          MOVE_MATTER,
          { matterId: matter.id, to: 'OPTIONS_DEVELOPING' },
          coChair,
        )
      ).status,
    ).toBe('OPTIONS_DEVELOPING');

    const consult = await mutate<{ id: string; due: string; status: string }>(
      t,
      CREATE_ACTION,
      {
        title: 'Consult the regional groups',
        ownerRole: 'CURRENT_PRESIDENCY',
        dueMilestoneId: ids.fifthId,
        dueOffsetDays: -30,
        servesMatterId: matter.id,
        blocksDecision: true,
      },
      coChair,
    );
    // 30 days before the Fifth Meeting's first day in Bangkok (15 September 2003).
    expect(consult.due).toBe('2003-08-16');

    const notReady = await refused(MOVE_MATTER, { matterId: matter.id, to: 'READY_FOR_DECISION' });
    expect(notReady[0]!.extensions.guards!.map((g) => g.guard).sort()).toEqual([
      'BLOCKING_ACTIONS_OPEN',
      'DRAFT_TEXT_REQUIRED',
    ]);
    expect(notReady[0]!.message).toMatch(/Consult the regional groups/);

    await mutate(t, MOVE_OPTION, { optionId: nairobi.id, to: 'DRAFT_TEXT' }, coChair);
    const done = await mutate<{ status: string; completedAt: string }>(
      t,
      MOVE_ACTION,
      {
        actionId: consult.id,
        to: 'DONE',
      },
      coChair,
    );
    expect(done.status).toBe('DONE');
    expect(done.completedAt).toBeTruthy();
    const ready = await mutate<{ status: string; readiness: { score: number } }>(
      t,
      MOVE_MATTER,
      {
        matterId: matter.id,
        to: 'READY_FOR_DECISION',
      },
      coChair,
    );
    expect(ready.status).toBe('READY_FOR_DECISION');

    const noOutcome = await refused(MOVE_MATTER, { matterId: matter.id, to: 'DECIDED' });
    expect(noOutcome[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['OUTCOME_REQUIRED']);

    await mutate(t, MOVE_OPTION, { optionId: nairobi.id, to: 'ADOPTED' }, coChair);
    const decided = await mutate<{ status: string; outcome: string; readiness: { score: number } }>(
      t,
      MOVE_MATTER,
      {
        matterId: matter.id,
        to: 'DECIDED',
        outcome: 'Nairobi, 29 November to 3 December 2004.',
      },
      coChair,
    );
    expect(decided).toMatchObject({ status: 'DECIDED', outcome: 'Nairobi, 29 November to 3 December 2004.' });
    expect(decided.readiness.score).toBe(100);

    const open = await t.gql<{ process: { matters: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { process(id: $id) { matters(filter: { open: true }) { edges { node { id } } } } }`,
      { id: ids.processId },
      { cookie: coChair },
    );
    expect(open.data!.process.matters.edges.map((edge) => edge.node.id)).not.toContain(matter.id);

    const history = await t.gql<{ matter: { history: { fromStatus: string | null; toStatus: string }[] } }>(
      `query ($id: ID!) { matter(id: $id) { history { fromStatus toStatus } } }`,
      { id: matter.id },
      { cookie: coChair },
    );
    expect(history.data!.matter.history.map((step) => step.toStatus)).toEqual([
      'IDENTIFIED',
      'OPTIONS_DEVELOPING',
      'READY_FOR_DECISION',
      'DECIDED',
    ]);
  });

  it('lets the person who decided or withdrew a matter undo it for a short while, and nobody else', async () => {
    const UNDO = `mutation ($input: UndoMatterMoveInput!) { undoMatterMove(input: $input) { status outcome version } }`;
    const undoable = async (id: string, cookie: string | null) =>
      (
        await t.gql<{ matter: { version: number; undoableUntil: string | null } }>(
          `query ($id: ID!) { matter(id: $id) { version undoableUntil } }`,
          { id },
          { cookie },
        )
      ).data!.matter;
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'Observers at the Review Conference',
        decidingMilestoneId: ids.fifthId,
      },
      coChair,
    );
    const option = await mutate<{ id: string }>(
      t,
      CREATE_OPTION,
      { matterId: matter.id, text: 'As in 1999' },
      coChair,
    );
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' }, coChair);
    await mutate(t, MOVE_OPTION, { optionId: option.id, to: 'DRAFT_TEXT' }, coChair);
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'READY_FOR_DECISION' }, coChair);
    await mutate(
      t,
      MOVE_MATTER,
      { matterId: matter.id, to: 'DECIDED', outcome: 'Decided by mistake.' },
      coChair,
    );

    const mine = await undoable(matter.id, coChair);
    expect(Date.parse(mine.undoableUntil!) - Date.now()).toBeGreaterThan(5 * 60_000);
    expect((await undoable(matter.id, accounts.cookie.supportUnit)).undoableUntil).toBeNull();
    const notTheirs = await t.gql(
      UNDO,
      { input: { matterId: matter.id, expectedVersion: mine.version } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect((notTheirs.errors as Errors)[0]!.extensions.guards!.map((g) => g.guard)).toEqual([
      'NOT_YOUR_MOVE',
    ]);

    const undone = await mutate(t, UNDO, { matterId: matter.id, expectedVersion: mine.version }, coChair);
    expect(undone).toMatchObject({ status: 'READY_FOR_DECISION', outcome: null });
    const again = await refused(UNDO, { matterId: matter.id, expectedVersion: mine.version + 1 });
    expect(again[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['NOTHING_TO_UNDO']);
    const history = await t.gql<{ matter: { history: { toStatus: string }[] } }>(
      `query ($id: ID!) { matter(id: $id) { history { toStatus } } }`,
      { id: matter.id },
      { cookie: coChair },
    );
    expect(history.data!.matter.history.map((step) => step.toStatus).slice(-2)).toEqual([
      'DECIDED',
      'READY_FOR_DECISION',
    ]);

    // A withdrawal made eleven minutes ago stands: the test moves the matter's steps back rather than waiting.
    await mutate(
      t,
      MOVE_MATTER,
      { matterId: matter.id, to: 'WITHDRAWN', note: 'Settled elsewhere.' },
      coChair,
    );
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    await db.query(`UPDATE matter_transition SET at = at - interval '11 minutes' WHERE matter_id = $1`, [
      matter.id,
    ]);
    await db.end();
    const late = await undoable(matter.id, coChair);
    expect(late.undoableUntil).toBeNull();
    const tooLate = await refused(UNDO, { matterId: matter.id, expectedVersion: late.version });
    expect(tooLate[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['UNDO_TIME_PASSED']);
  });

  it('refuses a decision at a meeting that has not started, and defers to a later milestone instead', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'Rules of procedure',
        decidingMilestoneId: ids.futureId,
      },
      coChair,
    );
    const before = new Date().toISOString();
    const option = await mutate<{ id: string }>(
      t,
      CREATE_OPTION,
      {
        matterId: matter.id,
        text: 'The rules of 1999',
      },
      coChair,
    );
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' }, coChair);
    await mutate(t, MOVE_OPTION, { optionId: option.id, to: 'DRAFT_TEXT' }, coChair);
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'READY_FOR_DECISION' }, coChair);

    const early = await refused(MOVE_MATTER, { matterId: matter.id, to: 'DECIDED', outcome: 'Adopted.' });
    expect(early[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['MILESTONE_NOT_STARTED']);

    const backwards = await refused(MOVE_MATTER, {
      matterId: matter.id,
      to: 'DEFERRED',
      targetMilestoneId: ids.prepId,
    });
    expect(backwards[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['TARGET_NOT_LATER']);

    const unknown = await refused(MOVE_MATTER, {
      matterId: matter.id,
      to: 'DEFERRED',
      targetMilestoneId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetMilestoneId' });

    const withdrawn = await refused(MOVE_MATTER, { matterId: matter.id, to: 'WITHDRAWN' });
    expect(withdrawn[0]!.extensions.guards!.map((g) => g.guard)).toEqual(['REASON_REQUIRED']);

    const asBefore = await t.gql<{ matter: { status: string } }>(
      `query ($id: ID!, $asOf: DateTime) { matter(id: $id, asOf: $asOf) { status } }`,
      { id: matter.id, asOf: before },
      { cookie: coChair },
    );
    expect(asBefore.data!.matter.status).toBe('IDENTIFIED');
  });

  it('moves a relative due date with its milestone', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'Costs of the preparatory meetings',
        decidingMilestoneId: ids.futureId,
      },
      coChair,
    );
    const action = await mutate<{ id: string; due: string }>(
      t,
      CREATE_ACTION,
      {
        title: 'Circulate cost estimates',
        ownerRole: 'SUPPORT_UNIT',
        dueMilestoneId: ids.futureId,
        dueOffsetDays: -14,
        servesMatterId: matter.id,
      },
      coChair,
    );
    expect(action.due).toBe('2099-08-31');
    await mutate(
      t,
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      {
        id: ids.futureId,
        expectedVersion: 1,
        startsAt: '2099-09-21T03:00:00Z',
        endsAt: '2099-09-25T11:00:00Z',
      },
      coChair,
    );
    const moved = await t.gql<{ process: { actions: { edges: { node: { id: string; due: string } }[] } } }>(
      `query ($id: ID!) { process(id: $id) { actions { edges { node { id due } } } } }`,
      { id: ids.processId },
      { cookie: coChair },
    );
    expect(moved.data!.process.actions.edges.find((edge) => edge.node.id === action.id)!.node.due).toBe(
      '2099-09-07',
    );
  });

  it('cancels an action with the reason, for those who assign actions only, and it no longer holds anything up', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      { processId: ids.processId, title: 'Rules of procedure', decidingMilestoneId: ids.futureId },
      coChair,
    );
    const option = await mutate<{ id: string }>(
      t,
      CREATE_OPTION,
      { matterId: matter.id, text: 'The rules of the Fifth Meeting' },
      coChair,
    );
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' }, coChair);
    await mutate(t, MOVE_OPTION, { optionId: option.id, to: 'DRAFT_TEXT' }, coChair);
    const study = await mutate<{ id: string; status: string }>(
      t,
      CREATE_ACTION,
      {
        title: 'Commission a comparative study of rules',
        ownerParticipantId: accounts.participantId.stateParty,
        dueDate: '2099-06-30',
        servesMatterId: matter.id,
        blocksDecision: true,
      },
      coChair,
    );
    const move = (input: Record<string, unknown>, cookie: string | null) =>
      t.gql<{
        moveAction: { status: string; cancelledAt: string | null; cancellationReason: string | null };
      }>(
        `mutation ($input: MoveActionInput!) { moveAction(input: $input) { status cancelledAt cancellationReason } }`,
        { input: { actionId: study.id, ...input } },
        { cookie },
      );

    // The owner's delegate starts the work but may not drop it.
    expect((await move({ to: 'IN_PROGRESS' }, accounts.cookie.stateParty)).data!.moveAction.status).toBe(
      'IN_PROGRESS',
    );
    const byOwner = await move({ to: 'CANCELLED', note: 'Not needed' }, accounts.cookie.stateParty);
    expect(byOwner.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(byOwner.errors![0]!.message).toMatch(/cancel an action or reinstate it/);

    const noReason = await refused(MOVE_ACTION, { actionId: study.id, to: 'CANCELLED', note: '  ' });
    expect(noReason[0]!.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', field: 'note' });
    expect(noReason[0]!.extensions.guards).toMatchObject([
      { guard: 'REASON_REQUIRED', field: 'note', code: 'ACTION_CANCEL_REASON_REQUIRED' },
    ]);

    const reason = 'The Fifth Meeting’s rules apply unchanged; no study is needed.';
    const cancelled = await move({ to: 'CANCELLED', note: ` ${reason} ` }, coChair);
    expect(cancelled.data!.moveAction).toMatchObject({ status: 'CANCELLED', cancellationReason: reason });
    expect(cancelled.data!.moveAction.cancelledAt).toBeTruthy();

    // A cancelled blocking action neither blocks the decision nor counts as open work.
    const ready = await mutate<{ status: string; readiness: { reasons: { code: string }[] } }>(
      t,
      MOVE_MATTER,
      { matterId: matter.id, to: 'READY_FOR_DECISION' },
      coChair,
    );
    expect(ready.status).toBe('READY_FOR_DECISION');
    expect(ready.readiness.reasons.map((reason) => reason.code)).not.toContain('ACTIONS_OPEN');
    const lists = await t.gql<{
      process: { open: { edges: { node: { id: string } }[] }; closed: { edges: { node: { id: string } }[] } };
    }>(
      `query ($id: ID!) { process(id: $id) {
         open: actions(open: true) { edges { node { id } } } closed: actions(open: false) { edges { node { id } } } } }`,
      { id: ids.processId },
      { cookie: coChair },
    );
    expect(lists.data!.process.open.edges.map((edge) => edge.node.id)).not.toContain(study.id);
    expect(lists.data!.process.closed.edges.map((edge) => edge.node.id)).toContain(study.id);

    // Done work is not cancelled, and cancelled work is reinstated from the start, by a writer of actions.
    const reinstatedByOwner = await move({ to: 'TODO' }, accounts.cookie.stateParty);
    expect(reinstatedByOwner.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const done = await refused(MOVE_ACTION, { actionId: study.id, to: 'DONE' });
    expect(done[0]!.extensions.guards).toMatchObject([{ guard: 'TRANSITION_NOT_ALLOWED' }]);
    const reinstated = await move({ to: 'TODO' }, coChair);
    expect(reinstated.data!.moveAction).toEqual({
      status: 'TODO',
      cancelledAt: null,
      cancellationReason: null,
    });

    // The audit trail keeps who cancelled it, when and why, though the action no longer shows it.
    const trail = await t.gql<{
      auditEvents: {
        edges: { node: { action: string; field: string; oldValue: unknown; newValue: unknown } }[];
      };
    }>(
      `query ($id: ID!) { auditEvents(filter: { entityId: $id }) { edges { node { action field oldValue newValue } } } }`,
      { id: study.id },
      { cookie: coChair },
    );
    const moves = trail
      .data!.auditEvents.edges.map((edge) => edge.node)
      .filter(
        (event) => event.action === 'MOVE' && event.field !== 'completedAt' && event.field !== 'cancelledAt',
      );
    expect(moves).toEqual([
      { action: 'MOVE', field: 'status', oldValue: 'TODO', newValue: 'IN_PROGRESS' },
      { action: 'MOVE', field: 'status', oldValue: 'IN_PROGRESS', newValue: 'CANCELLED' },
      { action: 'MOVE', field: 'cancellationReason', oldValue: null, newValue: reason },
      { action: 'MOVE', field: 'status', oldValue: 'CANCELLED', newValue: 'TODO' },
      { action: 'MOVE', field: 'cancellationReason', oldValue: reason, newValue: null },
    ]);
  });

  it('corrects the deciding milestone for the current period only, and not while the matter is deferred', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      { processId: ids.processId, title: 'Vice-presidents', decidingMilestoneId: ids.fifthId },
      coChair,
    );
    await mutate(
      t,
      MOVE_MATTER,
      { matterId: matter.id, to: 'DEFERRED', targetMilestoneId: ids.futureId },
      coChair,
    );
    const UPDATE_MATTER = `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`;
    const version = async () =>
      (
        await t.gql<{ matter: { version: number } }>(
          `query ($id: ID!) { matter(id: $id) { version } }`,
          { id: matter.id },
          { cookie: coChair },
        )
      ).data!.matter.version;
    const whileDeferred = await refused(UPDATE_MATTER, {
      id: matter.id,
      decidingMilestoneId: ids.prepId,
      expectedVersion: await version(),
    });
    expect(whileDeferred[0]!.extensions.guards).toMatchObject([
      { guard: 'DECIDING_MILESTONE_FIXED', field: 'decidingMilestoneId' },
    ]);
    await mutate(t, CREATE_OPTION, { matterId: matter.id, text: 'Eight vice-presidents' }, coChair);
    await mutate(t, MOVE_MATTER, { matterId: matter.id, to: 'OPTIONS_DEVELOPING' }, coChair);
    await mutate(
      t,
      UPDATE_MATTER,
      { id: matter.id, decidingMilestoneId: ids.prepId, expectedVersion: await version() },
      coChair,
    );

    const read = (asOf?: string) =>
      t.gql<{
        matter: { decidingMilestone: { shortTitle: string }; history: { toStatus: string; at: string }[] };
      }>(
        `query ($id: ID!, $asOf: DateTime) {
           matter(id: $id, asOf: $asOf) { decidingMilestone { shortTitle } history { toStatus at } } }`,
        { id: matter.id, asOf },
        { cookie: coChair },
      );
    const now = (await read()).data!.matter;
    expect(now.decidingMilestone.shortTitle).toBe('PREP1');
    const [identified, deferred] = now.history;
    expect([identified!.toStatus, deferred!.toStatus]).toEqual(['IDENTIFIED', 'DEFERRED']);
    // Before the deferral the matter was due at the Fifth Meeting; from it on, at the corrected meeting.
    expect((await read(identified!.at)).data!.matter.decidingMilestone.shortTitle).toBe('5MSP');
    expect((await read(deferred!.at)).data!.matter.decidingMilestone.shortTitle).toBe('PREP1');
  });

  it('refuses a dependency that would make a circle', async () => {
    const a = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'A',
        decidingMilestoneId: ids.futureId,
      },
      coChair,
    );
    const b = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'B',
        decidingMilestoneId: ids.futureId,
        dependsOnIds: [a.id],
      },
      coChair,
    );
    const errors = await refused(
      `mutation ($input: MatterDependencyInput!) { addMatterDependency(input: $input) { id } }`,
      { matterId: a.id, dependsOnId: b.id },
    );
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dependsOnId' });
    expect(errors[0]!.message).toMatch(/circle: "A" → "B" → "A"/);
  });
});

describe('bad input gets a clear error and loses nothing', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let accounts: RoleAccounts;
  let coChair: string;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    coChair = accounts.cookie.coChair!;
    ids = await createProcessWithMeetings(t, accounts);
  });

  afterAll(() => t.close());

  async function error(query: string, variables: Record<string, unknown>) {
    const response = await t.gql(query, variables, { cookie: coChair });
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response)).not.toMatch(/QueryFailedError|stack|SELECT |\n\s+at /);
    return response.errors![0]!;
  }

  it('names the field of an empty title', async () => {
    const e = await error(CREATE_MATTER, {
      input: { processId: ids.processId, title: '   ', decidingMilestoneId: ids.fifthId },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(e.message).toBe('The title cannot be blank.');
  });

  it('refuses a meeting that ends before it starts, or in an unknown time zone', async () => {
    const e = await error(
      `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      {
        input: {
          processId: ids.processId,
          kind: 'DEADLINE',
          title: 'Backwards',
          shortTitle: 'B',
          startsAt: '2003-09-19T10:00:00Z',
          endsAt: '2003-09-18T10:00:00Z',
          timeZone: 'Mars/Olympus_Mons',
          venue: 'Nowhere',
        },
      },
    );
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.guards!.map((g) => g.field).sort()).toEqual(['endsAt', 'timeZone']);
  });

  it('refuses a due date after the deciding milestone', async () => {
    const matter = await mutate<{ id: string }>(
      t,
      CREATE_MATTER,
      {
        processId: ids.processId,
        title: 'Costs',
        decidingMilestoneId: ids.fifthId,
      },
      coChair,
    );
    const e = await error(CREATE_ACTION, {
      input: { title: 'Too late', ownerRole: 'CO_CHAIRS', dueDate: '2003-09-20', servesMatterId: matter.id },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(e.message).toMatch(/2003-09-20/);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await error(CREATE_MATTER, {
      input: {
        processId: ids.processId,
        title: 'X',
        decidingMilestoneId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'decidingMilestoneId' });
    const malformed = await error(CREATE_MATTER, {
      input: { processId: 'nope', title: 'X', decidingMilestoneId: ids.fifthId },
    });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'processId' });
  });

  it('rejects a bad enum or date before anything runs', async () => {
    const response = await t.gql(
      `mutation { moveMatter(input: { matterId: "x", to: FINISHED }) { id } }`,
      {},
      { cookie: coChair },
    );
    expect(response.status).toBe(400);
    expect(response.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const date = await error(`query ($on: LocalDate) { presidencies(on: $on) { on } }`, { on: '2003-02-30' });
    expect(date.extensions.code).toBe('BAD_USER_INPUT');
    expect(date.message).toMatch(/YYYY-MM-DD/);
  });

  it('keeps the matter list unchanged after refused writes', async () => {
    const { data } = await t.gql<{ process: { matters: { totalCount: number } } }>(
      `query ($id: ID!) { process(id: $id) { matters { totalCount } } }`,
      { id: ids.processId },
      { cookie: coChair },
    );
    expect(data!.process.matters.totalCount).toBe(1);
  });
});
