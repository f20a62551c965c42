// States' positions on a matter, from the views it has received: each participant counts once, with its latest view
// (a view replaces the ones it gave before). Positions on the matter as a whole and on each option are kept apart.
import type { MatterScreenQuery, Position } from '../generated/graphql';

export type ViewData = MatterScreenQuery['matter']['views'][number];

export const POSITIONS: readonly Position[] = ['SUPPORTS', 'CAN_LIVE_WITH', 'OBJECTS', 'COMMENT'];

/** Each participant's latest view on the option given, or on the matter as a whole (null), by participant id. */
export function latestViews(views: readonly ViewData[], optionId: string | null): Map<string, ViewData> {
  const latest = new Map<string, ViewData>();
  for (const view of views) {
    if ((view.option?.id ?? null) !== optionId) continue;
    const known = latest.get(view.participant.id);
    if (!known || Date.parse(view.expressedAt) >= Date.parse(known.expressedAt)) {
      latest.set(view.participant.id, view);
    }
  }
  return latest;
}

/** How many of `among` (States Parties' ids) hold each position; everyone when `among` is not given. */
export function positionCounts(
  latest: ReadonlyMap<string, ViewData>,
  among?: ReadonlySet<string>,
): Record<Position, number> {
  const counts: Record<Position, number> = { SUPPORTS: 0, CAN_LIVE_WITH: 0, OBJECTS: 0, COMMENT: 0 };
  for (const [participantId, view] of latest) {
    if (!among || among.has(participantId)) counts[view.position] += 1;
  }
  return counts;
}

/** The States Parties that have given no view at all, on the matter or any of its options, by name. */
export function notYetHeard<P extends { id: string; name: string }>(
  parties: readonly P[],
  views: readonly ViewData[],
): P[] {
  const heard = new Set(views.map((view) => view.participant.id));
  return parties.filter((party) => !heard.has(party.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * How many of the States Parties (`partyIds`) have given a view: on the matter as a whole, and on its options only.
 * The page counts what it lists, so the two always agree.
 */
export function statesHeard(
  views: readonly ViewData[],
  partyIds: ReadonlySet<string>,
): { onMatter: number; onOptionsOnly: number } {
  const onMatter = new Set<string>();
  const onOptions = new Set<string>();
  for (const view of views) {
    if (!partyIds.has(view.participant.id)) continue;
    (view.option ? onOptions : onMatter).add(view.participant.id);
  }
  return { onMatter: onMatter.size, onOptionsOnly: [...onOptions].filter((id) => !onMatter.has(id)).length };
}

/** When the matter was decided, from its workflow history; null while it is not. */
export function decidedAt(
  history: readonly { at: string; toStatus: string }[],
  status: string,
): string | null {
  if (status !== 'DECIDED') return null;
  return history.filter((step) => step.toStatus === 'DECIDED').at(-1)?.at ?? null;
}
