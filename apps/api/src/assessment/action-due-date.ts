import { resolveDueDate, type IsoDate } from '@prepcom/domain';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { ActionEntity } from '../action/action.entity';

/**
 * The day an action falls due: its absolute date, or the local start day of the milestone it counts from (`anchor`,
 * the milestone named by `dueMilestoneId`) plus the offset. Computed on every read, so it moves with the milestone.
 */
export function actionDueDate(
  action: Pick<ActionEntity, 'id' | 'dueDate' | 'dueOffsetDays'>,
  anchor: MilestoneEntity | null | undefined,
): IsoDate {
  if (action.dueDate !== null) return action.dueDate;
  if (!anchor) throw new Error(`Action ${action.id} is due relative to a milestone that was not found.`);
  return resolveDueDate({ kind: 'RELATIVE', offsetDays: action.dueOffsetDays ?? 0, milestone: anchor });
}
