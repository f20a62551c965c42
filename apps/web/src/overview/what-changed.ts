// What changed in the matters since the last visit, as the API reads it from the audit trail within the reader's
// clearance (Process.changesSince): each matter once, with the kinds of change it saw.
import type { Health, MatterStatus, WhatChangedQuery } from '../generated/graphql';

type MatterChanges = WhatChangedQuery['process']['changesSince'][number];

export type Change =
  | { kind: 'new'; status: MatterStatus }
  | { kind: 'status'; from: MatterStatus; to: MatterStatus }
  | { kind: 'readiness'; from: number; to: number }
  | { kind: 'health'; from: Health | null; to: Health | null }
  | { kind: 'views'; added: number }
  | { kind: 'options'; count: number }
  | { kind: 'actions'; count: number }
  | { kind: 'edited' };

export interface ChangedMatter {
  id: string;
  title: string;
  changes: Change[];
}

function changesOf(matter: MatterChanges): Change[] {
  if (matter.created || matter.statusFrom === null) return [{ kind: 'new', status: matter.statusTo }];
  const changes: Change[] = [];
  if (matter.statusFrom !== matter.statusTo)
    changes.push({ kind: 'status', from: matter.statusFrom, to: matter.statusTo });
  if (matter.readinessFrom !== null && matter.readinessFrom !== matter.readinessTo)
    changes.push({ kind: 'readiness', from: matter.readinessFrom, to: matter.readinessTo });
  // A matter that closed loses its health; the status change already says so.
  if (matter.healthFrom !== matter.healthTo && matter.healthTo !== null)
    changes.push({ kind: 'health', from: matter.healthFrom, to: matter.healthTo });
  if (matter.views > 0) changes.push({ kind: 'views', added: matter.views });
  if (matter.options > 0) changes.push({ kind: 'options', count: matter.options });
  if (matter.actions > 0) changes.push({ kind: 'actions', count: matter.actions });
  if (matter.edited) changes.push({ kind: 'edited' });
  return changes;
}

/** The matters that changed, in the API's order (created or moved first, then by title). */
export function whatChanged(process: WhatChangedQuery['process']): ChangedMatter[] {
  return process.changesSince
    .map((matter) => ({ id: matter.matterId, title: matter.title, changes: changesOf(matter) }))
    .filter((matter) => matter.changes.length > 0);
}
