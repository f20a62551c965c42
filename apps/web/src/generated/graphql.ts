/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** An account's own role; powers in the process come from its participant's role terms. */
export type AccountRole = 'ADMINISTRATOR' | 'DELEGATE';

/** Whether an account can be used. */
export type AccountStatus = 'ACTIVE' | 'DISABLED' | 'INVITED';

export type ActionStatus = 'BLOCKED' | 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'TODO';

/** MOVE is a step through a workflow. */
export type AuditAction = 'CREATE' | 'MOVE' | 'UPDATE';

/** What a signed-in person can act as today. */
export type Capacity =
  'ADMINISTRATOR' | 'CO_CHAIR' | 'OBSERVER' | 'PRESIDENCY' | 'STATE_PARTY' | 'SUPPORT_UNIT';

/** Who may see a record, from the narrowest audience (CO_CHAIRS) to everyone (PUBLIC). */
export type Confidentiality =
  'COORDINATING_COMMITTEE' | 'CO_CHAIRS' | 'OBSERVERS' | 'PUBLIC' | 'STATES_PARTIES';

/** A new process started from an existing one, which is left untouched. Participants and role terms belong to the Convention, not to a process: the new process has them already. */
export type CopyProcessInput = {
  conveningBody: string;
  /** Copy the matters as IDENTIFIED, each to be decided at the copy of the milestone it was first to be decided at, with their dependencies on each other; their options, views and actions stay with the original. Needs the milestones. */
  copyMatters?: boolean | null | undefined;
  /** Empty when left out. */
  description?: string | null | undefined;
  /** Copy the milestones, planned, every one moved by the same number of days so that the target event's copy opens on this day at its venue (each keeps its local hours, weekday aside); leave out to copy none. */
  milestonesMovedSoTargetOpensOn?: string | null | undefined;
  /** The process to start from. */
  sourceProcessId: string | number;
  targetEvent: string;
  title: string;
};

/** New words for an invitation already sent; everyone it reached is told. */
export type CorrectMeetingInvitationInput = {
  /** The version you corrected; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  invitationId: string | number;
  /** The words of the invitation as they should have been; empty for none. */
  note: string;
};

/** Give one owner (ownerParticipantId or ownerRole), one due date (dueDate, or dueMilestoneId with dueOffsetDays) and one thing served (servesMatterId or servesMilestoneId). */
export type CreateActionInput = {
  /** While open, the matter it serves cannot become READY_FOR_DECISION. False when left out. */
  blocksDecision?: boolean | null | undefined;
  /** Empty when left out. */
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** Due relative to this milestone's start. */
  dueMilestoneId?: string | number | null | undefined;
  /** Days from the milestone's start; -30 is 30 days before. */
  dueOffsetDays?: number | null | undefined;
  ownerParticipantId?: string | number | null | undefined;
  ownerRole?: OwnerRole | null | undefined;
  servesMatterId?: string | number | null | undefined;
  servesMilestoneId?: string | number | null | undefined;
  title: string;
};

export type CreateMatterInput = {
  /** Who may see it; STATES_PARTIES when left out. */
  confidentiality?: Confidentiality | null | undefined;
  /** The milestone by which the matter must be decided. */
  decidingMilestoneId: string | number;
  dependsOnIds?: Array<string | number> | null | undefined;
  /** Empty when left out. */
  description?: string | null | undefined;
  /** Whether observers may give views on it; false when left out. */
  observersMayGiveViews?: boolean | null | undefined;
  processId: string | number;
  title: string;
};

export type CreateMilestoneInput = {
  /** People to contact about it. */
  contactIds?: Array<string | number> | null | undefined;
  /** Participants who convene it. */
  convenorIds?: Array<string | number> | null | undefined;
  /** Empty when left out. */
  description?: string | null | undefined;
  endsAt: string;
  kind: MilestoneKind;
  processId: string | number;
  room?: string | null | undefined;
  /** A short name for lists, e.g. "5MSP". */
  shortTitle: string;
  /** An instant, e.g. 2002-06-27T13:00:00Z or 2002-06-27T15:00:00+02:00. */
  startsAt: string;
  /** PLANNED when left out. */
  status?: MilestoneStatus | null | undefined;
  /** The venue's IANA time zone, e.g. Europe/Zurich. */
  timeZone: string;
  title: string;
  venue: string;
};

/** Tables a new option on an open matter. */
export type CreateOptionInput = {
  /** Who may see it; the matter's own audience when left out. */
  confidentiality?: Confidentiality | null | undefined;
  matterId: string | number;
  /** The participant who proposed it, where known. */
  proposerId?: string | number | null | undefined;
  text: string;
};

export type CreateParticipantInput = {
  /** Entry into force for a State party. */
  becamePartyOn?: string | null | undefined;
  /** The day a State deposited its instrument of ratification or accession. */
  depositedOn?: string | null | undefined;
  iso3?: string | null | undefined;
  kind: ParticipantKind;
  name: string;
  /** Required for an organisation, absent for a State. */
  organisationType?: OrganisationType | null | undefined;
  regionalGroup?: string | null | undefined;
};

export type CreatePersonInput = {
  email?: string | null | undefined;
  /** en, fr or es. */
  language?: string | null | undefined;
  name: string;
  /** The participant the person acts for. */
  participantId: string | number;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateProcessInput = {
  conveningBody: string;
  /** Empty when left out. */
  description?: string | null | undefined;
  targetEvent: string;
  title: string;
};

export type CreateRoleTermInput = {
  /** The body the role belongs to, e.g. a Standing Committee or a meeting. */
  body: string;
  /** The day the term was decided, when it was ahead of its start (a designation); leave out otherwise. */
  decidedOn?: string | null | undefined;
  /** Last day of the term; leave out while open-ended. */
  endsOn?: string | null | undefined;
  /** The meeting presided, for a President or President-designate. */
  milestoneId?: string | number | null | undefined;
  participantId: string | number;
  personName?: string | null | undefined;
  role: RoleKind;
  startsOn: string;
};

/** Records a participant's position on a matter, or on one of its options. */
export type CreateViewInput = {
  /** Required when the position is COMMENT. */
  comment?: string | null | undefined;
  /** Who may see it; the matter's own audience when left out. */
  confidentiality?: Confidentiality | null | undefined;
  /** When it was expressed (default: now; never in the future). */
  expressedAt?: string | null | undefined;
  matterId: string | number;
  /** The meeting where it was expressed, if any. */
  milestoneId?: string | number | null | undefined;
  /** The option the view is about; leave out for the matter as a whole. */
  optionId?: string | number | null | undefined;
  participantId: string | number;
  position: Position;
};

/** When the email for a kind of event goes out. In-app notifications always arrive at once. */
export type DeliveryFrequency = 'DAILY' | 'IMMEDIATELY' | 'NEVER' | 'WEEKLY';

/** The current Presidency hands over to the incoming one on one day, which both hold. */
export type HandOverPresidencyInput = {
  /** The body presided, e.g. "Meetings of the States Parties". */
  body: string;
  /** The President term handed over. */
  currentTermId: string | number;
  /** The day the incoming Presidency was elected. */
  decidedOn?: string | null | undefined;
  /** The version of that term you saw; a newer one answers CONFLICT. */
  expectedVersion: number;
  /** The meeting the incoming Presidency presides, if known. */
  milestoneId?: string | number | null | undefined;
  /** The handover day: the last of the current term and the first of the incoming one. */
  on: string;
  /** The incoming Presidency: a State Party on the handover day. */
  participantId: string | number;
  personName?: string | null | undefined;
};

/** Whether an open matter will be ready by its deciding milestone. */
export type Health = 'AT_RISK' | 'OFF_TRACK' | 'ON_TRACK';

/** What the import does (or, in a dry run, would do) with one row. */
export type ImportOutcome = 'ADDED' | 'CHANGED' | 'REFUSED' | 'UNCHANGED';

export type ImportStatesPartiesInput = {
  /** The file: a header line with state, iso3, status_2004, deposit_date, entry_into_force and un_regional_group, in any order (other columns are ignored), then a row per State. */
  csv: string;
  /** True to preview: everything is computed and checked, nothing is kept. */
  dryRun: boolean;
};

/** A group an invitation is addressed or copied to; States Parties as of the day it is sent. */
export type InvitationAudience = 'ORGANISATIONS' | 'STATES_NOT_PARTIES' | 'STATES_PARTIES';

/** Invites a person to act for a participant: the one-time link is emailed to them, in their language. */
export type InviteAccountInput = {
  /** DELEGATE when left out; only administrators invite administrators. */
  accountRole?: AccountRole | null | undefined;
  displayName: string;
  email: string;
  /** en, fr or es: the language of the invitation and of later emails; en when left out. */
  language?: string | null | undefined;
  /** The participant the person acts for; none for an administrator. */
  participantId?: string | number | null | undefined;
};

/** Invites groups and named participants to a meeting, and copies others; each participant is reached once. */
export type InviteToMeetingInput = {
  /** Groups copied; none when left out. */
  copied?: Array<InvitationAudience> | null | undefined;
  /** Participants copied by name. */
  copiedParticipantIds?: Array<string | number> | null | undefined;
  /** Groups invited; none when left out. */
  invited?: Array<InvitationAudience> | null | undefined;
  /** Participants invited by name, besides the groups. */
  invitedParticipantIds?: Array<string | number> | null | undefined;
  milestoneId: string | number;
  /** Words of your own, sent as written with the invitation. */
  note?: string | null | undefined;
};

export type MatterDependencyInput = {
  /** The matter that must be decided first. */
  dependsOnId: string | number;
  matterId: string | number;
};

/** Narrows a list of matters; all given conditions must hold. */
export type MatterFilter = {
  decidingMilestoneId?: string | number | null | undefined;
  /** Health applies to open matters only. */
  health?: Array<Health> | null | undefined;
  /** true: only matters still to decide; false: only closed ones. */
  open?: boolean | null | undefined;
  statuses?: Array<MatterStatus> | null | undefined;
};

export type MatterStatus =
  'DECIDED' | 'DEFERRED' | 'IDENTIFIED' | 'OPTIONS_DEVELOPING' | 'READY_FOR_DECISION' | 'WITHDRAWN';

export type MilestoneKind =
  | 'DEADLINE'
  | 'INFORMAL_DIALOGUE'
  | 'MEETING_OF_STATES_PARTIES'
  | 'PREPARATORY_MEETING'
  | 'REVIEW_CONFERENCE'
  | 'STANDING_COMMITTEE';

export type MilestoneStatus = 'CANCELLED' | 'HELD' | 'PLANNED' | 'POSTPONED';

export type MoveActionInput = {
  actionId: string | number;
  /** When given, a newer version answers CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Why; required to cancel an action, and kept with it. */
  note?: string | null | undefined;
  to: ActionStatus;
};

export type MoveMatterInput = {
  /** When given, a newer version answers CONFLICT. */
  expectedVersion?: number | null | undefined;
  matterId: string | number;
  /** Why; required to withdraw a matter. */
  note?: string | null | undefined;
  /** The decision, for DECIDED (or set it earlier with updateMatter). */
  outcome?: string | null | undefined;
  /** For DEFERRED: the later milestone. For DECIDED: where it was decided (default: the deciding milestone). */
  targetMilestoneId?: string | number | null | undefined;
  to: MatterStatus;
};

export type MoveOptionInput = {
  /** When given, a newer version answers CONFLICT. */
  expectedVersion?: number | null | undefined;
  optionId: string | number;
  to: OptionStage;
};

/** A kind of event, as a person chooses how to hear of it by email. */
export type NotificationKind =
  'ACTIONS' | 'INVITATIONS' | 'MATTERS' | 'MEETINGS' | 'READINESS_REPORT' | 'ROLE_TERMS' | 'VIEWS';

export type OptionStage = 'ADOPTED' | 'CONVERGING' | 'DRAFT_TEXT' | 'ELABORATED' | 'TABLED' | 'WITHDRAWN';

export type OrganisationType = 'INTERNATIONAL' | 'NON_GOVERNMENTAL' | 'SECRETARIAT' | 'UNITED_NATIONS';

/** A role that owns an action when no single participant does; resolved through role terms. */
export type OwnerRole =
  'CO_CHAIRS' | 'CURRENT_PRESIDENCY' | 'INCOMING_PRESIDENCY' | 'PRESIDENT_DESIGNATE' | 'SUPPORT_UNIT';

/** A State (party or not) or an organisation. */
export type ParticipantKind = 'ORGANISATION' | 'STATE';

export type Position = 'CAN_LIVE_WITH' | 'COMMENT' | 'OBJECTS' | 'SUPPORTS';

/** LISTENING: the first event, every change from now on will be heard; CHANGED: a record changed; MISSED: the server lost its feed for a while and some changes went unannounced, read anew. */
export type ProcessChangeKind = 'CHANGED' | 'LISTENING' | 'MISSED';

/** Your participant's reply: coming (how many, and who) or not. A new reply replaces the last one. */
export type ReplyToMeetingInvitationInput = {
  /** How many people come, 1 to 100; when left out, as many as are named, at least one. 0 or left out when not attending. */
  attendeeCount?: number | null | undefined;
  /** Who comes, as far as known. */
  attendeeNames?: Array<string> | null | undefined;
  attending: boolean;
  invitationId: string | number;
};

export type RoleKind = 'CO_CHAIR' | 'CO_RAPPORTEUR' | 'PRESIDENT' | 'PRESIDENT_DESIGNATE' | 'SUPPORT_UNIT';

/** What a search hit is. */
export type SearchKind = 'ACTION' | 'MATTER' | 'MILESTONE' | 'OPTION' | 'PARTICIPANT' | 'PERSON';

/** Uses a one-time link (invitation or password reset) to set a password, and signs in. */
export type SetPasswordWithTokenInput = {
  password: string;
  token: string;
};

export type SignInInput = {
  email: string;
  password: string;
};

/** Takes back your own decision or withdrawal of a matter, shortly after making it. */
export type UndoMatterMoveInput = {
  /** The version you saw decided or withdrawn; a newer one answers CONFLICT. */
  expectedVersion: number;
  matterId: string | number;
};

/** Fields left out keep their value. Giving an owner replaces the other kind of owner; giving a due date (absolute or relative) replaces the other kind. */
export type UpdateActionInput = {
  blocksDecision?: boolean | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  dueMilestoneId?: string | number | null | undefined;
  dueOffsetDays?: number | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  ownerParticipantId?: string | number | null | undefined;
  ownerRole?: OwnerRole | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out keep their value. */
export type UpdateMatterInput = {
  confidentiality?: Confidentiality | null | undefined;
  /** Corrects the deciding milestone of an open matter; to move a matter to a later meeting, defer it. */
  decidingMilestoneId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  observersMayGiveViews?: boolean | null | undefined;
  /** The decision text, drafted before or given when moving to DECIDED (Co-Chairs only). */
  outcome?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out keep their value. Moving a milestone moves every action due relative to it. */
export type UpdateMilestoneInput = {
  contactIds?: Array<string | number> | null | undefined;
  convenorIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  kind?: MilestoneKind | null | undefined;
  room?: string | null | undefined;
  shortTitle?: string | null | undefined;
  startsAt?: string | null | undefined;
  status?: MilestoneStatus | null | undefined;
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  venue?: string | null | undefined;
};

/** Fields left out keep their value; null clears the proposer. */
export type UpdateOptionInput = {
  confidentiality?: Confidentiality | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  proposerId?: string | number | null | undefined;
  text?: string | null | undefined;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdateParticipantInput = {
  becamePartyOn?: string | null | undefined;
  depositedOn?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  iso3?: string | null | undefined;
  name?: string | null | undefined;
  organisationType?: OrganisationType | null | undefined;
  regionalGroup?: string | null | undefined;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdatePersonInput = {
  email?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  /** en, fr or es. */
  language?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

/** Fields left out keep their value; null clears an optional one. */
export type UpdateRoleTermInput = {
  body?: string | null | undefined;
  decidedOn?: string | null | undefined;
  endsOn?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  milestoneId?: string | number | null | undefined;
  personName?: string | null | undefined;
  startsOn?: string | null | undefined;
};

/** Corrects a recorded view; fields left out keep their value. */
export type UpdateViewInput = {
  comment?: string | null | undefined;
  /** The version you edited; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  id: string | number;
  position?: Position | null | undefined;
};

/** Withdraws an invitation sent by mistake; everyone it reached is told why, and may be invited again. */
export type WithdrawMeetingInvitationInput = {
  /** The version you withdrew; a newer one answers CONFLICT with the current values. */
  expectedVersion: number;
  invitationId: string | number;
  /** Why, as its recipients will read it. */
  reason: string;
};

export type AccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AccountsQuery = {
  accounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        email: string;
        displayName: string;
        accountRole: AccountRole;
        language: string;
        status: AccountStatus;
        lastSignedInAt: string | null;
        invitationExpiresAt: string | null;
        participant: { id: string; name: string } | null;
      };
    }>;
  };
};

export type CreatePasswordResetLinkMutationVariables = Exact<{
  accountId: string | number;
}>;

export type CreatePasswordResetLinkMutation = {
  createPasswordResetLink: { path: string; expiresAt: string };
};

export type DisableAccountMutationVariables = Exact<{
  accountId: string | number;
}>;

export type DisableAccountMutation = { disableAccount: { id: string; status: AccountStatus } };

export type EnableAccountMutationVariables = Exact<{
  accountId: string | number;
}>;

export type EnableAccountMutation = { enableAccount: { id: string; status: AccountStatus } };

export type InvitableParticipantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type InvitableParticipantsQuery = {
  participants: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; name: string } }>;
  };
};

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;

export type InviteAccountMutation = {
  inviteAccount: { expiresAt: string; account: { id: string; email: string } };
};

export type ResendInvitationMutationVariables = Exact<{
  accountId: string | number;
}>;

export type ResendInvitationMutation = { resendInvitation: { expiresAt: string } };

export type ActionChoicesQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type ActionChoicesQuery = {
  process: {
    id: string;
    matters: { edges: Array<{ node: { id: string; title: string } }> };
    milestones: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          shortTitle: string;
          startsAt: string;
          timeZone: string;
          status: MilestoneStatus;
        };
      }>;
    };
  };
  participants: { edges: Array<{ node: { id: string; name: string } }> };
};

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;

export type CreateActionMutation = {
  createAction: { id: string; version: number; title: string; status: ActionStatus; due: string };
};

export type MoveActionMutationVariables = Exact<{
  input: MoveActionInput;
}>;

export type MoveActionMutation = {
  moveAction: {
    id: string;
    version: number;
    status: ActionStatus;
    completedAt: string | null;
    cancelledAt: string | null;
    cancellationReason: string | null;
  };
};

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;

export type UpdateActionMutation = {
  updateAction: {
    id: string;
    version: number;
    title: string;
    description: string;
    status: ActionStatus;
    due: string;
    dueDate: string | null;
    dueOffsetDays: number | null;
    blocksDecision: boolean;
    ownerRole: OwnerRole | null;
    dueMilestone: { id: string } | null;
    owner: { id: string; name: string } | null;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    capacities: Array<Capacity>;
    clearance: Confidentiality;
    permissions: Array<string>;
    account: { id: string; displayName: string; email: string } | null;
    participant: { id: string; name: string } | null;
  };
};

export type MyPowersQueryVariables = Exact<{ [key: string]: never }>;

export type MyPowersQuery = { me: { permissions: Array<string>; grantableRoles: Array<RoleKind> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = {
  notificationAdded: { unreadCount: number; notification: { id: string; subject: string } | null };
};

export type ProcessChangedSubscriptionVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type ProcessChangedSubscription = {
  processChanged: {
    kind: ProcessChangeKind;
    entityType: string | null;
    action: AuditAction | null;
    matterTitle: string | null;
    by: string | null;
    byYou: boolean;
  };
};

export type ProcessSwitcherQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type ProcessSwitcherQuery = {
  process: { id: string; title: string };
  processes: { totalCount: number; edges: Array<{ node: { id: string; title: string } }> };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationsQuery = { unreadNotifications: number };

export type VenueQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type VenueQuery = {
  process: {
    id: string;
    eveOfDecidingMeeting: string | null;
    decisionDeadline: { id: string; timeZone: string } | null;
    targetMilestone: { id: string; timeZone: string } | null;
    decidingMeeting: { id: string; shortTitle: string } | null;
  };
};

export type FailedNotificationJobsQueryVariables = Exact<{ [key: string]: never }>;

export type FailedNotificationJobsQuery = {
  failedNotificationJobs: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: string;
        eventType: string | null;
        channel: string | null;
        recipientEmails: Array<string>;
        attemptsMade: number;
        failureReason: string;
        failedAt: string | null;
      };
    }>;
  };
};

export type RetryAllFailedNotificationJobsMutationVariables = Exact<{ [key: string]: never }>;

export type RetryAllFailedNotificationJobsMutation = {
  retryAllFailedNotificationJobs: Array<{ id: string }>;
};

export type RetryNotificationJobMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryNotificationJobMutation = { retryNotificationJob: { id: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: { capacities: Array<Capacity>; account: { id: string; displayName: string } | null };
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;

export type ResetPasswordMutation = {
  resetPassword: { capacities: Array<Capacity>; account: { id: string; displayName: string } | null };
};

export type InboxQueryVariables = Exact<{
  first?: number | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;

export type InboxQuery = {
  inbox: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        subject: string;
        body: string;
        link: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  notificationPreferences: Array<{
    kind: NotificationKind;
    frequency: DeliveryFrequency;
    isDefault: boolean;
  }>;
  me: { account: { id: string; language: string } | null };
};

export type SetMyLanguageMutationVariables = Exact<{
  language: string;
}>;

export type SetMyLanguageMutation = { setMyLanguage: { account: { id: string; language: string } | null } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  frequency: DeliveryFrequency;
}>;

export type SetNotificationPreferenceMutation = {
  setNotificationPreference: Array<{
    kind: NotificationKind;
    frequency: DeliveryFrequency;
    isDefault: boolean;
  }>;
};

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarFeedsQuery = {
  calendarFeeds: Array<{ id: string; label: string; createdAt: string; revokedAt: string | null }>;
};

export type CorrectMeetingInvitationMutationVariables = Exact<{
  input: CorrectMeetingInvitationInput;
}>;

export type CorrectMeetingInvitationMutation = {
  correctMeetingInvitation: { id: string; version: number; note: string; correctedAt: string | null };
};

export type CreateCalendarFeedMutationVariables = Exact<{
  label?: string | null | undefined;
}>;

export type CreateCalendarFeedMutation = {
  createCalendarFeed: {
    url: string;
    feed: { id: string; label: string; createdAt: string; revokedAt: string | null };
  };
};

export type InvitableMeetingsQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type InvitableMeetingsQuery = {
  process: {
    id: string;
    milestones: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          shortTitle: string;
          kind: MilestoneKind;
          status: MilestoneStatus;
          startsAt: string;
          timeZone: string;
        };
      }>;
    };
  };
};

export type InvitationReachQueryVariables = Exact<{
  on: string;
}>;

export type InvitationReachQuery = {
  parties: { totalCount: number };
  statesNotParties: { totalCount: number };
  organisations: { totalCount: number };
};

export type InviteToMeetingMutationVariables = Exact<{
  input: InviteToMeetingInput;
}>;

export type InviteToMeetingMutation = {
  inviteToMeeting: { id: string; attendance: { reached: number } | null };
};

export type MeetingInvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type MeetingInvitationsQuery = {
  meetingInvitations: Array<{
    id: string;
    version: number;
    sentAt: string;
    note: string;
    correctedAt: string | null;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    invitedAudiences: Array<InvitationAudience>;
    copiedAudiences: Array<InvitationAudience>;
    sentBy: { id: string; name: string } | null;
    milestone: {
      id: string;
      title: string;
      startsAt: string;
      endsAt: string;
      timeZone: string;
      venue: string;
      room: string | null;
      status: MilestoneStatus;
    };
    myReply: {
      id: string;
      copied: boolean;
      attending: boolean | null;
      attendeeCount: number;
      attendeeNames: Array<string>;
      repliedAt: string | null;
      participant: { id: string; name: string };
    } | null;
    attendance: {
      reached: number;
      replied: number;
      attending: number;
      notAttending: number;
      awaiting: number;
      people: number;
    } | null;
    recipients: Array<{
      id: string;
      copied: boolean;
      attending: boolean | null;
      attendeeCount: number;
      attendeeNames: Array<string>;
      repliedAt: string | null;
      participant: { id: string; name: string };
    }>;
  }>;
};

export type ReplyToMeetingInvitationMutationVariables = Exact<{
  input: ReplyToMeetingInvitationInput;
}>;

export type ReplyToMeetingInvitationMutation = {
  replyToMeetingInvitation: {
    id: string;
    attending: boolean | null;
    attendeeCount: number;
    attendeeNames: Array<string>;
    repliedAt: string | null;
  };
};

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { id: string; revokedAt: string | null } };

export type WithdrawMeetingInvitationMutationVariables = Exact<{
  input: WithdrawMeetingInvitationInput;
}>;

export type WithdrawMeetingInvitationMutation = {
  withdrawMeetingInvitation: {
    id: string;
    version: number;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
  };
};

export type AddMatterDependencyMutationVariables = Exact<{
  input: MatterDependencyInput;
}>;

export type AddMatterDependencyMutation = {
  addMatterDependency: {
    id: string;
    version: number;
    dependencies: Array<{ id: string; title: string; status: MatterStatus }>;
  };
};

export type CreateMatterMutationVariables = Exact<{
  input: CreateMatterInput;
}>;

export type CreateMatterMutation = {
  createMatter: { id: string; title: string; status: MatterStatus; version: number };
};

export type CreateOptionMutationVariables = Exact<{
  input: CreateOptionInput;
}>;

export type CreateOptionMutation = {
  createOption: { id: string; text: string; stage: OptionStage; version: number };
};

export type MatterFormChoicesQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type MatterFormChoicesQuery = {
  process: {
    id: string;
    milestones: {
      edges: Array<{ node: { id: string; title: string; shortTitle: string; startsAt: string } }>;
    };
    matters: { edges: Array<{ node: { id: string; title: string; status: MatterStatus } }> };
  };
  participants: { edges: Array<{ node: { id: string; name: string; kind: ParticipantKind } }> };
};

export type MoveOptionMutationVariables = Exact<{
  input: MoveOptionInput;
}>;

export type MoveOptionMutation = {
  moveOption: { id: string; stage: OptionStage; version: number; allowedMoves: Array<OptionStage> };
};

export type RemoveMatterDependencyMutationVariables = Exact<{
  input: MatterDependencyInput;
}>;

export type RemoveMatterDependencyMutation = {
  removeMatterDependency: {
    id: string;
    version: number;
    dependencies: Array<{ id: string; title: string; status: MatterStatus }>;
  };
};

export type UpdateMatterMutationVariables = Exact<{
  input: UpdateMatterInput;
}>;

export type UpdateMatterMutation = {
  updateMatter: {
    id: string;
    title: string;
    description: string;
    version: number;
    confidentiality: Confidentiality;
    observersMayGiveViews: boolean;
    decidingMilestone: { id: string };
  };
};

export type UpdateOptionMutationVariables = Exact<{
  input: UpdateOptionInput;
}>;

export type UpdateOptionMutation = {
  updateOption: {
    id: string;
    text: string;
    version: number;
    confidentiality: Confidentiality;
    proposer: { id: string; name: string } | null;
  };
};

export type CreateViewMutationVariables = Exact<{
  input: CreateViewInput;
}>;

export type CreateViewMutation = {
  createView: { id: string; position: Position; comment: string | null; version: number };
};

export type MatterScreenQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  partiesOn?: string | null | undefined;
  withChanges: boolean;
}>;

export type MatterScreenQuery = {
  matter: {
    id: string;
    asOf: string;
    title: string;
    description: string;
    status: MatterStatus;
    version: number;
    undoableUntil: string | null;
    confidentiality: Confidentiality;
    observersMayGiveViews: boolean;
    allowedMoves: Array<MatterStatus>;
    outcome: string | null;
    process: { id: string };
    decidingMilestone: { id: string; title: string; shortTitle: string; startsAt: string; timeZone: string };
    readiness: { score: number; reasons: Array<{ code: string; params: unknown; message: string }> };
    health: { level: Health; reasons: Array<{ code: string; params: unknown; message: string }> } | null;
    outcomeMilestone: { id: string; title: string; shortTitle: string } | null;
    options: Array<{
      id: string;
      text: string;
      stage: OptionStage;
      tabledAt: string;
      version: number;
      confidentiality: Confidentiality;
      allowedMoves: Array<OptionStage>;
      proposer: { id: string; name: string } | null;
    }>;
    optionStageChanges: Array<{
      id: string;
      optionId: string;
      fromStage: OptionStage | null;
      toStage: OptionStage;
      at: string;
    }>;
    actions: Array<{
      id: string;
      version: number;
      title: string;
      description: string;
      status: ActionStatus;
      cancellationReason: string | null;
      due: string;
      dueDate: string | null;
      dueOffsetDays: number | null;
      blocksDecision: boolean;
      ownerRole: OwnerRole | null;
      dueMilestone: { id: string } | null;
      owner: { id: string; name: string } | null;
    }>;
    dependencies: Array<{ id: string; title: string; status: MatterStatus }>;
    history: Array<{
      id: string;
      at: string;
      fromStatus: MatterStatus | null;
      toStatus: MatterStatus;
      note: string | null;
    }>;
    changes?: Array<{
      id: string;
      at: string;
      action: AuditAction;
      entityType: string;
      entityId: string;
      field: string;
      oldValue: unknown;
      newValue: unknown;
      participantId: string | null;
    }>;
    viewTally: { statePartiesWithView: number; statePartiesObjecting: number };
    views: Array<{
      id: string;
      position: Position;
      comment: string | null;
      expressedAt: string;
      version: number;
      participant: { id: string; name: string };
      option: { id: string } | null;
    }>;
  };
  participants: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> };
};

export type UndoMatterMoveMutationVariables = Exact<{
  input: UndoMatterMoveInput;
}>;

export type UndoMatterMoveMutation = {
  undoMatterMove: {
    id: string;
    status: MatterStatus;
    version: number;
    outcome: string | null;
    undoableUntil: string | null;
    allowedMoves: Array<MatterStatus>;
  };
};

export type UpdateViewMutationVariables = Exact<{
  input: UpdateViewInput;
}>;

export type UpdateViewMutation = {
  updateView: { id: string; position: Position; comment: string | null; version: number };
};

export type MattersBoardQueryVariables = Exact<{
  asOf?: string | null | undefined;
  filter?: MatterFilter | null | undefined;
  processId?: string | number | null | undefined;
}>;

export type MattersBoardQuery = {
  process: {
    id: string;
    milestones: {
      edges: Array<{ node: { id: string; shortTitle: string; title: string; startsAt: string } }>;
    };
    matters: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          title: string;
          status: MatterStatus;
          version: number;
          confidentiality: Confidentiality;
          allowedMoves: Array<MatterStatus>;
          decidingMilestone: { id: string; shortTitle: string; startsAt: string };
          readiness: { score: number };
          health: {
            level: Health;
            reasons: Array<{ code: string; params: unknown; message: string }>;
          } | null;
          actions: Array<{
            id: string;
            ownerRole: OwnerRole | null;
            owner: { id: string; name: string } | null;
          }>;
        };
      }>;
    };
  };
};

export type MoveMatterMutationVariables = Exact<{
  input: MoveMatterInput;
}>;

export type MoveMatterMutation = {
  moveMatter: {
    id: string;
    title: string;
    status: MatterStatus;
    version: number;
    allowedMoves: Array<MatterStatus>;
    readiness: { score: number };
    health: { level: Health } | null;
  };
};

export type CreateMilestoneMutationVariables = Exact<{
  input: CreateMilestoneInput;
}>;

export type CreateMilestoneMutation = { createMilestone: { id: string; version: number; title: string } };

export type MilestoneScreenQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type MilestoneScreenQuery = {
  milestone: {
    id: string;
    version: number;
    kind: MilestoneKind;
    title: string;
    shortTitle: string;
    description: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    venue: string;
    room: string | null;
    status: MilestoneStatus;
    readiness: number | null;
    process: { id: string };
    convenors: Array<{ id: string; name: string }>;
    contacts: Array<{
      id: string;
      name: string;
      title: string | null;
      email: string | null;
      phone: string | null;
      participant: { id: string; name: string };
    }>;
    matters: Array<{
      id: string;
      title: string;
      status: MatterStatus;
      readiness: { score: number };
      health: { level: Health } | null;
    }>;
    actions: Array<{
      id: string;
      version: number;
      title: string;
      description: string;
      status: ActionStatus;
      cancellationReason: string | null;
      due: string;
      dueDate: string | null;
      dueOffsetDays: number | null;
      blocksDecision: boolean;
      ownerRole: OwnerRole | null;
      dueMilestone: { id: string } | null;
      owner: { id: string; name: string } | null;
      servesMatter: { id: string; title: string } | null;
      servesMilestone: { id: string; shortTitle: string } | null;
    }>;
  };
};

export type MilestonePeopleQueryVariables = Exact<{ [key: string]: never }>;

export type MilestonePeopleQuery = {
  participants: {
    edges: Array<{ node: { id: string; name: string; people: Array<{ id: string; name: string }> } }>;
  };
};

export type RescheduleImpactQueryVariables = Exact<{
  id: string | number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}>;

export type RescheduleImpactQuery = {
  milestoneRescheduleImpact: {
    calendarEntries: number;
    actionsMoved: Array<{ dueBefore: string; dueAfter: string; action: { id: string; title: string } }>;
  };
};

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;

export type UpdateMilestoneMutation = {
  updateMilestone: {
    id: string;
    version: number;
    kind: MilestoneKind;
    title: string;
    shortTitle: string;
    description: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    venue: string;
    room: string | null;
    status: MilestoneStatus;
    convenors: Array<{ id: string; name: string }>;
    contacts: Array<{ id: string; name: string }>;
  };
};

export type MyWorkQueryVariables = Exact<{
  processId?: string | number | null | undefined;
}>;

export type MyWorkQuery = {
  process: {
    id: string;
    matters: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          decidingMilestone: { id: string; shortTitle: string };
          views: Array<{ id: string; participant: { id: string }; option: { id: string } | null }>;
        };
      }>;
    };
    actions: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          due: string;
          owner: { id: string } | null;
          servesMatter: { id: string; title: string } | null;
        };
      }>;
    };
  };
};

export type OverviewScreenQueryVariables = Exact<{
  asOf?: string | null | undefined;
  processId?: string | number | null | undefined;
}>;

export type OverviewScreenQuery = {
  process: {
    id: string;
    title: string;
    targetEvent: string;
    ended: boolean;
    eveOfDecidingMeeting: string | null;
    decidingMeeting: { id: string; title: string } | null;
    milestones: { edges: Array<{ node: { id: string; startsAt: string } }> };
    dashboard: {
      asOf: string;
      openMatters: number;
      totalMatters: number;
      readiness: number | null;
      openReadiness: number | null;
      daysToNextMilestone: number | null;
      daysToDecisionDeadline: number | null;
      nextMilestone: {
        id: string;
        title: string;
        shortTitle: string;
        startsAt: string;
        timeZone: string;
      } | null;
      decisionDeadline: {
        id: string;
        title: string;
        shortTitle: string;
        startsAt: string;
        timeZone: string;
      } | null;
      byHealth: Array<{ health: Health; count: number }>;
      byStatus: Array<{ status: MatterStatus; count: number }>;
      milestones: Array<{
        readiness: number | null;
        matters: number;
        openMatters: number;
        milestone: { id: string; shortTitle: string; title: string; startsAt: string; timeZone: string };
      }>;
    };
    matters: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          title: string;
          status: MatterStatus;
          decidingMilestone: { id: string; shortTitle: string };
          readiness: { score: number; reasons: Array<{ code: string; params: unknown; message: string }> };
          health: {
            level: Health;
            reasons: Array<{ code: string; params: unknown; message: string }>;
          } | null;
        };
      }>;
    };
  };
};

export type ReadinessSeriesQueryVariables = Exact<{
  from: string;
  to: string;
  points: number;
  processId?: string | number | null | undefined;
}>;

export type ReadinessSeriesQuery = {
  process: {
    id: string;
    readinessSeries: Array<{
      asOf: string;
      readiness: number | null;
      milestones: Array<{ readiness: number | null; milestone: { id: string } }>;
    }>;
  };
};

export type RecordVisitMutationVariables = Exact<{ [key: string]: never }>;

export type RecordVisitMutation = { recordVisit: string | null };

export type WhatChangedQueryVariables = Exact<{
  processId?: string | number | null | undefined;
  since: string;
}>;

export type WhatChangedQuery = {
  process: {
    id: string;
    changesSince: Array<{
      matterId: string;
      title: string;
      created: boolean;
      statusFrom: MatterStatus | null;
      statusTo: MatterStatus;
      readinessFrom: number | null;
      readinessTo: number;
      healthFrom: Health | null;
      healthTo: Health | null;
      views: number;
      options: number;
      actions: number;
      edited: boolean;
    }>;
  };
};

export type ParticipantsQueryVariables = Exact<{
  on?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ParticipantsQuery = {
  participants: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        name: string;
        kind: ParticipantKind;
        iso3: string | null;
        becamePartyOn: string | null;
        organisationType: OrganisationType | null;
        regionalGroup: string | null;
        isParty: boolean;
      };
    }>;
  };
};

export type RoleTermsListQueryVariables = Exact<{
  knownOn?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type RoleTermsListQuery = {
  roleTerms: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        role: RoleKind;
        body: string;
        startsOn: string;
        endsOn: string | null;
        personName: string | null;
        participant: { id: string; name: string };
        milestone: { id: string; shortTitle: string } | null;
      };
    }>;
  };
};

export type CreateParticipantMutationVariables = Exact<{
  input: CreateParticipantInput;
}>;

export type CreateParticipantMutation = { createParticipant: { id: string; name: string; version: number } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;

export type CreatePersonMutation = {
  createPerson: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    language: string | null;
    version: number;
  };
};

export type CreateRoleTermMutationVariables = Exact<{
  input: CreateRoleTermInput;
}>;

export type CreateRoleTermMutation = { createRoleTerm: { id: string; version: number } };

export type EndRoleTermMutationVariables = Exact<{
  input: UpdateRoleTermInput;
}>;

export type EndRoleTermMutation = { updateRoleTerm: { id: string; endsOn: string | null; version: number } };

export type HandOverPresidencyMutationVariables = Exact<{
  input: HandOverPresidencyInput;
}>;

export type HandOverPresidencyMutation = {
  handOverPresidency: {
    ended: { id: string; endsOn: string | null; version: number };
    started: { id: string; startsOn: string; participant: { id: string; name: string } };
  };
};

export type ImportStatesPartiesMutationVariables = Exact<{
  input: ImportStatesPartiesInput;
}>;

export type ImportStatesPartiesMutation = {
  importStatesParties: {
    dryRun: boolean;
    added: number;
    changed: number;
    unchanged: number;
    refused: number;
    rows: Array<{
      row: number;
      name: string;
      iso3: string;
      outcome: ImportOutcome;
      changes: Array<{ field: string; from: string | null; to: string | null }>;
      refusals: Array<{ code: string; field: string | null; message: string }>;
    }>;
  };
};

export type ManageRoleTermsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ManageRoleTermsQuery = {
  roleTerms: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        role: RoleKind;
        body: string;
        startsOn: string;
        endsOn: string | null;
        decidedOn: string | null;
        personName: string | null;
        version: number;
        participant: { id: string; name: string };
      };
    }>;
  };
};

export type ParticipantPeopleQueryVariables = Exact<{
  id: string | number;
}>;

export type ParticipantPeopleQuery = {
  participant: {
    id: string;
    name: string;
    kind: ParticipantKind;
    iso3: string | null;
    organisationType: OrganisationType | null;
    becamePartyOn: string | null;
    depositedOn: string | null;
    regionalGroup: string | null;
    version: number;
    people: Array<{
      id: string;
      name: string;
      title: string | null;
      email: string | null;
      phone: string | null;
      language: string | null;
      version: number;
    }>;
  };
};

export type PeopleParticipantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PeopleParticipantsQuery = {
  participants: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        name: string;
        kind: ParticipantKind;
        iso3: string | null;
        organisationType: OrganisationType | null;
        becamePartyOn: string | null;
        depositedOn: string | null;
        regionalGroup: string | null;
        version: number;
      };
    }>;
  };
};

export type UpdateParticipantMutationVariables = Exact<{
  input: UpdateParticipantInput;
}>;

export type UpdateParticipantMutation = {
  updateParticipant: {
    id: string;
    name: string;
    kind: ParticipantKind;
    iso3: string | null;
    organisationType: OrganisationType | null;
    becamePartyOn: string | null;
    depositedOn: string | null;
    regionalGroup: string | null;
    version: number;
  };
};

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;

export type UpdatePersonMutation = {
  updatePerson: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    phone: string | null;
    language: string | null;
    version: number;
  };
};

export type HandoverQueryVariables = Exact<{
  on?: string | null | undefined;
}>;

export type HandoverQuery = {
  presidencies: {
    on: string;
    current: {
      id: string;
      role: RoleKind;
      body: string;
      startsOn: string;
      endsOn: string | null;
      personName: string | null;
      participant: { id: string; name: string };
      milestone: { id: string; title: string; shortTitle: string } | null;
    } | null;
    incoming: {
      id: string;
      role: RoleKind;
      body: string;
      startsOn: string;
      endsOn: string | null;
      personName: string | null;
      participant: { id: string; name: string };
      milestone: { id: string; title: string; shortTitle: string } | null;
    } | null;
  };
  roleTerms: {
    edges: Array<{ node: { id: string; role: RoleKind; participant: { id: string; name: string } } }>;
  };
};

export type PresidencyTermFragment = {
  id: string;
  role: RoleKind;
  body: string;
  startsOn: string;
  endsOn: string | null;
  personName: string | null;
  participant: { id: string; name: string };
  milestone: { id: string; title: string; shortTitle: string } | null;
};

export type PreparationActionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  processId?: string | number | null | undefined;
}>;

export type PreparationActionsQuery = {
  process: {
    id: string;
    actions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          version: number;
          title: string;
          status: ActionStatus;
          due: string;
          blocksDecision: boolean;
          ownerRole: OwnerRole | null;
          owner: { id: string; name: string } | null;
          servesMatter: { id: string; title: string } | null;
          servesMilestone: { id: string; shortTitle: string } | null;
        };
      }>;
    };
  };
};

export type CopyProcessMutationVariables = Exact<{
  input: CopyProcessInput;
}>;

export type CopyProcessMutation = { copyProcess: { id: string; title: string } };

export type CreateProcessMutationVariables = Exact<{
  input: CreateProcessInput;
}>;

export type CreateProcessMutation = { createProcess: { id: string; title: string } };

export type ProcessesScreenQueryVariables = Exact<{ [key: string]: never }>;

export type ProcessesScreenQuery = {
  processes: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        title: string;
        conveningBody: string;
        targetEvent: string;
        ended: boolean;
        targetMilestone: { id: string; startsAt: string; timeZone: string } | null;
      };
    }>;
  };
};

export type SearchQueryVariables = Exact<{
  processId?: string | number | null | undefined;
  text: string;
  asOf?: string | null | undefined;
}>;

export type SearchQuery = {
  process: {
    id: string;
    search: Array<{
      kind: SearchKind;
      id: string;
      matterId: string | null;
      title: string;
      excerpt: string | null;
      context: string | null;
      titleMarks: Array<{ start: number; end: number }>;
      excerptMarks: Array<{ start: number; end: number }>;
    }>;
  };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: { capacities: Array<Capacity>; account: { id: string; displayName: string } | null };
};

export type StateOfPlayScreenQueryVariables = Exact<{
  processId?: string | number | null | undefined;
  milestoneId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;

export type StateOfPlayScreenQuery = {
  process: {
    id: string;
    title: string;
    dashboard: { milestones: Array<{ milestone: { id: string; title: string } }> };
    stateOfPlay: {
      asOf: string;
      daysToMilestone: number | null;
      partiesOn: string;
      statesParties: number;
      totalMatters: number;
      openMatters: number;
      openReadiness: number | null;
      milestone: { id: string; title: string; startsAt: string; timeZone: string; venue: string } | null;
      byStatus: Array<{ status: MatterStatus; count: number }>;
      byHealth: Array<{ health: Health; count: number }>;
      atRisk: Array<{
        id: string;
        title: string;
        health: { level: Health; reasons: Array<{ code: string; message: string }> } | null;
      }>;
      preparedFor: { person: string | null; participant: string | null; clearance: Confidentiality };
      matters: Array<{
        matter: {
          id: string;
          title: string;
          status: MatterStatus;
          outcome: string | null;
          readiness: { score: number; reasons: Array<{ code: string; message: string }> };
          health: { level: Health; reasons: Array<{ code: string; message: string }> } | null;
          options: Array<{ id: string; text: string; stage: OptionStage }>;
          actions: Array<{
            id: string;
            title: string;
            status: ActionStatus;
            due: string;
            ownerRole: OwnerRole | null;
            owner: { id: string; name: string } | null;
          }>;
          dependencies: Array<{ id: string; title: string; status: MatterStatus }>;
        };
        positions: { supports: number; canLiveWith: number; objects: number; comments: number };
        optionPositions: Array<{
          option: { id: string };
          positions: { supports: number; canLiveWith: number; objects: number; comments: number };
        }>;
        notYetHeard: Array<{ id: string; name: string }>;
      }>;
    };
  };
};

export type PositionCountFieldsFragment = {
  supports: number;
  canLiveWith: number;
  objects: number;
  comments: number;
};

export type TimelineScreenQueryVariables = Exact<{
  asOf?: string | null | undefined;
  processId?: string | number | null | undefined;
}>;

export type TimelineScreenQuery = {
  process: {
    id: string;
    title: string;
    dashboard: { asOf: string; nextMilestone: { id: string } | null };
    milestones: {
      edges: Array<{
        node: {
          id: string;
          kind: MilestoneKind;
          title: string;
          shortTitle: string;
          startsAt: string;
          endsAt: string;
          timeZone: string;
          venue: string;
          room: string | null;
          status: MilestoneStatus;
          readiness: number | null;
          matters: Array<{
            id: string;
            title: string;
            status: MatterStatus;
            readiness: { score: number };
            health: { level: Health } | null;
          }>;
        };
      }>;
    };
  };
};

export type RecordChangesQueryVariables = Exact<{
  entityId: string | number;
}>;

export type RecordChangesQuery = {
  auditEvents: {
    edges: Array<{
      node: { id: string; at: string; accountId: string | null; actorName: string | null; field: string };
    }>;
  };
};
