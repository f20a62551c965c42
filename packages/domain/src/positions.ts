import { Position } from './model';

/** One view as the positions need it: who, on what (the matter as a whole when `optionId` is null), and when. */
export interface PositionView {
  participantId: string;
  optionId: string | null;
  position: Position;
  expressedAt: Date;
}

export type PositionCounts = Record<Position, number>;

/** Where the States Parties stand on a matter as a whole or on one option, each counted once, with its latest view. */
export interface PositionsOn {
  counts: PositionCounts;
  /** Each State Party's latest view here, by participant id. */
  latest: Map<string, PositionView>;
}

const noCounts = (): PositionCounts => ({
  SUPPORTS: 0,
  CAN_LIVE_WITH: 0,
  OBJECTS: 0,
  COMMENT: 0,
});

/**
 * The positions of the States Parties (`partyIds`) on the matter as a whole (`optionId` null) or on one option: a
 * participant's later view replaces its earlier ones, and views of observers or States not party are not counted.
 */
export function positionsOn(
  views: readonly PositionView[],
  optionId: string | null,
  partyIds: ReadonlySet<string>,
): PositionsOn {
  const latest = new Map<string, PositionView>();
  for (const view of views) {
    if (view.optionId !== optionId || !partyIds.has(view.participantId)) continue;
    const known = latest.get(view.participantId);
    if (!known || view.expressedAt >= known.expressedAt) latest.set(view.participantId, view);
  }
  const counts = noCounts();
  for (const view of latest.values()) counts[view.position] += 1;
  return { counts, latest };
}

/** The States Parties (`parties`) that have given no view at all, on the matter or any of its options, by name. */
export function partiesNotYetHeard<P extends { id: string; name: string }>(
  parties: readonly P[],
  views: readonly Pick<PositionView, 'participantId'>[],
): P[] {
  const heard = new Set(views.map((view) => view.participantId));
  return parties.filter((party) => !heard.has(party.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every position, in the order lists and tables show them. */
export const POSITIONS: readonly Position[] = [
  Position.SUPPORTS,
  Position.CAN_LIVE_WITH,
  Position.OBJECTS,
  Position.COMMENT,
];
