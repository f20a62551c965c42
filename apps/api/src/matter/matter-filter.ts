import { isOpenMatter } from '@prepcom/domain';
import type { MatterState } from '../assessment/process-snapshot';
import type { MatterFilter } from './dto/matter.inputs';

/** Whether a matter, as it stood in its snapshot, passes every condition the filter gives. */
export function matchesFilter(state: MatterState, filter: MatterFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.open != null && isOpenMatter(state.status) !== filter.open) return false;
  if (filter.statuses?.length && !filter.statuses.includes(state.status)) return false;
  if (filter.decidingMilestoneId && state.decidingMilestone.id !== filter.decidingMilestoneId) return false;
  if (filter.health?.length && !(state.health && filter.health.includes(state.health.level))) return false;
  return true;
}
