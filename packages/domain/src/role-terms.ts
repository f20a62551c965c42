// Roles rotate: who holds one is always a question about a day. "The current and incoming Presidencies" are the
// President term running that day and the next one to start after it.
import { refusal, type GuardFailure } from './guard-failure';
import { RoleKind, type IsoDate } from './model';

export interface Term {
  role: RoleKind;
  startsOn: IsoDate;
  /** Last day of the term, inclusive; null while open-ended. */
  endsOn: IsoDate | null;
}

export function isTermActive(term: Term, on: IsoDate): boolean {
  return term.startsOn <= on && (term.endsOn === null || on <= term.endsOn);
}

export function termsActiveOn<T extends Term>(terms: readonly T[], on: IsoDate): T[] {
  return terms.filter((term) => isTermActive(term, on));
}

/**
 * The Presidency running on `on` (the latest-starting President term active that day, since a handover day has
 * both) and the incoming one (the first President term starting after it).
 */
export function presidenciesOn<T extends Term>(
  terms: readonly T[],
  on: IsoDate,
): { current: T | null; incoming: T | null } {
  const presidents = terms
    .filter((term) => term.role === RoleKind.PRESIDENT)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const current = presidents.filter((term) => isTermActive(term, on)).pop() ?? null;
  const incoming = presidents.find((term) => term.startsOn > on && term !== current) ?? null;
  return { current, incoming };
}

/** What a Presidency handover needs to know: the term handed over, its last day, who takes over, other terms. */
export interface PresidencyHandover<T extends Term> {
  current: T;
  /** The last day of the current Presidency, and the first of the incoming one: a handover day has both. */
  endsOn: IsoDate;
  /** The incoming participant's entry into force; null for a State not party or an organisation. */
  incomingBecamePartyOn: IsoDate | null;
  /** Every President term, the current one included. */
  presidents: readonly T[];
}

/**
 * Why a Presidency cannot be handed over as asked: the term must be a President term running on the handover day,
 * the incoming Presidency a State Party that day, and no later Presidency already recorded.
 */
export function checkPresidencyHandover<T extends Term>(handover: PresidencyHandover<T>): GuardFailure[] {
  const { current, endsOn, incomingBecamePartyOn, presidents } = handover;
  const startsOn = endsOn;
  const failures: GuardFailure[] = [];
  if (current.role !== RoleKind.PRESIDENT) {
    failures.push(refusal('NOT_A_PRESIDENCY', 'currentTermId', 'NOT_A_PRESIDENCY', {}));
  }
  if (endsOn < current.startsOn || (current.endsOn !== null && current.endsOn < endsOn)) {
    failures.push(
      refusal('HANDOVER_OUTSIDE_TERM', 'endsOn', 'HANDOVER_OUTSIDE_TERM', {
        start: current.startsOn,
        end: current.endsOn ?? '…',
      }),
    );
  }
  if (incomingBecamePartyOn === null || incomingBecamePartyOn > startsOn) {
    failures.push(refusal('INCOMING_NOT_PARTY', 'participantId', 'INCOMING_NOT_PARTY', { day: startsOn }));
  }
  const clash = presidents.find((term) => term !== current && term.startsOn > current.startsOn);
  if (clash) {
    failures.push(
      refusal('PRESIDENCY_ALREADY_RECORDED', 'endsOn', 'PRESIDENCY_ALREADY_RECORDED', {
        start: clash.startsOn,
      }),
    );
  }
  return failures;
}
