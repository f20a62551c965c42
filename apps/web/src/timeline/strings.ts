// Every user-visible string of the timeline screen, in one place so the i18n issue can extract them.
import type { Health, MatterStatus, MilestoneKind, MilestoneStatus } from '../generated/graphql';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const strings = {
  brand: 'prepcom',
  fallbackTitle: 'Preparatory process',
  towards: (targetEvent: string) => `Towards ${targetEvent}`,
  none: '—',

  // As-of control
  asOfLegend: 'Show the process as it stood',
  asOfLabel: 'As of',
  asOfHint: 'The dashboard is computed at the end of the chosen day (23:59:59 UTC).',
  asOfToday: 'Today',
  asOfEveOfFifthMeeting: 'Eve of the Fifth Meeting',

  // States
  loading: 'Loading the preparatory process…',
  updating: 'Updating…',
  errorTitle: 'The dashboard could not be loaded',
  retry: 'Try again',
  unknownError: 'Unknown error',

  // Summary tiles
  summaryHeading: 'Summary',
  summaryAsOf: (date: string) => `Summary as of ${date}`,
  openMatters: 'Open matters',
  readiness: 'Overall readiness',
  nextMilestone: 'Next milestone',
  decisionDeadline: 'Decision deadline',
  noNextMilestone: 'No milestone ahead',
  noDecisionDeadline: 'No decision deadline ahead',
  healthCounts: 'Open matters by health',
  days: (n: number) =>
    n === 0 ? 'Today' : n > 0 ? plural(n, 'day', 'days') : `${plural(-n, 'day', 'days')} ago`,

  // Timeline
  timelineHeading: 'Milestones',
  noMilestones: 'No milestones have been scheduled yet.',
  past: 'Past',
  current: 'Under way',
  next: 'Next',

  // Matters
  mattersHeading: 'Open matters',
  mattersCaption: (date: string) => `Matters still open as of ${date}`,
  noOpenMatters: (date: string) => `No open matters as of ${date}.`,
  colMatter: 'Matter',
  colStatus: 'Status',
  colDecidingMilestone: 'Decided at',
  colReadiness: 'Readiness',
  colHealth: 'Health',
  colReasons: 'Why',
  reasonsSummary: (n: number) => (n === 0 ? 'No reasons given' : plural(n, 'reason', 'reasons')),
  readinessReasons: 'Readiness',
  healthReasons: 'Health',
  notAssessed: 'Not assessed',
  readinessOf: (title: string) => `Readiness of ${title}`,

  milestoneKind: {
    STANDING_COMMITTEE: 'Standing Committee',
    INFORMAL_DIALOGUE: 'Informal dialogue',
    MEETING_OF_STATES_PARTIES: 'Meeting of the States Parties',
    PREPARATORY_MEETING: 'Preparatory meeting',
    REVIEW_CONFERENCE: 'Review Conference',
    DEADLINE: 'Deadline',
  } satisfies Record<MilestoneKind, string>,

  milestoneStatus: {
    PLANNED: 'Planned',
    HELD: 'Held',
    POSTPONED: 'Postponed',
    CANCELLED: 'Cancelled',
  } satisfies Record<MilestoneStatus, string>,

  matterStatus: {
    IDENTIFIED: 'Identified',
    OPTIONS_DEVELOPING: 'Options being developed',
    READY_FOR_DECISION: 'Ready for decision',
    DECIDED: 'Decided',
    DEFERRED: 'Deferred',
    WITHDRAWN: 'Withdrawn',
  } satisfies Record<MatterStatus, string>,

  health: {
    ON_TRACK: 'On track',
    AT_RISK: 'At risk',
    OFF_TRACK: 'Off track',
  } satisfies Record<Health, string>,
} as const;

/** A label from one of the maps above, or the raw value if the API sends one this screen does not know yet. */
export function labelOf<K extends string>(map: Record<K, string>, value: K): string {
  return (map as Record<string, string | undefined>)[value] ?? value;
}
