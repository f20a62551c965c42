import type { MilestoneEntity } from './milestone.entity';

type Schedule = Pick<MilestoneEntity, 'startsAt'>;

/**
 * Whether a change moves the meeting, and so is announced as MILESTONE_MOVED: its people are told and the calendar
 * entries of those invited are sent again. Saving a milestone and foreseeing a reschedule both ask here.
 */
export function movesMeeting(before: Schedule, after: Schedule): boolean {
  return after.startsAt.getTime() !== before.startsAt.getTime();
}
