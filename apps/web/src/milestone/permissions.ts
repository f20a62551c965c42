import { can, type Capacity } from '@prepcom/domain';
import type { Me } from '../app/session';

/** Whether this person schedules, moves and cancels milestones (Co-Chairs, Presidencies, the support unit). */
export function mayWriteMilestones(me: Me | undefined): boolean {
  return !!me?.account && can(me.capacities as Capacity[], 'milestone.write');
}
