// Readiness (0-100) and health are derived from the facts of a matter, never typed in, and every point missing
// comes with a reason that names what is missing, so a score can always be explained and acted on.
import { isActionOpen, isOverdue } from './action-workflow';
import { daysBetween, localDate } from './dates';
import { type ActionStatus, Health, type IsoDate, MatterStatus, OptionStage } from './model';
import { furthestOptionStage, optionStageRank } from './option-workflow';
import { label, listWords, quote } from './wording';

/** A matter as of the evaluation instant; the caller has already filtered out what happened after it. */
export interface MatterFacts {
  status: MatterStatus;
  options: { stage: OptionStage }[];
  actions: { title: string; status: ActionStatus; blocksDecision: boolean; dueDate: IsoDate }[];
  dependencies: { title: string; status: MatterStatus; decidingMilestoneStartsAt: Date }[];
  views: { statePartiesWithView: number; statePartiesObjecting: number };
  decidingMilestone: { title: string; startsAt: Date; timeZone: string };
}

/** `points`: the readiness this missing thing costs (to one decimal); 0 for health reasons. */
export interface Reason {
  code: string;
  message: string;
  points: number;
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
    const message =
      options.length === 0
        ? 'No option has been tabled yet.'
        : 'Every option has been withdrawn; none is on the table.';
    return [{ code: 'NO_OPTION', message, points: W.optionTabled + W.optionConverging + W.optionDraftText }];
  }
  const rank = optionStageRank(furthest);
  const at = `the furthest is at ${quote(label(furthest))}`;
  if (rank < optionStageRank(OptionStage.CONVERGING)) {
    return [
      {
        code: 'NO_CONVERGING_OPTION',
        message: `No option is converging yet; ${at}.`,
        points: W.optionConverging + W.optionDraftText,
      },
    ];
  }
  if (rank < optionStageRank(OptionStage.DRAFT_TEXT)) {
    return [
      {
        code: 'NO_DRAFT_TEXT',
        message: `No option has reached draft text yet; ${at}.`,
        points: W.optionDraftText,
      },
    ];
  }
  return [];
}

function actionReasons(actions: MatterFacts['actions']): Reason[] {
  const open = actions.filter(({ status }) => isActionOpen(status));
  if (open.length === 0) return [];
  const named = open.map(({ title, status }) => `${quote(title)} (${label(status)})`);
  const noun = actions.length === 1 ? 'action' : 'actions';
  return [
    {
      code: 'ACTIONS_OPEN',
      message: `${open.length} of ${actions.length} ${noun} still open: ${listWords(named)}.`,
      points: (W.actions * open.length) / actions.length,
    },
  ];
}

function dependencyReasons(dependencies: MatterFacts['dependencies']): Reason[] {
  return dependencies
    .filter(({ status }) => !isSettled(status))
    .map(({ title, status }) => ({
      code: 'DEPENDENCY_UNDECIDED',
      message: `Depends on ${quote(title)}, not yet decided (it is ${quote(label(status))}).`,
      points: W.dependencies / dependencies.length,
    }));
}

function viewReasons({ statePartiesWithView, statePartiesObjecting }: MatterFacts['views']): Reason[] {
  const reasons: Reason[] = [];
  if (statePartiesWithView < 1) {
    reasons.push({ code: 'NO_VIEWS', message: 'No State Party has given a view yet.', points: W.viewGiven });
  }
  if (statePartiesObjecting > 0) {
    const message =
      statePartiesObjecting === 1
        ? '1 State Party objects.'
        : `${statePartiesObjecting} States Parties object.`;
    reasons.push({ code: 'OBJECTIONS', message, points: W.noObjection });
  }
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
      reasons: [
        { code: 'WITHDRAWN', message: 'The matter has been withdrawn; it will not be decided.', points: 100 },
      ],
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
function timeLeft(daysLeft: number, title: string): string {
  if (daysLeft > 1) return `${daysLeft} days before ${quote(title)} starts`;
  if (daysLeft === 1) return `1 day before ${quote(title)} starts`;
  if (daysLeft === 0) return `${quote(title)} starts today`;
  return `${quote(title)} started ${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} ago`;
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
  const left = timeLeft(daysLeft, title);
  const offTrack: Reason[] = [];
  const atRisk: Reason[] = [];

  if (asOf.getTime() >= startsAt.getTime()) {
    offTrack.push({
      code: 'MILESTONE_STARTED',
      message: `${quote(title)} started on ${startDay} and the matter is not decided.`,
      points: 0,
    });
  }

  const overdue = facts.actions.filter((action) => isOverdue(action, today));
  if (overdue.length > 0) {
    const named = overdue.map(
      ({ title: action, dueDate, blocksDecision }) =>
        `${quote(action)} (due ${dueDate}${blocksDecision ? ', blocks the decision' : ''})`,
    );
    const what =
      overdue.length === 1
        ? `1 action is overdue: ${named[0]}`
        : `${overdue.length} actions are overdue: ${listWords(named)}`;
    // With the meeting close there is no time left to catch up.
    if (soon) offTrack.push({ code: 'OVERDUE_ACTIONS_SOON', message: `${what}, ${left}.`, points: 0 });
    else atRisk.push({ code: 'OVERDUE_ACTIONS', message: `${what}.`, points: 0 });
  }

  if (soon && readinessScore < T.minReadinessSoon) {
    offTrack.push({
      code: 'LOW_READINESS_SOON',
      message: `Readiness is ${readinessScore}, below ${T.minReadinessSoon}, ${left}.`,
      points: 0,
    });
  } else if (near && readinessScore < T.minReadinessNear) {
    atRisk.push({
      code: 'LOW_READINESS_NEAR',
      message: `Readiness is ${readinessScore}, below ${T.minReadinessNear}, ${left}.`,
      points: 0,
    });
  }

  for (const dependency of facts.dependencies) {
    if (isSettled(dependency.status)) continue;
    if (dependency.decidingMilestoneStartsAt.getTime() > startsAt.getTime()) {
      // It cannot be decided in time: its own milestone comes after this matter's.
      offTrack.push({
        code: 'DEPENDENCY_TOO_LATE',
        message:
          `Depends on ${quote(dependency.title)}, which is not due to be decided until ` +
          `${localDate(dependency.decidingMilestoneStartsAt, timeZone)}, after ${quote(title)} starts.`,
        points: 0,
      });
    } else if (near) {
      atRisk.push({
        code: 'DEPENDENCY_UNDECIDED_NEAR',
        message: `Depends on ${quote(dependency.title)}, not yet decided, ${left}.`,
        points: 0,
      });
    }
  }

  if (near && facts.views.statePartiesWithView < 1) {
    atRisk.push({
      code: 'NO_VIEWS_NEAR',
      message: `No State Party has given a view yet, ${left}.`,
      points: 0,
    });
  }

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
