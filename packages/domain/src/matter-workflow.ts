// The path a matter takes to its decision, and the guards that keep a status honest: a matter is only "ready"
// with draft text on the table, only "decided" with an outcome at a meeting that has met.
import { phrase, refusal, type GuardFailure } from './guard-failure';
import { ActionStatus, MatterStatus, MilestoneStatus, OptionStage } from './model';
import { furthestOptionStage, optionStageRank } from './option-workflow';
import { refuseMatterMove } from './transition';
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
  const blocking = ctx.actions.filter(
    (action) => action.blocksDecision && action.status !== ActionStatus.DONE,
  );
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
