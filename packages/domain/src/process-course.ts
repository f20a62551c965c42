// A process's course in time: the milestone it ends with, the meeting that takes its decisions, and its calendar
// moved to a new round (the next Review Conference's preparations follow much the same road, years later).
import { addDays, daysBetween, formatInZone, localDate, zonedDateTimeToInstant } from './dates';
import { MilestoneKind, type IsoDate } from './model';

export interface CourseMilestone {
  id: string;
  kind: MilestoneKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** The milestone a process ends with: its target event, or without one the milestone that ends last. */
export function finalMilestone<M extends CourseMilestone>(
  milestones: readonly M[],
  targetMilestoneId: string | null,
): M | null {
  const target = milestones.find((milestone) => milestone.id === targetMilestoneId);
  if (target) return target;
  return milestones.reduce<M | null>(
    (last, milestone) => (!last || milestone.endsAt > last.endsAt ? milestone : last),
    null,
  );
}

/** A process has ended once the milestone it ends with is over; one with no milestone has not begun to end. */
export function hasEnded(
  milestones: readonly CourseMilestone[],
  targetMilestoneId: string | null,
  now: Date,
): boolean {
  const final = finalMilestone(milestones, targetMilestoneId);
  return final !== null && final.endsAt <= now;
}

/**
 * The meeting where a process's decisions are taken: its decision deadline when that is a meeting; a deadline
 * (the sample's "close of the Fifth Meeting") belongs to the meeting it falls in, or else to the last meeting to
 * open before it. Null when there is no deadline or no meeting before it.
 */
export function decidingMeeting<M extends CourseMilestone>(
  milestones: readonly M[],
  decisionDeadlineMilestoneId: string | null,
): M | null {
  const deadline = milestones.find((milestone) => milestone.id === decisionDeadlineMilestoneId);
  if (!deadline) return null;
  if (deadline.kind !== MilestoneKind.DEADLINE) return deadline;
  const meetingsBefore = milestones
    .filter(
      (milestone) => milestone.kind !== MilestoneKind.DEADLINE && milestone.startsAt <= deadline.startsAt,
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const around = meetingsBefore.filter((meeting) => deadline.startsAt <= meeting.endsAt);
  return around.at(-1) ?? meetingsBefore.at(-1) ?? null;
}

/** The day before a meeting opens, at its venue: the last day on which everything it was to decide was still open. */
export function eveOf(milestone: Pick<CourseMilestone, 'startsAt' | 'timeZone'>): IsoDate {
  return addDays(localDate(milestone.startsAt, milestone.timeZone), -1);
}

/**
 * The same wall-clock time whole days later (or earlier) at the venue: a meeting that opened at 10:00 in Geneva
 * opens at 10:00 in the new round too, whatever clock changes lie between.
 */
export function shiftByDays(instant: Date, timeZone: string, days: number): Date {
  const local = formatInZone(instant, timeZone);
  const [day, time] = [local.slice(0, 10), local.slice(11, 19)];
  return zonedDateTimeToInstant(`${addDays(day, days)}T${time}`, timeZone);
}

/**
 * Whether every milestone, moved by `days`, still falls within the years 0001–9999 a calendar can hold: a target day
 * far off the sample's ("9999-12-31") would otherwise move the earliest or latest meeting out of it.
 */
export function movedCalendarFits(
  milestones: readonly Pick<CourseMilestone, 'startsAt' | 'endsAt' | 'timeZone'>[],
  days: number,
): boolean {
  try {
    return milestones.every((milestone) =>
      [milestone.startsAt, milestone.endsAt].every((instant) => {
        const moved = shiftByDays(instant, milestone.timeZone, days);
        return localDate(moved, milestone.timeZone) >= '0001-01-01';
      }),
    );
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** How many days a calendar moves so that the milestone it is anchored on opens on `opensOn` at its venue. */
export function daysToOpenOn(
  anchor: Pick<CourseMilestone, 'startsAt' | 'timeZone'>,
  opensOn: IsoDate,
): number {
  return daysBetween(localDate(anchor.startsAt, anchor.timeZone), opensOn);
}
