// Ordering milestones on the time axis and placing "now" among them.

/** Where a milestone stands relative to the instant the screen is read at. */
export type Phase = 'past' | 'current' | 'upcoming';

export function milestonePhase(m: { startsAt: string; endsAt: string }, asOf: string): Phase {
  const at = Date.parse(asOf);
  if (Number.isNaN(at)) return 'upcoming';
  if (Date.parse(m.endsAt) < at) return 'past';
  if (Date.parse(m.startsAt) <= at) return 'current';
  return 'upcoming';
}

/** Milestones in date order (start, then end, then title), without changing the array given. */
export function byDate<T extends { startsAt: string; endsAt: string; title: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
      Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
      a.title.localeCompare(b.title),
  );
}

/** Where the "now" line goes in a date-ordered list: before the first milestone that starts after `asOf`. */
export function nowIndex(ordered: readonly { startsAt: string }[], asOf: string): number {
  const at = Date.parse(asOf);
  const index = ordered.findIndex((m) => Date.parse(m.startsAt) > at);
  return index === -1 ? ordered.length : index;
}
