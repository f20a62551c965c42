// Readiness (0-100) and health are derived from the facts of a matter, never typed in, and every point missing
// comes with a reason that names what is missing, so a score can always be explained and acted on.
import { isActionOpen, isOverdue } from './action-workflow';
import { daysBetween, localDate } from './dates';
import { ActionStatus, Health, type IsoDate, MatterStatus, OptionStage } from './model';
import { furthestOptionStage, optionStageRank } from './option-workflow';
import { phrase } from './guard-failure';
import { shorten } from './wording';
import { type ParamsOf, type Phrase, type TextCode } from '@prepcom/texts';
import { inEnglish } from '@prepcom/texts/english';

/** A matter as of the evaluation instant; the caller has already filtered out what happened after it. */
export interface MatterFacts {
  status: MatterStatus;
  options: { stage: OptionStage }[];
  actions: { title: string; status: ActionStatus; blocksDecision: boolean; dueDate: IsoDate }[];
  dependencies: { title: string; status: MatterStatus; decidingMilestoneStartsAt: Date }[];
  views: { statePartiesWithView: number; statePartiesObjecting: number };
  decidingMilestone: { title: string; startsAt: Date; timeZone: string };
}

/**
 * `code` and `params` say the reason in any language of the catalogue (@prepcom/texts); `message` is that sentence
 * in English; `points`: the readiness this missing thing costs (to one decimal), 0 for health reasons.
 */
export type Reason = Phrase & { message: string; points: number };

function reason<C extends TextCode>(code: C, params: ParamsOf<C>, points = 0): Reason {
  const said = { code, params } as Phrase;
  return { ...said, message: inEnglish(said), points };
}

export interface ReadinessAssessment {
  score: number;
  reasons: Reason[];
}

export interface HealthAssessment {
  level: Health;
  reasons: Reason[];
}

/** What each component of readiness is worth; they add up to 100. */
export const READINESS_WEIGHTS = {
  optionTabled: 10,
  optionConverging: 10,
  optionDraftText: 10,
  actions: 30,
  dependencies: 20,
  viewGiven: 10,
  noObjection: 10,
} as const;

/** "Soon" and "near" are days before the deciding milestone's start day; readiness below the minimum is a risk. */
export const HEALTH_THRESHOLDS = {
  soonDays: 30,
  nearDays: 90,
  minReadinessSoon: 50,
  minReadinessNear: 80,
} as const;

const W = READINESS_WEIGHTS;

function isSettled(status: MatterStatus): boolean {
  return status === MatterStatus.DECIDED || status === MatterStatus.WITHDRAWN;
}

function optionReasons(options: MatterFacts['options']): Reason[] {
  const furthest = furthestOptionStage(options);
  if (furthest === null) {
    const code = options.length === 0 ? 'NO_OPTION' : 'ALL_OPTIONS_WITHDRAWN';
    return [reason(code, {}, W.optionTabled + W.optionConverging + W.optionDraftText)];
  }
  const rank = optionStageRank(furthest);
  if (rank < optionStageRank(OptionStage.CONVERGING)) {
    return [reason('NO_CONVERGING_OPTION', { stage: furthest }, W.optionConverging + W.optionDraftText)];
  }
  if (rank < optionStageRank(OptionStage.DRAFT_TEXT)) {
    return [reason('NO_DRAFT_TEXT', { stage: furthest }, W.optionDraftText)];
  }
  return [];
}

function actionReasons(facts: MatterFacts['actions']): Reason[] {
  // A cancelled action is no longer work of the matter: it counts neither as open nor in the total.
  const actions = facts.filter(({ status }) => status !== ActionStatus.CANCELLED);
  const open = actions.filter(({ status }) => isActionOpen(status));
  if (open.length === 0) return [];
  const named = open.map(({ title, status }) =>
    phrase('ACTION_WITH_STATUS', { title: shorten(title), status }),
  );
  return [
    reason(
      'ACTIONS_OPEN',
      { count: open.length, total: actions.length, actions: named },
      (W.actions * open.length) / actions.length,
    ),
  ];
}

function dependencyReasons(dependencies: MatterFacts['dependencies']): Reason[] {
  return dependencies
    .filter(({ status }) => !isSettled(status))
    .map(({ title, status }) =>
      reason('DEPENDENCY_UNDECIDED', { title: shorten(title), status }, W.dependencies / dependencies.length),
    );
}

function viewReasons({ statePartiesWithView, statePartiesObjecting }: MatterFacts['views']): Reason[] {
  const reasons: Reason[] = [];
  if (statePartiesWithView < 1) reasons.push(reason('NO_VIEWS', {}, W.viewGiven));
  if (statePartiesObjecting > 0)
    reasons.push(reason('OBJECTIONS', { count: statePartiesObjecting }, W.noObjection));
  return reasons;
}

/**
 * Options 30, actions 30, dependencies 20, views 20: the score is 100 less the points of the reasons, rounded
 * half up. A decided matter is 100; a withdrawn one is 0 and belongs in no roll-up.
 */
export function assessReadiness(facts: MatterFacts): ReadinessAssessment {
  if (facts.status === MatterStatus.DECIDED) return { score: 100, reasons: [] };
  if (facts.status === MatterStatus.WITHDRAWN) {
    return {
      score: 0,
      reasons: [reason('WITHDRAWN', {}, 100)],
    };
  }
  const reasons = [
    ...optionReasons(facts.options),
    ...actionReasons(facts.actions),
    ...dependencyReasons(facts.dependencies),
    ...viewReasons(facts.views),
  ];
  const missing = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return {
    score: Math.round(100 - missing),
    reasons: reasons.map((reason) => ({ ...reason, points: Math.round(reason.points * 10) / 10 })),
  };
}

/** "14 days before 'X' starts", "'X' starts today", "'X' started 5 days ago". */
function timeLeft(daysLeft: number, meeting: string): Phrase {
  if (daysLeft > 0) return phrase('DAYS_BEFORE_START', { count: daysLeft, meeting });
  if (daysLeft === 0) return phrase('STARTS_TODAY', { meeting });
  return phrase('STARTED_DAYS_AGO', { count: -daysLeft, meeting });
}

/**
 * How the matter is going against its deciding milestone, or null once it is decided or withdrawn. Reasons that
 * make it OFF_TRACK come first, then those that make it AT_RISK; the worst level wins. A fact that is off track
 * is not repeated as a risk.
 */
export function assessHealth(
  facts: MatterFacts,
  readinessScore: number,
  asOf: Date,
): HealthAssessment | null {
  if (isSettled(facts.status)) return null;
  const T = HEALTH_THRESHOLDS;
  const { title, startsAt, timeZone } = facts.decidingMilestone;
  // Days are counted in the milestone's zone: it is the venue's calendar that the delegates work to.
  const today = localDate(asOf, timeZone);
  const startDay = localDate(startsAt, timeZone);
  const daysLeft = daysBetween(today, startDay);
  const soon = daysLeft < T.soonDays;
  const near = daysLeft < T.nearDays;
  const meeting = shorten(title);
  const left = timeLeft(daysLeft, meeting);
  const offTrack: Reason[] = [];
  const atRisk: Reason[] = [];

  if (asOf.getTime() >= startsAt.getTime()) {
    offTrack.push(reason('MILESTONE_STARTED', { meeting, day: startDay }));
  }

  const overdue = facts.actions.filter((action) => isOverdue(action, today));
  if (overdue.length > 0) {
    const actions = overdue.map(({ title: action, dueDate, blocksDecision }) =>
      phrase(blocksDecision ? 'OVERDUE_BLOCKING_ACTION' : 'OVERDUE_ACTION', {
        title: shorten(action),
        due: dueDate,
      }),
    );
    // With the meeting close there is no time left to catch up.
    if (soon) offTrack.push(reason('OVERDUE_ACTIONS_SOON', { count: overdue.length, actions, left }));
    else atRisk.push(reason('OVERDUE_ACTIONS', { count: overdue.length, actions }));
  }

  if (soon && readinessScore < T.minReadinessSoon) {
    offTrack.push(reason('LOW_READINESS_SOON', { score: readinessScore, minimum: T.minReadinessSoon, left }));
  } else if (near && readinessScore < T.minReadinessNear) {
    atRisk.push(reason('LOW_READINESS_NEAR', { score: readinessScore, minimum: T.minReadinessNear, left }));
  }

  for (const dependency of facts.dependencies) {
    if (isSettled(dependency.status)) continue;
    if (dependency.decidingMilestoneStartsAt.getTime() > startsAt.getTime()) {
      // It cannot be decided in time: its own milestone comes after this matter's.
      offTrack.push(
        reason('DEPENDENCY_TOO_LATE', {
          title: shorten(dependency.title),
          day: localDate(dependency.decidingMilestoneStartsAt, timeZone),
          meeting,
        }),
      );
    } else if (near) {
      atRisk.push(reason('DEPENDENCY_UNDECIDED_NEAR', { title: shorten(dependency.title), left }));
    }
  }

  if (near && facts.views.statePartiesWithView < 1) atRisk.push(reason('NO_VIEWS_NEAR', { left }));

  const level = offTrack.length > 0 ? Health.OFF_TRACK : atRisk.length > 0 ? Health.AT_RISK : Health.ON_TRACK;
  return { level, reasons: [...offTrack, ...atRisk] };
}

/** The rounded mean, or null when there is nothing to average. Callers leave withdrawn matters out. */
export function rollUpReadiness(scores: number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

export function assessMatter(
  facts: MatterFacts,
  asOf: Date,
): { readiness: ReadinessAssessment; health: HealthAssessment | null } {
  const readiness = assessReadiness(facts);
  return { readiness, health: assessHealth(facts, readiness.score, asOf) };
}

const HEALTH_RANK: Record<Health, number> = { ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 2 };

/** True when a matter's health went down a level or more: the moment the people steering it are told. */
export function healthWorsened(before: Health, after: Health): boolean {
  return HEALTH_RANK[after] > HEALTH_RANK[before];
}
