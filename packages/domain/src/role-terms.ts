// Roles rotate: who holds one is always a question about a day. "The current and incoming Presidencies" are the
// President term running that day and the next one to start after it.
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
