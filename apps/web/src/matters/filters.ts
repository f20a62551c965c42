// The board's filters live in the address (`/matters?milestone=…&health=AT_RISK&owner=…&open=1`), beside `asOf`.
import type { Health, MatterFilter, MattersBoardQuery, OwnerRole } from '../generated/graphql';

export type BoardMatter = MattersBoardQuery['process']['matters']['edges'][number]['node'];

export const HEALTHS: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

export interface BoardFilters {
  milestoneId: string | null;
  health: Health | null;
  /** `participant:<id>` or `role:<OwnerRole>`: matters with an action that owner holds. */
  owner: string | null;
  openOnly: boolean;
}

export const PARAMS = {
  milestoneId: 'milestone',
  health: 'health',
  owner: 'owner',
  openOnly: 'open',
} as const;

export function filtersFromSearch(search: URLSearchParams): BoardFilters {
  const health = search.get(PARAMS.health);
  return {
    milestoneId: search.get(PARAMS.milestoneId) || null,
    health: HEALTHS.find((h) => h === health) ?? null,
    owner: search.get(PARAMS.owner) || null,
    openOnly: search.get(PARAMS.openOnly) === '1',
  };
}

/** The address's query string with these filters, keeping whatever else it holds (the as-of day). */
export function searchWithFilters(search: URLSearchParams, filters: BoardFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  set(PARAMS.milestoneId, filters.milestoneId);
  set(PARAMS.health, filters.health);
  set(PARAMS.owner, filters.owner);
  set(PARAMS.openOnly, filters.openOnly ? '1' : null);
  return next;
}

/** What the API filters itself; it knows no owner of a matter, so that one is applied here. */
export function serverFilter(filters: BoardFilters): MatterFilter {
  return {
    ...(filters.milestoneId ? { decidingMilestoneId: filters.milestoneId } : {}),
    ...(filters.health ? { health: [filters.health] } : {}),
    ...(filters.openOnly ? { open: true } : {}),
  };
}

export type Owner = { key: string; participant: string } | { key: string; role: OwnerRole };

/** The owners of the matters' actions, participants by name, then roles. */
export function ownersOf(matters: readonly BoardMatter[]): Owner[] {
  const owners = new Map<string, Owner>();
  for (const action of matters.flatMap((matter) => matter.actions)) {
    if (action.owner) {
      const key = `participant:${action.owner.id}`;
      owners.set(key, { key, participant: action.owner.name });
    } else if (action.ownerRole) {
      const key = `role:${action.ownerRole}`;
      owners.set(key, { key, role: action.ownerRole });
    }
  }
  const named = (o: Owner) => ('participant' in o ? `0${o.participant}` : `1${o.role}`);
  return [...owners.values()].sort((a, b) => named(a).localeCompare(named(b)));
}

export function ownedBy(matter: BoardMatter, ownerKey: string | null): boolean {
  if (!ownerKey) return true;
  return matter.actions.some((action) =>
    action.owner ? `participant:${action.owner.id}` === ownerKey : `role:${action.ownerRole}` === ownerKey,
  );
}
