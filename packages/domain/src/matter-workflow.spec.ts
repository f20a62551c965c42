import { render } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import {
  allowedMatterMoves,
  checkMatterMove,
  identifiedStep,
  isOpenMatter,
  type MatterMoveContext,
  type MatterMoveFacts,
  type MatterMoveFields,
  OPEN_MATTER_STATUSES,
  planDecidingMilestoneCorrection,
  planMatterMove,
} from './matter-workflow';
import { ActionStatus, MatterStatus, MilestoneStatus, OptionStage } from './model';

const { IDENTIFIED, OPTIONS_DEVELOPING, READY_FOR_DECISION, DECIDED, DEFERRED, WITHDRAWN } = MatterStatus;
const ALL = Object.values(MatterStatus);

const FIFTH_MSP = {
  title: 'Fifth Meeting of the States Parties',
  startsAt: new Date('2003-09-15T03:00:00Z'), // 10:00 in Bangkok
  status: MilestoneStatus.PLANNED,
};
const REVIEW_CONFERENCE = {
  title: 'First Review Conference',
  startsAt: new Date('2004-11-29T07:00:00Z'), // 10:00 in Nairobi
  status: MilestoneStatus.PLANNED,
};

/** A context in which every guard passes; DEFERRED also needs a `target`, which would change what DECIDED checks. */
function context(overrides: Partial<MatterMoveContext> = {}): MatterMoveContext {
  return {
    at: new Date('2003-09-19T10:00:00Z'),
    outcome: 'The meeting adopted the intersessional work programme for 2003-2004.',
    options: [{ stage: OptionStage.DRAFT_TEXT }],
    actions: [{ title: 'Circulate the draft decision', status: ActionStatus.DONE, blocksDecision: true }],
    dependencies: [{ title: 'Dates of the Review Conference', status: DECIDED }],
    decidingMilestone: FIFTH_MSP,
    target: null,
    note: 'Overtaken by the decision on the Review Conference.',
    ...overrides,
  };
}

const ALLOWED: [MatterStatus, MatterStatus][] = [
  [IDENTIFIED, OPTIONS_DEVELOPING],
  [IDENTIFIED, DEFERRED],
  [IDENTIFIED, WITHDRAWN],
  [OPTIONS_DEVELOPING, READY_FOR_DECISION],
  [OPTIONS_DEVELOPING, DEFERRED],
  [OPTIONS_DEVELOPING, WITHDRAWN],
  [READY_FOR_DECISION, OPTIONS_DEVELOPING],
  [READY_FOR_DECISION, DECIDED],
  [READY_FOR_DECISION, DEFERRED],
  [READY_FOR_DECISION, WITHDRAWN],
  [DEFERRED, OPTIONS_DEVELOPING],
  [DEFERRED, READY_FOR_DECISION],
  [DEFERRED, DECIDED],
  [DEFERRED, WITHDRAWN],
];
const isAllowed = (from: MatterStatus, to: MatterStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
const REFUSED = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
  ([f, t]) => !isAllowed(f, t),
);

function guards(from: MatterStatus, to: MatterStatus, ctx: MatterMoveContext): string[] {
  return checkMatterMove(from, to, ctx).map((failure) => failure.guard);
}

describe('open statuses', () => {
  it('are the four on the way to a decision', () => {
    expect(OPEN_MATTER_STATUSES).toEqual([IDENTIFIED, OPTIONS_DEVELOPING, READY_FOR_DECISION, DEFERRED]);
  });

  it.each([
    [IDENTIFIED, true],
    [OPTIONS_DEVELOPING, true],
    [READY_FOR_DECISION, true],
    [DEFERRED, true],
    [DECIDED, false],
    [WITHDRAWN, false],
  ])('isOpenMatter(%s) is %p', (status, open) => expect(isOpenMatter(status)).toBe(open));
});

describe('allowedMatterMoves', () => {
  it.each(ALL)('lists exactly the moves from %s', (from) => {
    const expected = ALLOWED.filter(([f]) => f === from).map(([, to]) => to);
    expect(allowedMatterMoves(from)).toEqual(expected);
  });

  it('has no moves out of DECIDED or WITHDRAWN', () => {
    expect(allowedMatterMoves(DECIDED)).toEqual([]);
    expect(allowedMatterMoves(WITHDRAWN)).toEqual([]);
  });

  it('returns a copy the caller may change', () => {
    allowedMatterMoves(IDENTIFIED).push(DECIDED);
    expect(allowedMatterMoves(IDENTIFIED)).not.toContain(DECIDED);
  });
});

describe('checkMatterMove: the table', () => {
  it.each(ALLOWED)('allows %s → %s when the guards pass', (from, to) => {
    const target = to === DEFERRED ? REVIEW_CONFERENCE : null;
    expect(checkMatterMove(from, to, context({ target }))).toEqual([]);
  });

  it.each(REFUSED)('refuses %s → %s', (from, to) => {
    const failures = checkMatterMove(from, to, context());
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ guard: 'TRANSITION_NOT_ALLOWED', field: 'to' });
  });

  it('has 22 refused moves out of 36', () => {
    expect(REFUSED).toHaveLength(22);
  });

  it('lists the allowed moves when it refuses one', () => {
    expect(checkMatterMove(IDENTIFIED, DECIDED, context())).toMatchObject([
      {
        guard: 'TRANSITION_NOT_ALLOWED',
        field: 'to',
        message:
          "A matter that is 'Identified' cannot move to 'Decided'; it can move to 'Options being developed', 'Deferred' or 'Withdrawn'.",
      },
    ]);
  });

  it('refuses a move to the same status', () => {
    expect(checkMatterMove(DEFERRED, DEFERRED, context())[0]?.message).toBe(
      "The matter is already 'Deferred'; it can move to 'Options being developed', 'Ready for decision', 'Decided' or 'Withdrawn'.",
    );
  });

  it('says a decided or withdrawn matter is final', () => {
    expect(checkMatterMove(DECIDED, DEFERRED, context())[0]?.message).toBe(
      "A matter that is 'Decided' is final and cannot move to 'Deferred'.",
    );
    expect(checkMatterMove(WITHDRAWN, WITHDRAWN, context())[0]?.message).toBe(
      "A matter that is 'Withdrawn' is final and cannot move to 'Withdrawn'.",
    );
  });

  it("reports a refused move alone, without the destination's guards", () => {
    expect(guards(IDENTIFIED, DECIDED, context({ outcome: null, dependencies: [] }))).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });
});

describe('checkMatterMove to OPTIONS_DEVELOPING', () => {
  it('needs an option', () => {
    expect(checkMatterMove(IDENTIFIED, OPTIONS_DEVELOPING, context({ options: [] }))).toMatchObject([
      {
        guard: 'OPTION_REQUIRED',
        field: 'options',
        message: 'Table at least one option before developing options; the matter has none yet.',
      },
    ]);
  });

  it('does not count withdrawn options', () => {
    const failures = checkMatterMove(
      DEFERRED,
      OPTIONS_DEVELOPING,
      context({ options: [{ stage: OptionStage.WITHDRAWN }, { stage: OptionStage.WITHDRAWN }] }),
    );
    expect(failures).toMatchObject([
      {
        guard: 'OPTION_REQUIRED',
        field: 'options',
        message:
          'Every option on the matter has been withdrawn; table or re-table one before developing options.',
      },
    ]);
  });

  it('accepts a single tabled option', () => {
    expect(
      checkMatterMove(IDENTIFIED, OPTIONS_DEVELOPING, context({ options: [{ stage: OptionStage.TABLED }] })),
    ).toEqual([]);
  });
});

describe('checkMatterMove to READY_FOR_DECISION', () => {
  it('names the furthest option when none has draft text', () => {
    const options = [
      { stage: OptionStage.TABLED },
      { stage: OptionStage.CONVERGING },
      { stage: OptionStage.ELABORATED },
    ];
    expect(checkMatterMove(OPTIONS_DEVELOPING, READY_FOR_DECISION, context({ options }))).toMatchObject([
      {
        guard: 'DRAFT_TEXT_REQUIRED',
        field: 'options',
        message:
          "An option must reach the draft-text stage before the matter can be ready for decision; the furthest option is at 'Converging'.",
      },
    ]);
  });

  it('says so when there is no option on the table', () => {
    expect(
      checkMatterMove(
        DEFERRED,
        READY_FOR_DECISION,
        context({ options: [{ stage: OptionStage.WITHDRAWN }] }),
      )[0]?.message,
    ).toBe(
      'An option must reach the draft-text stage before the matter can be ready for decision; the matter has no option on the table.',
    );
  });

  it.each([OptionStage.DRAFT_TEXT, OptionStage.ADOPTED])('accepts an option at %s', (stage) => {
    const options = [{ stage: OptionStage.TABLED }, { stage }];
    expect(checkMatterMove(OPTIONS_DEVELOPING, READY_FOR_DECISION, context({ options }))).toEqual([]);
  });

  it('is not held back by a blocking action that was cancelled', () => {
    const actions = [
      { title: 'Commission a legal study', status: ActionStatus.CANCELLED, blocksDecision: true },
      { title: 'Circulate the draft decision', status: ActionStatus.DONE, blocksDecision: true },
    ];
    expect(checkMatterMove(OPTIONS_DEVELOPING, READY_FOR_DECISION, context({ actions }))).toEqual([]);
  });

  it('names the one open action that blocks the decision', () => {
    const actions = [
      { title: 'Consult the co-chairs on the draft', status: ActionStatus.IN_PROGRESS, blocksDecision: true },
      { title: 'Book interpretation', status: ActionStatus.TODO, blocksDecision: false },
    ];
    expect(checkMatterMove(OPTIONS_DEVELOPING, READY_FOR_DECISION, context({ actions }))).toMatchObject([
      {
        guard: 'BLOCKING_ACTIONS_OPEN',
        field: 'actions',
        message:
          "1 action that blocks the decision is not done yet: 'Consult the co-chairs on the draft' (In progress).",
      },
    ]);
  });

  it('names every open blocking action', () => {
    const actions = [
      { title: 'Consult the co-chairs', status: ActionStatus.TODO, blocksDecision: true },
      { title: 'Cost the options', status: ActionStatus.DONE, blocksDecision: true },
      { title: 'Obtain legal advice', status: ActionStatus.BLOCKED, blocksDecision: true },
    ];
    expect(checkMatterMove(OPTIONS_DEVELOPING, READY_FOR_DECISION, context({ actions }))[0]?.message).toBe(
      "2 actions that block the decision are not done yet: 'Consult the co-chairs' (To do) and 'Obtain legal advice' (Blocked).",
    );
  });

  it('reports both guards when both fail', () => {
    const ctx = context({
      options: [{ stage: OptionStage.ELABORATED }],
      actions: [{ title: 'Consult the co-chairs', status: ActionStatus.TODO, blocksDecision: true }],
    });
    expect(guards(DEFERRED, READY_FOR_DECISION, ctx)).toEqual([
      'DRAFT_TEXT_REQUIRED',
      'BLOCKING_ACTIONS_OPEN',
    ]);
  });
});

describe('checkMatterMove to DECIDED', () => {
  it.each([null, '', '   \n'])('needs an outcome (not %p)', (outcome) => {
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ outcome }))).toMatchObject([
      {
        guard: 'OUTCOME_REQUIRED',
        field: 'outcome',
        message: 'Record the outcome, what was decided, before marking the matter decided.',
      },
    ]);
  });

  it('refuses before the deciding milestone starts, giving its local start when the zone is known', () => {
    const before = new Date('2003-09-15T02:59:00Z');
    const decidingMilestone = { ...FIFTH_MSP, timeZone: 'Asia/Bangkok' };
    expect(
      checkMatterMove(READY_FOR_DECISION, DECIDED, context({ at: before, decidingMilestone })),
    ).toMatchObject([
      {
        guard: 'MILESTONE_NOT_STARTED',
        field: 'targetMilestoneId',
        message:
          "The matter cannot be decided before 'Fifth Meeting of the States Parties' starts (2003-09-15 10:00 Asia/Bangkok).",
      },
    ]);
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ at: before }))[0]?.message).toBe(
      "The matter cannot be decided before 'Fifth Meeting of the States Parties' starts (2003-09-15 03:00 UTC).",
    );
  });

  it('allows the decision from the very start of the milestone', () => {
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ at: FIFTH_MSP.startsAt }))).toEqual([]);
  });

  it('refuses a cancelled milestone', () => {
    const decidingMilestone = { ...FIFTH_MSP, status: MilestoneStatus.CANCELLED };
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ decidingMilestone }))).toMatchObject([
      {
        guard: 'MILESTONE_CANCELLED',
        field: 'targetMilestoneId',
        message:
          "'Fifth Meeting of the States Parties' was cancelled, so the matter cannot have been decided there; name the milestone where it was decided.",
      },
    ]);
  });

  it('checks the target milestone instead of the deciding one when one is given', () => {
    const at = new Date('2004-12-03T12:00:00Z');
    const later = { ...REVIEW_CONFERENCE, status: MilestoneStatus.HELD };
    // Deferred from the Fifth Meeting and decided at the Review Conference.
    expect(checkMatterMove(DEFERRED, DECIDED, context({ at, target: later }))).toEqual([]);
    // The target has not started yet, even though the deciding milestone has.
    expect(guards(DEFERRED, DECIDED, context({ target: REVIEW_CONFERENCE }))).toEqual([
      'MILESTONE_NOT_STARTED',
    ]);
    expect(
      guards(DEFERRED, DECIDED, context({ at, target: { ...later, status: MilestoneStatus.CANCELLED } })),
    ).toEqual(['MILESTONE_CANCELLED']);
  });

  it('names the one undecided dependency', () => {
    const dependencies = [
      { title: 'Dates of the Review Conference', status: DECIDED },
      { title: 'Cost estimates', status: WITHDRAWN },
      { title: 'Venue of the Review Conference', status: OPTIONS_DEVELOPING },
    ];
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ dependencies }))).toMatchObject([
      {
        guard: 'DEPENDENCIES_UNDECIDED',
        field: 'dependencies',
        message:
          "The matter depends on 1 matter that is not decided yet: 'Venue of the Review Conference' (Options being developed).",
      },
    ]);
  });

  it('names every undecided dependency', () => {
    const dependencies = [
      { title: 'Venue of the Review Conference', status: DEFERRED },
      { title: 'President-designate', status: IDENTIFIED },
    ];
    expect(checkMatterMove(READY_FOR_DECISION, DECIDED, context({ dependencies }))[0]?.message).toBe(
      "The matter depends on 2 matters that are not decided yet: 'Venue of the Review Conference' (Deferred) and 'President-designate' (Identified).",
    );
  });

  it('reports every failing guard at once', () => {
    const ctx = context({
      at: new Date('2003-06-01T00:00:00Z'),
      outcome: ' ',
      decidingMilestone: { ...FIFTH_MSP, status: MilestoneStatus.CANCELLED },
      dependencies: [{ title: 'Venue', status: READY_FOR_DECISION }],
    });
    expect(guards(READY_FOR_DECISION, DECIDED, ctx)).toEqual([
      'OUTCOME_REQUIRED',
      'MILESTONE_CANCELLED',
      'MILESTONE_NOT_STARTED',
      'DEPENDENCIES_UNDECIDED',
    ]);
  });
});

describe('checkMatterMove to DEFERRED', () => {
  it.each([undefined, null])('needs a target milestone (not %p)', (target) => {
    expect(checkMatterMove(OPTIONS_DEVELOPING, DEFERRED, context({ target }))).toMatchObject([
      {
        guard: 'TARGET_MILESTONE_REQUIRED',
        field: 'targetMilestoneId',
        message: 'Name the later milestone the matter is deferred to.',
      },
    ]);
  });

  it('accepts a later milestone', () => {
    expect(checkMatterMove(IDENTIFIED, DEFERRED, context({ target: REVIEW_CONFERENCE }))).toEqual([]);
  });

  it('refuses a milestone that starts no later than the deciding one', () => {
    const fourthMsp = {
      title: 'Fourth Meeting of the States Parties',
      startsAt: new Date('2002-09-16T08:00:00Z'),
      status: MilestoneStatus.HELD,
      timeZone: 'Europe/Zurich',
    };
    const decidingMilestone = { ...FIFTH_MSP, timeZone: 'Asia/Bangkok' };
    expect(
      checkMatterMove(READY_FOR_DECISION, DEFERRED, context({ decidingMilestone, target: fourthMsp })),
    ).toMatchObject([
      {
        guard: 'TARGET_NOT_LATER',
        field: 'targetMilestoneId',
        message:
          "A matter can only be deferred to a milestone that starts after 'Fifth Meeting of the States Parties' (2003-09-15 10:00 Asia/Bangkok); 'Fourth Meeting of the States Parties' starts 2002-09-16 10:00 Europe/Zurich.",
      },
    ]);
    expect(
      guards(READY_FOR_DECISION, DEFERRED, context({ target: { ...FIFTH_MSP, title: 'Same day' } })),
    ).toEqual(['TARGET_NOT_LATER']);
  });

  it('refuses a cancelled milestone', () => {
    const target = { ...REVIEW_CONFERENCE, status: MilestoneStatus.CANCELLED };
    expect(checkMatterMove(IDENTIFIED, DEFERRED, context({ target }))).toMatchObject([
      {
        guard: 'MILESTONE_CANCELLED',
        field: 'targetMilestoneId',
        message:
          "'First Review Conference' was cancelled; defer the matter to a milestone that will take place.",
      },
    ]);
  });

  it('reports an earlier and cancelled milestone twice over', () => {
    const target = {
      ...FIFTH_MSP,
      startsAt: new Date('2003-02-03T08:00:00Z'),
      status: MilestoneStatus.CANCELLED,
    };
    expect(guards(IDENTIFIED, DEFERRED, context({ target }))).toEqual([
      'TARGET_NOT_LATER',
      'MILESTONE_CANCELLED',
    ]);
  });
});

describe('checkMatterMove to WITHDRAWN', () => {
  it.each([undefined, null, '', '  '])('needs a reason (not %p)', (note) => {
    expect(checkMatterMove(IDENTIFIED, WITHDRAWN, context({ note }))).toMatchObject([
      { guard: 'REASON_REQUIRED', field: 'note', message: 'Give the reason the matter is withdrawn.' },
    ]);
  });

  it('ignores guards that belong to other destinations', () => {
    const ctx = context({ options: [], outcome: null, target: null, note: 'Merged into another matter.' });
    expect(checkMatterMove(DEFERRED, WITHDRAWN, ctx)).toEqual([]);
  });
});

describe('a refusal in the reader’s language', () => {
  it('carries the code and parameters the catalogue says it with, and its English message', () => {
    const [failure] = checkMatterMove(IDENTIFIED, DECIDED, context());
    expect(failure).toEqual({
      guard: 'TRANSITION_NOT_ALLOWED',
      field: 'to',
      code: 'MATTER_MOVE_NOT_ALLOWED',
      params: {
        from: IDENTIFIED,
        to: DECIDED,
        allowed: [OPTIONS_DEVELOPING, DEFERRED, WITHDRAWN].map((status) => ({
          code: 'MATTER_STATUS_NAME',
          params: { status },
        })),
      },
      message: render(failure!, 'en', LOOKUPS.en),
    });
    expect(render(failure!, 'fr', LOOKUPS.fr)).toBe(
      'Une question « Identifiée » ne peut pas passer à « Décidée » ; elle peut passer à « Options en élaboration », « Reportée » ou « Retirée ».',
    );
  });

  it('says every guard of a move in French and Spanish, titles and all', () => {
    const failures = checkMatterMove(
      OPTIONS_DEVELOPING,
      READY_FOR_DECISION,
      context({
        options: [{ stage: OptionStage.CONVERGING }],
        actions: [{ title: 'Consult the co-chairs', status: ActionStatus.BLOCKED, blocksDecision: true }],
      }),
    );
    expect(failures.map((failure) => render(failure, 'fr', LOOKUPS.fr))).toEqual([
      'Une option doit atteindre le stade du projet de texte avant que la question soit prête pour décision ; l’option la plus avancée en est à « En convergence ».',
      '1 action qui bloque la décision n’est pas encore faite : « Consult the co-chairs » (Bloquée).',
    ]);
    expect(failures.map((failure) => render(failure, 'es', LOOKUPS.es))).toEqual([
      'Una opción debe llegar a la etapa de proyecto de texto antes de que la cuestión esté lista para decisión; la opción más avanzada está en «En convergencia».',
      '1 acción que bloquea la decisión aún no está hecha: «Consult the co-chairs» (Bloqueada).',
    ]);
  });
});

describe('planMatterMove', () => {
  const fifth = { ...FIFTH_MSP, id: 'fifth-msp' };
  const review = { ...REVIEW_CONFERENCE, id: 'review-conference' };
  const matter: MatterMoveFields = {
    status: READY_FOR_DECISION,
    outcome: null,
    decidingMilestoneId: fifth.id,
    outcomeMilestoneId: null,
  };
  const { at, options, actions, dependencies } = context();
  const facts: MatterMoveFacts = { at, options, actions, dependencies, decidingMilestone: fifth };
  const OUTCOME = 'The meeting decided to hold the Review Conference in Nairobi.';

  it('decides with the outcome given, trimmed, at the deciding meeting by default', () => {
    expect(planMatterMove(matter, { to: DECIDED, outcome: `  ${OUTCOME} ` }, facts)).toEqual({
      allowed: true,
      changes: {
        status: DECIDED,
        outcome: OUTCOME,
        decidingMilestoneId: fifth.id,
        outcomeMilestoneId: fifth.id,
      },
      history: {
        fromStatus: READY_FOR_DECISION,
        toStatus: DECIDED,
        at,
        atMilestoneId: fifth.id,
        decidingMilestoneId: fifth.id,
        note: OUTCOME,
      },
    });
  });

  it('decides with the outcome already written when none is given, at the meeting named', () => {
    const plan = planMatterMove(
      { ...matter, status: DEFERRED, outcome: OUTCOME },
      { to: DECIDED, outcome: '   ', target: review },
      { ...facts, at: new Date('2004-12-03T12:00:00Z') },
    );
    expect(plan).toMatchObject({
      allowed: true,
      changes: { outcome: OUTCOME, outcomeMilestoneId: review.id, decidingMilestoneId: fifth.id },
      history: { fromStatus: DEFERRED, atMilestoneId: review.id, note: OUTCOME },
    });
  });

  it('defers to the later milestone, the step taken at the one it leaves', () => {
    const plan = planMatterMove(
      matter,
      { to: DEFERRED, target: review, note: 'Left to the Review Conference' },
      facts,
    );
    expect(plan).toEqual({
      allowed: true,
      changes: {
        status: DEFERRED,
        outcome: null,
        decidingMilestoneId: review.id,
        outcomeMilestoneId: review.id,
      },
      history: {
        fromStatus: READY_FOR_DECISION,
        toStatus: DEFERRED,
        at,
        atMilestoneId: fifth.id,
        decidingMilestoneId: review.id,
        note: 'Left to the Review Conference',
      },
    });
  });

  it('withdraws with the reason as the note, and changes nothing else', () => {
    const plan = planMatterMove(
      matter,
      { to: WITHDRAWN, note: ' Overtaken by events ', outcome: OUTCOME },
      facts,
    );
    expect(plan).toEqual({
      allowed: true,
      changes: { ...matter, status: WITHDRAWN },
      history: {
        fromStatus: READY_FOR_DECISION,
        toStatus: WITHDRAWN,
        at,
        atMilestoneId: null,
        decidingMilestoneId: fifth.id,
        note: 'Overtaken by events',
      },
    });
  });

  it('returns only the fields a move changes, whatever else the record holds', () => {
    const entity = { ...matter, id: 'm1', title: 'Costs', version: 4 };
    const plan = planMatterMove(entity, { to: OPTIONS_DEVELOPING }, facts);
    expect(plan.allowed && Object.keys(plan.changes).sort()).toEqual([
      'decidingMilestoneId',
      'outcome',
      'outcomeMilestoneId',
      'status',
    ]);
  });

  it('refuses with every failed guard, and plans no change', () => {
    const plan = planMatterMove(
      { ...matter, decidingMilestoneId: review.id },
      { to: DECIDED, outcome: ' ' },
      {
        ...facts,
        decidingMilestone: review,
        dependencies: [{ title: 'Dates of the Review Conference', status: READY_FOR_DECISION }],
      },
    );
    expect(plan.allowed).toBe(false);
    expect(!plan.allowed && plan.refusals.map((failure) => failure.guard)).toEqual([
      'OUTCOME_REQUIRED',
      'MILESTONE_NOT_STARTED',
      'DEPENDENCIES_UNDECIDED',
    ]);
    expect(plan).not.toHaveProperty('changes');
  });

  it('refuses a deferral without a target, and a withdrawal without a reason', () => {
    expect(planMatterMove(matter, { to: DEFERRED }, facts)).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'TARGET_MILESTONE_REQUIRED' }],
    });
    expect(planMatterMove(matter, { to: WITHDRAWN, note: '  ' }, facts)).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'REASON_REQUIRED' }],
    });
  });

  it('refuses a move out of a final status', () => {
    expect(
      planMatterMove({ ...matter, status: DECIDED }, { to: DEFERRED, target: review }, facts),
    ).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'TRANSITION_NOT_ALLOWED', code: 'MATTER_MOVE_FINAL' }],
    });
  });
});

describe('identifiedStep', () => {
  it('starts every history, due at the milestone the matter was made for', () => {
    const at = new Date('2002-06-27T13:00:00Z');
    expect(identifiedStep('fifth-msp', at)).toEqual({
      fromStatus: null,
      toStatus: IDENTIFIED,
      at,
      atMilestoneId: null,
      decidingMilestoneId: 'fifth-msp',
      note: null,
    });
  });
});

describe('planDecidingMilestoneCorrection', () => {
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const steps = [
    { id: 'identified', toStatus: IDENTIFIED, at: day('2002-06-27') },
    { id: 'developing', toStatus: OPTIONS_DEVELOPING, at: day('2002-09-20') },
  ];

  it('rewrites every step of a matter never deferred', () => {
    expect(planDecidingMilestoneCorrection({ status: OPTIONS_DEVELOPING }, 'fourth-msp', steps)).toEqual({
      allowed: true,
      changes: { decidingMilestoneId: 'fourth-msp' },
      history: { rewrittenStepIds: ['identified', 'developing'] },
    });
  });

  it('rewrites only the steps from the last deferral on', () => {
    const deferredTwice = [
      ...steps,
      { id: 'deferred-1', toStatus: DEFERRED, at: day('2003-09-19') },
      { id: 'reopened-1', toStatus: OPTIONS_DEVELOPING, at: day('2004-02-13') },
      { id: 'deferred-2', toStatus: DEFERRED, at: day('2004-06-29') },
      { id: 'reopened-2', toStatus: READY_FOR_DECISION, at: day('2004-11-29') },
    ];
    const plan = planDecidingMilestoneCorrection({ status: READY_FOR_DECISION }, 'review', deferredTwice);
    expect(plan.allowed && plan.history.rewrittenStepIds).toEqual(['deferred-2', 'reopened-2']);
  });

  it('refuses while the matter is deferred: only deferring again moves it', () => {
    expect(planDecidingMilestoneCorrection({ status: DEFERRED }, 'review', steps)).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'DECIDING_MILESTONE_FIXED', code: 'DECIDING_MILESTONE_FIXED_DEFERRED' }],
    });
  });

  it.each([DECIDED, WITHDRAWN])('refuses once the matter is %s', (status) => {
    expect(planDecidingMilestoneCorrection({ status }, 'review', steps)).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'DECIDING_MILESTONE_FIXED', field: 'decidingMilestoneId', params: { status } }],
    });
  });
});
