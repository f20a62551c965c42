// The path a matter takes to its decision, and the guards that keep a status honest: a matter is only "ready"
// with draft text on the table, only "decided" with an outcome at a meeting that has met.
import { type GuardFailure } from './guard-failure';
import { ActionStatus, MatterStatus, MilestoneStatus, OptionStage } from './model';
import { furthestOptionStage, optionStageRank } from './option-workflow';
import { refuseTransition } from './transition';
import { describeStart, label, listWords, quote } from './wording';

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
  if (!MATTER_MOVES[from].includes(to)) return [refuseTransition('matter', from, to, MATTER_MOVES[from])];
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
  const message =
    ctx.options.length === 0
      ? 'Table at least one option before developing options; the matter has none yet.'
      : 'Every option on the matter has been withdrawn; table or re-table one before developing options.';
  return [{ guard: 'OPTION_REQUIRED', field: 'options', message }];
}

function checkReadyForDecision(ctx: MatterMoveContext): GuardFailure[] {
  const failures: GuardFailure[] = [];
  const furthest = furthestOptionStage(ctx.options);
  if (furthest === null || optionStageRank(furthest) < optionStageRank(OptionStage.DRAFT_TEXT)) {
    const where =
      furthest === null
        ? 'the matter has no option on the table'
        : `the furthest option is at ${quote(label(furthest))}`;
    failures.push({
      guard: 'DRAFT_TEXT_REQUIRED',
      field: 'options',
      message: `An option must reach the draft-text stage before the matter can be ready for decision; ${where}.`,
    });
  }
  const blocking = ctx.actions.filter(
    (action) => action.blocksDecision && action.status !== ActionStatus.DONE,
  );
  if (blocking.length === 1 && blocking[0]) {
    const { title, status } = blocking[0];
    failures.push({
      guard: 'BLOCKING_ACTIONS_OPEN',
      field: 'actions',
      message: `The action ${quote(title)} blocks the decision and is not done yet (it is ${quote(label(status))}).`,
    });
  } else if (blocking.length > 1) {
    const named = blocking.map(({ title, status }) => `${quote(title)} (${label(status)})`);
    failures.push({
      guard: 'BLOCKING_ACTIONS_OPEN',
      field: 'actions',
      message: `${blocking.length} actions that block the decision are not done yet: ${listWords(named)}.`,
    });
  }
  return failures;
}

function checkDecided(ctx: MatterMoveContext): GuardFailure[] {
  const failures: GuardFailure[] = [];
  if (isBlank(ctx.outcome)) {
    failures.push({
      guard: 'OUTCOME_REQUIRED',
      field: 'outcome',
      message: 'Record the outcome, what was decided, before marking the matter decided.',
    });
  }
  const milestone = ctx.target ?? ctx.decidingMilestone;
  if (milestone.status === MilestoneStatus.CANCELLED) {
    failures.push({
      guard: 'MILESTONE_CANCELLED',
      field: 'targetMilestoneId',
      message: `${quote(milestone.title)} was cancelled, so the matter cannot have been decided there; name the milestone where it was decided.`,
    });
  }
  if (ctx.at.getTime() < milestone.startsAt.getTime()) {
    failures.push({
      guard: 'MILESTONE_NOT_STARTED',
      field: 'targetMilestoneId',
      message: `The matter cannot be decided before ${quote(milestone.title)} starts (${describeStart(milestone.startsAt, milestone.timeZone)}).`,
    });
  }
  const undecided = ctx.dependencies.filter(
    ({ status }) => status !== MatterStatus.DECIDED && status !== MatterStatus.WITHDRAWN,
  );
  if (undecided.length === 1 && undecided[0]) {
    const { title, status } = undecided[0];
    failures.push({
      guard: 'DEPENDENCIES_UNDECIDED',
      field: 'dependencies',
      message: `The matter depends on ${quote(title)}, which is not decided yet (it is ${quote(label(status))}).`,
    });
  } else if (undecided.length > 1) {
    const named = undecided.map(({ title, status }) => `${quote(title)} (${label(status)})`);
    failures.push({
      guard: 'DEPENDENCIES_UNDECIDED',
      field: 'dependencies',
      message: `The matter depends on ${undecided.length} matters that are not decided yet: ${listWords(named)}.`,
    });
  }
  return failures;
}

function checkDeferred(ctx: MatterMoveContext): GuardFailure[] {
  const { target, decidingMilestone: current } = ctx;
  if (!target) {
    return [
      {
        guard: 'TARGET_MILESTONE_REQUIRED',
        field: 'targetMilestoneId',
        message: 'Name the later milestone the matter is deferred to.',
      },
    ];
  }
  const failures: GuardFailure[] = [];
  if (target.startsAt.getTime() <= current.startsAt.getTime()) {
    failures.push({
      guard: 'TARGET_NOT_LATER',
      field: 'targetMilestoneId',
      message:
        `A matter can only be deferred to a milestone that starts after ${quote(current.title)} ` +
        `(${describeStart(current.startsAt, current.timeZone)}); ${quote(target.title)} starts ` +
        `${describeStart(target.startsAt, target.timeZone)}.`,
    });
  }
  if (target.status === MilestoneStatus.CANCELLED) {
    failures.push({
      guard: 'MILESTONE_CANCELLED',
      field: 'targetMilestoneId',
      message: `${quote(target.title)} was cancelled; defer the matter to a milestone that will take place.`,
    });
  }
  return failures;
}

function checkWithdrawn(ctx: MatterMoveContext): GuardFailure[] {
  if (!isBlank(ctx.note)) return [];
  return [{ guard: 'REASON_REQUIRED', field: 'note', message: 'Give the reason the matter is withdrawn.' }];
}
