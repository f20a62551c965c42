// The vocabulary of a preparatory process, shared by the API, the workers and the web app.
// Values are SCREAMING_CASE strings so they travel unchanged through PostgreSQL enums and GraphQL enums.

export const MatterStatus = {
  IDENTIFIED: 'IDENTIFIED',
  OPTIONS_DEVELOPING: 'OPTIONS_DEVELOPING',
  READY_FOR_DECISION: 'READY_FOR_DECISION',
  DECIDED: 'DECIDED',
  DEFERRED: 'DEFERRED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type MatterStatus = (typeof MatterStatus)[keyof typeof MatterStatus];

export const OptionStage = {
  TABLED: 'TABLED',
  ELABORATED: 'ELABORATED',
  CONVERGING: 'CONVERGING',
  DRAFT_TEXT: 'DRAFT_TEXT',
  ADOPTED: 'ADOPTED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type OptionStage = (typeof OptionStage)[keyof typeof OptionStage];

export const ActionStatus = {
  TODO: 'TODO',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  BLOCKED: 'BLOCKED',
  /** Given up on, with the reason: no longer work to do, nor anything that holds a decision back. */
  CANCELLED: 'CANCELLED',
} as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];

export const MilestoneKind = {
  STANDING_COMMITTEE: 'STANDING_COMMITTEE',
  INFORMAL_DIALOGUE: 'INFORMAL_DIALOGUE',
  MEETING_OF_STATES_PARTIES: 'MEETING_OF_STATES_PARTIES',
  PREPARATORY_MEETING: 'PREPARATORY_MEETING',
  REVIEW_CONFERENCE: 'REVIEW_CONFERENCE',
  DEADLINE: 'DEADLINE',
} as const;
export type MilestoneKind = (typeof MilestoneKind)[keyof typeof MilestoneKind];

export const MilestoneStatus = {
  PLANNED: 'PLANNED',
  HELD: 'HELD',
  POSTPONED: 'POSTPONED',
  CANCELLED: 'CANCELLED',
} as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

export const ParticipantKind = {
  STATE: 'STATE',
  ORGANISATION: 'ORGANISATION',
} as const;
export type ParticipantKind = (typeof ParticipantKind)[keyof typeof ParticipantKind];

export const OrganisationType = {
  NON_GOVERNMENTAL: 'NON_GOVERNMENTAL',
  INTERNATIONAL: 'INTERNATIONAL',
  UNITED_NATIONS: 'UNITED_NATIONS',
  SECRETARIAT: 'SECRETARIAT',
} as const;
export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType];

export const RoleKind = {
  CO_CHAIR: 'CO_CHAIR',
  CO_RAPPORTEUR: 'CO_RAPPORTEUR',
  PRESIDENT: 'PRESIDENT',
  PRESIDENT_DESIGNATE: 'PRESIDENT_DESIGNATE',
  SUPPORT_UNIT: 'SUPPORT_UNIT',
} as const;
export type RoleKind = (typeof RoleKind)[keyof typeof RoleKind];

/** Who an action is owed by when no single participant is named: resolved through role terms on the due date. */
export const OwnerRole = {
  CURRENT_PRESIDENCY: 'CURRENT_PRESIDENCY',
  INCOMING_PRESIDENCY: 'INCOMING_PRESIDENCY',
  CO_CHAIRS: 'CO_CHAIRS',
  PRESIDENT_DESIGNATE: 'PRESIDENT_DESIGNATE',
  SUPPORT_UNIT: 'SUPPORT_UNIT',
} as const;
export type OwnerRole = (typeof OwnerRole)[keyof typeof OwnerRole];

export const Position = {
  SUPPORTS: 'SUPPORTS',
  CAN_LIVE_WITH: 'CAN_LIVE_WITH',
  OBJECTS: 'OBJECTS',
  COMMENT: 'COMMENT',
} as const;
export type Position = (typeof Position)[keyof typeof Position];

export const Health = {
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  OFF_TRACK: 'OFF_TRACK',
} as const;
export type Health = (typeof Health)[keyof typeof Health];

/** A calendar date, `YYYY-MM-DD`, with no time zone: due dates and role terms are days, not instants. */
export type IsoDate = string;
