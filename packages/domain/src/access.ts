// Who may see and do what. Powers come from the role terms a person's participant holds on the day, plus the
// account's own role: when a term ends, the power ends with it, with no one editing accounts.
import { presidenciesOn, termsActiveOn, type Term } from './role-terms';
import { MatterStatus, OptionStage, ParticipantKind, RoleKind, type IsoDate, type OwnerRole } from './model';

/** Who may see a record, from the narrowest audience to everyone. */
export const Confidentiality = {
  CO_CHAIRS: 'CO_CHAIRS',
  COORDINATING_COMMITTEE: 'COORDINATING_COMMITTEE',
  STATES_PARTIES: 'STATES_PARTIES',
  OBSERVERS: 'OBSERVERS',
  PUBLIC: 'PUBLIC',
} as const;
export type Confidentiality = (typeof Confidentiality)[keyof typeof Confidentiality];

const AUDIENCE_ORDER: readonly Confidentiality[] = [
  Confidentiality.CO_CHAIRS,
  Confidentiality.COORDINATING_COMMITTEE,
  Confidentiality.STATES_PARTIES,
  Confidentiality.OBSERVERS,
  Confidentiality.PUBLIC,
];

export const AccountRole = { ADMINISTRATOR: 'ADMINISTRATOR', DELEGATE: 'DELEGATE' } as const;
export type AccountRole = (typeof AccountRole)[keyof typeof AccountRole];

/** What a signed-in person can act as today. */
export const Capacity = {
  ADMINISTRATOR: 'ADMINISTRATOR',
  CO_CHAIR: 'CO_CHAIR',
  /** The current or the incoming Presidency, or the President-designate. */
  PRESIDENCY: 'PRESIDENCY',
  SUPPORT_UNIT: 'SUPPORT_UNIT',
  STATE_PARTY: 'STATE_PARTY',
  /** A State not party, or an organisation. */
  OBSERVER: 'OBSERVER',
} as const;
export type Capacity = (typeof Capacity)[keyof typeof Capacity];

export interface ActorFacts {
  accountRole: AccountRole;
  participant: { id: string; kind: ParticipantKind; becamePartyOn: IsoDate | null } | null;
  /** Every role term, of every participant: the incoming Presidency is only known against all of them. */
  roleTerms: readonly (Term & { participantId: string })[];
}

export function capacitiesOn(facts: ActorFacts, today: IsoDate): Capacity[] {
  const capacities = new Set<Capacity>();
  if (facts.accountRole === AccountRole.ADMINISTRATOR) capacities.add(Capacity.ADMINISTRATOR);
  const participant = facts.participant;
  if (participant) {
    const own = termsActiveOn(
      facts.roleTerms.filter((term) => term.participantId === participant.id),
      today,
    );
    const held = (role: RoleKind) => own.some((term) => term.role === role);
    const { current, incoming } = presidenciesOn(facts.roleTerms, today);
    if (held(RoleKind.CO_CHAIR)) capacities.add(Capacity.CO_CHAIR);
    if (
      current?.participantId === participant.id ||
      incoming?.participantId === participant.id ||
      held(RoleKind.PRESIDENT_DESIGNATE)
    ) {
      capacities.add(Capacity.PRESIDENCY);
    }
    if (held(RoleKind.SUPPORT_UNIT)) capacities.add(Capacity.SUPPORT_UNIT);
    const party =
      participant.kind === ParticipantKind.STATE &&
      participant.becamePartyOn !== null &&
      participant.becamePartyOn <= today;
    capacities.add(party ? Capacity.STATE_PARTY : Capacity.OBSERVER);
  }
  return [...capacities];
}

/** The narrowest audience whose records a person with these capacities may read. */
export function clearanceOf(capacities: readonly Capacity[]): Confidentiality {
  const has = (capacity: Capacity) => capacities.includes(capacity);
  if (has(Capacity.CO_CHAIR) || has(Capacity.ADMINISTRATOR)) return Confidentiality.CO_CHAIRS;
  if (has(Capacity.PRESIDENCY) || has(Capacity.SUPPORT_UNIT)) return Confidentiality.COORDINATING_COMMITTEE;
  if (has(Capacity.STATE_PARTY)) return Confidentiality.STATES_PARTIES;
  if (has(Capacity.OBSERVER)) return Confidentiality.OBSERVERS;
  return Confidentiality.PUBLIC;
}

/** Every audience a person cleared for `clearance` belongs to: theirs and every wider one. */
export function visibleTiers(clearance: Confidentiality): Confidentiality[] {
  return AUDIENCE_ORDER.slice(AUDIENCE_ORDER.indexOf(clearance));
}

export function canSee(tier: Confidentiality, clearance: Confidentiality): boolean {
  return AUDIENCE_ORDER.indexOf(tier) >= AUDIENCE_ORDER.indexOf(clearance);
}

/**
 * The narrowest of some tiers: a record about another (a view on an option) and a record's past (its tier then and
 * now) are only as open as the most closed of them.
 */
export function narrowest(first: Confidentiality, ...others: Confidentiality[]): Confidentiality {
  return others.reduce(
    (narrow, tier) => (AUDIENCE_ORDER.indexOf(tier) < AUDIENCE_ORDER.indexOf(narrow) ? tier : narrow),
    first,
  );
}

/**
 * The permission matrix (docs/security.md prints it). Reads are public and filtered by clearance; each write
 * names the capacities that may make it. Some rules narrow further inside the service (a delegate writes only
 * their own State's views; an observer only where the matter is open to observers' views).
 */
export const PERMISSIONS = {
  'process.write': [Capacity.ADMINISTRATOR],
  'participant.write': [Capacity.ADMINISTRATOR, Capacity.SUPPORT_UNIT],
  'roleTerm.write': [Capacity.ADMINISTRATOR, Capacity.SUPPORT_UNIT],
  'account.invite': [Capacity.ADMINISTRATOR, Capacity.CO_CHAIR],
  'account.manage': [Capacity.ADMINISTRATOR],
  'milestone.write': [Capacity.PRESIDENCY, Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  'matter.write': [Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  'matter.move': [Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  /** DECIDED, DEFERRED, WITHDRAWN and the outcome: the Co-Chairs' call, never the secretariat's. */
  'matter.decide': [Capacity.CO_CHAIR],
  'option.write': [Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  'action.write': [Capacity.PRESIDENCY, Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  'view.write': [Capacity.STATE_PARTY, Capacity.OBSERVER, Capacity.SUPPORT_UNIT],
  'audit.read': [Capacity.ADMINISTRATOR, Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  /** Notification jobs that failed for good: who they were for, why, and sending them again. */
  'notificationJobs.manage': [Capacity.ADMINISTRATOR],
  /** Inviting participants to a meeting, and seeing who is coming. */
  'invitation.send': [Capacity.PRESIDENCY, Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  'invitation.readReplies': [Capacity.PRESIDENCY, Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT],
  /** A delegate answers for their own participant, when it was invited or copied. */
  'invitation.reply': [Capacity.STATE_PARTY, Capacity.OBSERVER],
} as const satisfies Record<string, readonly Capacity[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(capacities: readonly Capacity[], permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Capacity[]).some((capacity) => capacities.includes(capacity));
}

/** Moves that settle a matter or take it off the table: the Co-Chairs' call, never the secretariat's. */
const DECIDING_MATTER_MOVES: readonly MatterStatus[] = [
  MatterStatus.DECIDED,
  MatterStatus.DEFERRED,
  MatterStatus.WITHDRAWN,
];

/** The permission a move of a matter to `to` needs: the server requires it, and a screen offers only those held. */
export function matterMovePermission(to: MatterStatus): Permission {
  return DECIDING_MATTER_MOVES.includes(to) ? 'matter.decide' : 'matter.move';
}

/** The permission a move of an option to `to` needs: adopting one is part of deciding its matter. */
export function optionMovePermission(to: OptionStage): Permission {
  return to === OptionStage.ADOPTED ? 'matter.decide' : 'option.write';
}

/**
 * Whose views a person may record: a delegate their own participant's; the support unit anyone's, as it records
 * what each delegation said in the room.
 */
export function mayRecordViewFor(
  person: { participantId: string | null; capacities: readonly Capacity[] },
  participantId: string,
): boolean {
  return person.capacities.includes(Capacity.SUPPORT_UNIT) || person.participantId === participantId;
}

/** Whether a matter takes views from this person: observers' only where it is open to them. */
export function mayGiveViewOn(
  capacities: readonly Capacity[],
  matter: { observersMayGiveViews: boolean },
): boolean {
  if (!can(capacities, 'view.write')) return false;
  return (
    matter.observersMayGiveViews ||
    can(capacities, 'matter.write') ||
    capacities.includes(Capacity.STATE_PARTY)
  );
}

/** The capacity through which a person holds a role that owns actions. */
const OWNER_CAPACITY: Record<OwnerRole, Capacity> = {
  CURRENT_PRESIDENCY: Capacity.PRESIDENCY,
  INCOMING_PRESIDENCY: Capacity.PRESIDENCY,
  PRESIDENT_DESIGNATE: Capacity.PRESIDENCY,
  CO_CHAIRS: Capacity.CO_CHAIR,
  SUPPORT_UNIT: Capacity.SUPPORT_UNIT,
};

/** Whether an action is a person's to do: their participant owns it, or they hold today the role that does. */
export function ownsAction(
  action: { ownerParticipantId: string | null; ownerRole: OwnerRole | null },
  person: { participantId: string | null; capacities: readonly Capacity[] },
): boolean {
  if (action.ownerParticipantId !== null) return action.ownerParticipantId === person.participantId;
  return action.ownerRole !== null && person.capacities.includes(OWNER_CAPACITY[action.ownerRole]);
}

/** The capacity a role term gives its holder's delegates; a Co-Rapporteur's gives none beyond their own State's. */
export const ROLE_CAPACITY: Record<RoleKind, Capacity | null> = {
  CO_CHAIR: Capacity.CO_CHAIR,
  PRESIDENT: Capacity.PRESIDENCY,
  PRESIDENT_DESIGNATE: Capacity.PRESIDENCY,
  SUPPORT_UNIT: Capacity.SUPPORT_UNIT,
  CO_RAPPORTEUR: null,
};

/**
 * Roles that lead the process: who holds them decides who presides and who decides (a President term also moves the
 * current and incoming Presidency of everyone else). Only an administrator grants, changes or ends their terms.
 */
export const LEADERSHIP_ROLES: readonly RoleKind[] = [
  RoleKind.CO_CHAIR,
  RoleKind.PRESIDENT,
  RoleKind.PRESIDENT_DESIGNATE,
];

/**
 * Whether someone with `granter`'s capacities may give someone else `granted`: never a permission they do not hold
 * themselves, nor a clearance narrower than their own. An administrator may give anything.
 */
export function withinOwnPowers(granter: readonly Capacity[], granted: readonly Capacity[]): boolean {
  if (granter.includes(Capacity.ADMINISTRATOR)) return true;
  const permissions = Object.keys(PERMISSIONS) as Permission[];
  return (
    permissions.every((permission) => !can(granted, permission) || can(granter, permission)) &&
    canSee(clearanceOf(granted), clearanceOf(granter))
  );
}

/** Whether someone may grant, change or end a term of `role`: leadership is an administrator's, the rest within one's own powers. */
export function mayGrantRole(granter: readonly Capacity[], role: RoleKind): boolean {
  if (granter.includes(Capacity.ADMINISTRATOR)) return true;
  if (LEADERSHIP_ROLES.includes(role)) return false;
  const capacity = ROLE_CAPACITY[role];
  return capacity === null || withinOwnPowers(granter, [capacity]);
}
