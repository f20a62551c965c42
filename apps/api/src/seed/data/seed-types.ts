// The shape of the sample data: plain, typed records joined by string keys. The database loader turns keys into
// ids, local wall-clock times into instants (through each record's IANA zone) and histories into rows.
import type {
  ActionStatus,
  Confidentiality,
  IsoDate,
  MatterStatus,
  MilestoneKind,
  MilestoneStatus,
  OptionStage,
  OrganisationType,
  OwnerRole,
  ParticipantKind,
  Position,
  RoleKind,
} from '@prepcom/domain';

export interface SeedProcess {
  key: string;
  title: string;
  conveningBody: string;
  targetEvent: string;
  targetMilestoneKey: string;
  decisionDeadlineMilestoneKey: string;
  description: string;
}

export interface SeedParticipant {
  key: string;
  name: string;
  kind: ParticipantKind;
  iso3?: string;
  organisationType?: OrganisationType;
  /** Entry into force for the State (Article 17); null for a State not Party by the end of 2004. */
  becamePartyOn?: IsoDate | null;
  /** Deposit of the instrument of ratification or accession. */
  depositedOn?: IsoDate | null;
  regionalGroup?: string | null;
}

export interface SeedPerson {
  key: string;
  participantKey: string;
  name: string;
  email?: string;
  phone?: string;
  title?: string;
}

export interface SeedMilestone {
  key: string;
  kind: MilestoneKind;
  title: string;
  shortTitle: string;
  startsLocal: string /* 'YYYY-MM-DDTHH:mm' venue wall-clock */;
  endsLocal: string;
  timeZone: string /* IANA */;
  venue: string;
  room?: string;
  status: MilestoneStatus;
  convenorKeys: string[];
  contactKeys: string[];
  description?: string;
}

export interface SeedRoleTerm {
  key: string;
  participantKey: string;
  role: RoleKind;
  body: string /* e.g. 'Standing Committee on the General Status and Operation of the Convention' or 'Fourth Meeting of the States Parties' */;
  milestoneKey?: string /* the meeting presided, for PRESIDENT / PRESIDENT_DESIGNATE */;
  startsOn: IsoDate;
  decidedOn?: IsoDate /* when decided ahead of its start: a designation, a Presidency chosen a year ahead */;
  endsOn: IsoDate | null;
  personName?: string;
}

export interface SeedMatterEvent {
  to: MatterStatus;
  atLocal: string /* 'YYYY-MM-DDTHH:mm' */;
  timeZone: string;
  milestoneKey?: string /* where it happened, or the milestone deferred to for DEFERRED */;
  note?: string;
}

export interface SeedOption {
  key: string;
  text: string;
  proposerKey?: string;
  stage: OptionStage;
  tabledOn: IsoDate;
  /** PUBLIC when left out. */
  confidentiality?: Confidentiality;
}

export interface SeedMatter {
  key: string;
  title: string;
  description: string;
  decidingMilestoneKey: string /* the milestone by which it must (finally) be decided */;
  initialDecidingMilestoneKey: string /* before any deferral */;
  outcome?: string;
  outcomeMilestoneKey?: string;
  dependsOnKeys: string[];
  /** Who may see it; PUBLIC when left out (the process this sample comes from was public). */
  confidentiality?: Confidentiality;
  observersMayGiveViews?: boolean;
  history: SeedMatterEvent[] /* in order; the first is IDENTIFIED; the last gives the current status */;
  options: SeedOption[];
}

/** RELATIVE counts days from the milestone's first day in the milestone's own zone (−30 = 30 days before). */
export type SeedDue =
  { kind: 'ABSOLUTE'; date: IsoDate } | { kind: 'RELATIVE'; milestoneKey: string; offsetDays: number };

export interface SeedAction {
  key: string;
  title: string;
  description?: string;
  ownerParticipantKey?: string;
  ownerRole?: OwnerRole;
  due: SeedDue;
  status: ActionStatus;
  createdOn: IsoDate;
  completedOn?: IsoDate;
  servesMatterKey?: string;
  servesMilestoneKey?: string;
  blocksDecision: boolean;
}

export interface SeedView {
  key: string;
  participantKey: string;
  matterKey: string;
  optionKey?: string;
  position: Position;
  comment?: string;
  /** PUBLIC when left out. */
  confidentiality?: Confidentiality;
  expressedAtLocal: string;
  timeZone: string;
  milestoneKey?: string;
}

export interface SeedDataset {
  process: SeedProcess;
  participants: SeedParticipant[];
  people: SeedPerson[];
  milestones: SeedMilestone[];
  roleTerms: SeedRoleTerm[];
  matters: SeedMatter[];
  actions: SeedAction[];
  views: SeedView[];
}
