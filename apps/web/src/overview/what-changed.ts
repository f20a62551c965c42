// What changed in the matters between two instants, from the matters as they stood at each. The API has no feed
// of changes for every reader (the audit trail is for the Co-Chairs and the support unit), so this compares what
// everyone may read: status, readiness, health and how many States Parties have given a view.
import type { Health, MatterStatus, WhatChangedQuery } from '../generated/graphql';

type Compared = WhatChangedQuery['process']['now']['edges'][number]['node'];

export type Change =
  | { kind: 'new'; status: MatterStatus }
  | { kind: 'status'; from: MatterStatus; to: MatterStatus }
  | { kind: 'readiness'; from: number; to: number }
  | { kind: 'health'; from: Health | null; to: Health | null }
  | { kind: 'views'; added: number };

export interface ChangedMatter {
  id: string;
  title: string;
  changes: Change[];
}

function changesOf(before: Compared | undefined, now: Compared): Change[] {
  if (!before) return [{ kind: 'new', status: now.status }];
  const changes: Change[] = [];
  if (before.status !== now.status) changes.push({ kind: 'status', from: before.status, to: now.status });
  if (before.readiness.score !== now.readiness.score)
    changes.push({ kind: 'readiness', from: before.readiness.score, to: now.readiness.score });
  const health = { from: before.health?.level ?? null, to: now.health?.level ?? null };
  // A matter that closed loses its health; the status change already says so.
  if (health.from !== health.to && health.to !== null) changes.push({ kind: 'health', ...health });
  const added = now.viewTally.statePartiesWithView - before.viewTally.statePartiesWithView;
  if (added > 0) changes.push({ kind: 'views', added });
  return changes;
}

/** The matters that changed, those whose status moved (or that are new) first, then by title. */
export function whatChanged(process: WhatChangedQuery['process']): ChangedMatter[] {
  const before = new Map(process.before.edges.map((edge) => [edge.node.id, edge.node]));
  const moved = (m: ChangedMatter) =>
    m.changes.some((c) => c.kind === 'new' || c.kind === 'status') ? 0 : 1;
  return process.now.edges
    .map(({ node }) => ({ id: node.id, title: node.title, changes: changesOf(before.get(node.id), node) }))
    .filter((matter) => matter.changes.length > 0)
    .sort((a, b) => moved(a) - moved(b) || a.title.localeCompare(b.title));
}
