// The path a matter takes to its decision, and the guards that keep a status honest: a matter is only "ready"
// with draft text on the table, only "decided" with an outcome at a meeting that has met.
import { phrase, refusal, type GuardFailure } from './guard-failure';
import { isActionOpen } from './action-workflow';
import { type ActionStatus, MatterStatus, MilestoneStatus, OptionStage } from './model';
import { furthestOptionStage, optionStageRank } from './option-workflow';
import { refused, refuseMatterMove, trimmedOrNull, type MovePlan } from './transition';
import { describeStart, shorten } from './wording';

/** A milestone as the guards need it; with `timeZone`, messages give its start in local time rather than UTC. */
export interface MatterMilestone {
  title: string;
  startsAt: Date;
  status: MilestoneStatus;
  timeZone?: string;
}

export interface MatterMoveContext {
  at: Date;
  outcome: string | null;
  options: { stage: OptionStage }[];
  actions: { title: string; status: ActionStatus; blocksDecision: boolean }[];
  dependencies: { title: string; status: MatterStatus }[];
  decidingMilestone: MatterMilestone;
  /** For DEFERRED the milestone deferred to; for DECIDED where it was decided (absent: the deciding milestone). */
  target?: MatterMilestone | null;
  /** The reason, required to withdraw. */
  note?: string | null;
}

/** Statuses still on the way to a decision: DECIDED and WITHDRAWN are final. */
export const OPEN_MATTER_STATUSES: readonly MatterStatus[] = [
  MatterStatus.IDENTIFIED,
  MatterStatus.OPTIONS_DEVELOPING,
  MatterStatus.READY_FOR_DECISION,
  MatterStatus.DEFERRED,
];

const MATTER_MOVES: Record<MatterStatus, readonly MatterStatus[]> = {
  IDENTIFIED: [MatterStatus.OPTIONS_DEVELOPING, MatterStatus.DEFERRED, MatterStatus.WITHDRAWN],
  OPTIONS_DEVELOPING: [MatterStatus.READY_FOR_DECISION, MatterStatus.DEFERRED, MatterStatus.WITHDRAWN],
  // Back to OPTIONS_DEVELOPING when the draft text comes apart in the room.
  READY_FOR_DECISION: [
    MatterStatus.OPTIONS_DEVELOPING,
    MatterStatus.DECIDED,
    MatterStatus.DEFERRED,
    MatterStatus.WITHDRAWN,
  ],
  // A deferred matter opens again at the later milestone, possibly straight at its decision.
  DEFERRED: [
    MatterStatus.OPTIONS_DEVELOPING,
    MatterStatus.READY_FOR_DECISION,
    MatterStatus.DECIDED,
    MatterStatus.WITHDRAWN,
  ],
  DECIDED: [],
  WITHDRAWN: [],
};

export function isOpenMatter(status: MatterStatus): boolean {
  return OPEN_MATTER_STATUSES.includes(status);
}

export function allowedMatterMoves(from: MatterStatus): MatterStatus[] {
  return [...MATTER_MOVES[from]];
}

/**
 * Empty when the matter may move from `from` to `to`; otherwise every guard that fails. A move the workflow does
 * not have is reported alone, since the destination's guards would not make it possible.
 */
export function checkMatterMove(
  from: MatterStatus,
  to: MatterStatus,
  ctx: MatterMoveContext,
): GuardFailure[] {
  if (!MATTER_MOVES[from].includes(to)) return [refuseMatterMove(from, to, MATTER_MOVES[from])];
  switch (to) {
    case MatterStatus.OPTIONS_DEVELOPING:
      return checkOptionsDeveloping(ctx);
    case MatterStatus.READY_FOR_DECISION:
      return checkReadyForDecision(ctx);
    case MatterStatus.DECIDED:
      return checkDecided(ctx);
    case MatterStatus.DEFERRED:
      return checkDeferred(ctx);
    case MatterStatus.WITHDRAWN:
      return checkWithdrawn(ctx);
    default:
      // IDENTIFIED: no move leads back to it, so the table has already refused.
      return [];
  }
}

function isBlank(text: string | null | undefined): boolean {
  return (text ?? '').trim() === '';
}

function checkOptionsDeveloping(ctx: MatterMoveContext): GuardFailure[] {
  if (furthestOptionStage(ctx.options) !== null) return [];
  const code = ctx.options.length === 0 ? 'OPTION_REQUIRED' : 'OPTION_REQUIRED_ALL_WITHDRAWN';
  return [refusal('OPTION_REQUIRED', 'options', code, {})];
}

function checkReadyForDecision(ctx: MatterMoveContext): GuardFailure[] {
  const failures: GuardFailure[] = [];
  const furthest = furthestOptionStage(ctx.options);
  if (furthest === null) {
    failures.push(refusal('DRAFT_TEXT_REQUIRED', 'options', 'DRAFT_TEXT_REQUIRED_NO_OPTION', {}));
  } else if (optionStageRank(furthest) < optionStageRank(OptionStage.DRAFT_TEXT)) {
    failures.push(refusal('DRAFT_TEXT_REQUIRED', 'options', 'DRAFT_TEXT_REQUIRED', { stage: furthest }));
  }
  const blocking = ctx.actions.filter((action) => action.blocksDecision && isActionOpen(action.status));
  if (blocking.length > 0) {
    failures.push(
      refusal('BLOCKING_ACTIONS_OPEN', 'actions', 'BLOCKING_ACTIONS_OPEN', {
        count: blocking.length,
        actions: blocking.map(({ title, status }) =>
          phrase('ACTION_WITH_STATUS', { title: shorten(title), status }),
        ),
      }),
    );
  }
  return failures;
}

function checkDecided(ctx: MatterMoveContext): GuardFailure[] {
  const failures: GuardFailure[] = [];
  if (isBlank(ctx.outcome)) failures.push(refusal('OUTCOME_REQUIRED', 'outcome', 'OUTCOME_REQUIRED', {}));
  const milestone = ctx.target ?? ctx.decidingMilestone;
  const meeting = shorten(milestone.title);
  if (milestone.status === MilestoneStatus.CANCELLED) {
    failures.push(refusal('MILESTONE_CANCELLED', 'targetMilestoneId', 'DECIDED_AT_CANCELLED', { meeting }));
  }
  if (ctx.at.getTime() < milestone.startsAt.getTime()) {
    failures.push(
      refusal('MILESTONE_NOT_STARTED', 'targetMilestoneId', 'MILESTONE_NOT_STARTED', {
        meeting,
        start: describeStart(milestone.startsAt, milestone.timeZone),
      }),
    );
  }
  const undecided = ctx.dependencies.filter(
    ({ status }) => status !== MatterStatus.DECIDED && status !== MatterStatus.WITHDRAWN,
  );
  if (undecided.length > 0) {
    failures.push(
      refusal('DEPENDENCIES_UNDECIDED', 'dependencies', 'DEPENDENCIES_UNDECIDED', {
        count: undecided.length,
        matters: undecided.map(({ title, status }) =>
          phrase('MATTER_WITH_STATUS', { title: shorten(title), status }),
        ),
      }),
    );
  }
  return failures;
}

function checkDeferred(ctx: MatterMoveContext): GuardFailure[] {
  const { target, decidingMilestone: current } = ctx;
  if (!target) {
    return [refusal('TARGET_MILESTONE_REQUIRED', 'targetMilestoneId', 'TARGET_MILESTONE_REQUIRED', {})];
  }
  const failures: GuardFailure[] = [];
  if (target.startsAt.getTime() <= current.startsAt.getTime()) {
    failures.push(
      refusal('TARGET_NOT_LATER', 'targetMilestoneId', 'TARGET_NOT_LATER', {
        current: shorten(current.title),
        currentStart: describeStart(current.startsAt, current.timeZone),
        target: shorten(target.title),
        targetStart: describeStart(target.startsAt, target.timeZone),
      }),
    );
  }
  if (target.status === MilestoneStatus.CANCELLED) {
    failures.push(
      refusal('MILESTONE_CANCELLED', 'targetMilestoneId', 'DEFERRED_TO_CANCELLED', {
        meeting: shorten(target.title),
      }),
    );
  }
  return failures;
}

function checkWithdrawn(ctx: MatterMoveContext): GuardFailure[] {
  if (!isBlank(ctx.note)) return [];
  return [refusal('REASON_REQUIRED', 'note', 'REASON_REQUIRED', {})];
}

/** The fields of a matter that its moves change. */
export interface MatterMoveFields {
  status: MatterStatus;
  outcome: string | null;
  decidingMilestoneId: string;
  /** Where it was decided, or the milestone it was last deferred to. */
  outcomeMilestoneId: string | null;
}

/** One step of a matter through its workflow, as its history keeps it. */
export interface MatterStep {
  fromStatus: MatterStatus | null;
  toStatus: MatterStatus;
  at: Date;
  /** The milestone where the step was taken (decided at, deferred at), where there is one. */
  atMilestoneId: string | null;
  /** The deciding milestone in force after the step. */
  decidingMilestoneId: string;
  note: string | null;
}

export type MatterMovePlan = MovePlan<MatterMoveFields, MatterStep>;

/** Only the fields a move changes, from a record that may hold more. */
export function moveFields(matter: MatterMoveFields): MatterMoveFields {
  const { status, outcome, decidingMilestoneId, outcomeMilestoneId } = matter;
  return { status, outcome, decidingMilestoneId, outcomeMilestoneId };
}

type WithId<M> = M & { id: string };

/** What the mover asks for: the outcome and the milestone only where the move uses them. */
export interface MatterMoveRequest {
  to: MatterStatus;
  outcome?: string | null;
  note?: string | null;
  target?: WithId<MatterMilestone> | null;
}

/** What the guards read besides the matter and the request; the services load it as the mover may see it. */
export type MatterMoveFacts = Pick<MatterMoveContext, 'at' | 'options' | 'actions' | 'dependencies'> & {
  decidingMilestone: WithId<MatterMilestone>;
};

/**
 * Everything a move of a matter changes, or every guard that refuses it. A decision records the outcome (the one
 * given, else the one already written) and where it was taken, the meeting by default; a deferral moves the
 * deciding milestone and records the step at the meeting it leaves. The step's note is the outcome for a
 * decision, else the mover's note.
 */
export function planMatterMove(
  matter: MatterMoveFields,
  request: MatterMoveRequest,
  facts: MatterMoveFacts,
): MatterMovePlan {
  const outcome = trimmedOrNull(request.outcome) ?? matter.outcome;
  const target = request.target ?? null;
  const refusals = checkMatterMove(matter.status, request.to, {
    ...facts,
    outcome,
    target,
    note: request.note,
  });
  if (refusals.length > 0) return refused(refusals);
  const changes: MatterMoveFields = { ...moveFields(matter), status: request.to };
  let atMilestoneId: string | null = null;
  let note = trimmedOrNull(request.note);
  if (request.to === MatterStatus.DECIDED) {
    changes.outcome = outcome;
    changes.outcomeMilestoneId = target?.id ?? facts.decidingMilestone.id;
    atMilestoneId = changes.outcomeMilestoneId;
    note = outcome;
  } else if (request.to === MatterStatus.DEFERRED) {
    // The guards have required the target.
    atMilestoneId = facts.decidingMilestone.id;
    changes.decidingMilestoneId = target!.id;
    changes.outcomeMilestoneId = target!.id;
  }
  return {
    allowed: true,
    changes,
    history: {
      fromStatus: matter.status,
      toStatus: request.to,
      at: facts.at,
      atMilestoneId,
      decidingMilestoneId: changes.decidingMilestoneId,
      note,
    },
  };
}

/** The first step of every matter: identified, due at the milestone it was made for. */
export function identifiedStep(decidingMilestoneId: string, at: Date): MatterStep {
  return {
    fromStatus: null,
    toStatus: MatterStatus.IDENTIFIED,
    at,
    atMilestoneId: null,
    decidingMilestoneId,
    note: null,
  };
}

/** A step already in a matter's history, as a correction of its deciding milestone reads it. */
export interface RecordedMatterStep {
  id: string;
  toStatus: MatterStatus;
  at: Date;
}

/**
 * A correction of the deciding milestone, not a deferral: allowed while the matter is open and has not been
 * deferred (a deferred matter's milestone is the one it was deferred to, moved only by deferring again). The
 * steps since the matter last changed meeting (all of them, or those from its last deferral on) are rewritten, so
 * "as of" reads show the corrected milestone for the whole current period.
 */
export function planDecidingMilestoneCorrection(
  matter: Pick<MatterMoveFields, 'status'>,
  milestoneId: string,
  steps: readonly RecordedMatterStep[],
): MovePlan<{ decidingMilestoneId: string }, { rewrittenStepIds: string[] }> {
  if (matter.status === MatterStatus.DEFERRED) {
    return refused([
      refusal('DECIDING_MILESTONE_FIXED', 'decidingMilestoneId', 'DECIDING_MILESTONE_FIXED_DEFERRED', {}),
    ]);
  }
  if (!isOpenMatter(matter.status)) {
    return refused([
      refusal('DECIDING_MILESTONE_FIXED', 'decidingMilestoneId', 'DECIDING_MILESTONE_FIXED', {
        status: matter.status,
      }),
    ]);
  }
  const lastDeferral = Math.max(
    -Infinity,
    ...steps.filter((step) => step.toStatus === MatterStatus.DEFERRED).map((step) => step.at.getTime()),
  );
  return {
    allowed: true,
    changes: { decidingMilestoneId: milestoneId },
    history: {
      rewrittenStepIds: steps.filter((step) => step.at.getTime() >= lastDeferral).map((step) => step.id),
    },
  };
}
