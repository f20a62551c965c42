// When people are reminded: before a meeting, before an action falls due, and after it if still open. Computed from
// the current dates every time, so a moved meeting moves its reminders with it.
import { isActionOpen } from './action-workflow';
import { addDays, daysBetween, localDate, zonedDateTimeToInstant } from './dates';
import { type ActionStatus, MilestoneStatus, type IsoDate } from './model';

export const REMINDER_DEFAULTS = {
  /** Days before a meeting starts. */
  meeting: [14, 7, 1],
  /** Days before an open action is due. */
  actionDue: [3],
  /** Days before a matter's deciding meeting, to States Parties that have not given their view. */
  viewRequested: [7],
  /** An open action past due: the day after, then every week. */
  overdueEveryDays: 7,
  /** Days before a role term ends, to its holder: time to hand over. */
  roleTermEnds: 7,
  /** Reminders are sent at this local hour (the meeting's or the process's zone). */
  hour: 9,
} as const;

export interface Reminder {
  kind:
    'MEETING' | 'ACTION_DUE' | 'ACTION_OVERDUE' | 'VIEW_REQUESTED' | 'ROLE_TERM_STARTS' | 'ROLE_TERM_ENDS';
  subjectId: string;
  /**
   * Distinguishes the reminders of one subject, with the date they count from: "14:2003-09-15", "overdue-8:2003-08-16".
   * Unique with kind and subject, so a reminder goes out once, and again only if its meeting or due date moves.
   */
  step: string;
  /** Days before (meetings, due dates) or, for overdue reminders, days after the due date. */
  days: number;
  /** When it is due to go out. */
  at: Date;
}

interface MilestoneDates {
  id: string;
  startsAt: Date;
  timeZone: string;
  status: MilestoneStatus;
}

interface ActionDates {
  id: string;
  status: ActionStatus;
  dueDate: IsoDate;
  timeZone: string;
}

const inWindow =
  (window: { from: Date; to: Date }) =>
  (reminder: Reminder): boolean =>
    reminder.at > window.from && reminder.at <= window.to;

const at = (day: IsoDate, timeZone: string) =>
  zonedDateTimeToInstant(`${day}T${String(REMINDER_DEFAULTS.hour).padStart(2, '0')}:00`, timeZone);

/**
 * The reminders due in the window (from, to]: the sweep asks for the time since it last ran, so each reminder comes
 * up once (and a store unique on kind, subject and step makes sure it goes out once even if two sweeps overlap).
 * Cancelled meetings and done actions have none.
 */
export function remindersDue(
  window: { from: Date; to: Date },
  milestones: readonly MilestoneDates[],
  actions: readonly ActionDates[],
  openMatters: readonly { id: string; decidingMilestoneId: string }[] = [],
): Reminder[] {
  const meetings = milestones
    .filter(
      (milestone) =>
        milestone.status === MilestoneStatus.PLANNED || milestone.status === MilestoneStatus.POSTPONED,
    )
    .flatMap((milestone) => {
      const startDay = localDate(milestone.startsAt, milestone.timeZone);
      return REMINDER_DEFAULTS.meeting.map((days): Reminder => ({
        kind: 'MEETING',
        subjectId: milestone.id,
        step: `${days}:${startDay}`,
        days,
        at: at(addDays(startDay, -days), milestone.timeZone),
      }));
    });
  const open = actions.filter((action) => isActionOpen(action.status));
  const dueSoon = open.flatMap((action) =>
    REMINDER_DEFAULTS.actionDue.map((days): Reminder => ({
      kind: 'ACTION_DUE',
      subjectId: action.id,
      step: `${days}:${action.dueDate}`,
      days,
      at: at(addDays(action.dueDate, -days), action.timeZone),
    })),
  );
  const overdue = open.flatMap((action) => {
    // The day after the due date, then weekly; after a pause only the latest two come up, not a burst of old ones.
    const firstDay = addDays(action.dueDate, 1);
    const lastDay = localDate(window.to, action.timeZone);
    const elapsed = daysBetween(firstDay, lastDay);
    if (elapsed < 0) return [];
    const latest = elapsed - (elapsed % REMINDER_DEFAULTS.overdueEveryDays);
    return [latest, latest - REMINDER_DEFAULTS.overdueEveryDays]
      .filter((offset) => offset >= 0)
      .map((offset): Reminder => ({
        kind: 'ACTION_OVERDUE',
        subjectId: action.id,
        step: `overdue-${offset + 1}:${action.dueDate}`,
        days: offset + 1,
        at: at(addDays(firstDay, offset), action.timeZone),
      }));
  });
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const views = openMatters.flatMap((matter) => {
    const meeting = byId.get(matter.decidingMilestoneId);
    if (!meeting || meeting.status === MilestoneStatus.CANCELLED) return [];
    const startDay = localDate(meeting.startsAt, meeting.timeZone);
    return REMINDER_DEFAULTS.viewRequested.map((days): Reminder => ({
      kind: 'VIEW_REQUESTED',
      subjectId: matter.id,
      step: `${days}:${startDay}`,
      days,
      at: at(addDays(startDay, -days), meeting.timeZone),
    }));
  });
  return [...meetings, ...dueSoon, ...overdue, ...views].filter(inWindow(window));
}

interface TermDates {
  id: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  /** The zone of the meeting that elected the holder, if known; UTC otherwise. */
  timeZone: string;
}

/**
 * Role terms announce themselves: on the day a term starts, and a week before it ends (the handover). The step holds
 * the date, so a term whose dates are corrected announces itself again at the new date.
 */
export function roleTermRemindersDue(
  window: { from: Date; to: Date },
  terms: readonly TermDates[],
): Reminder[] {
  return terms
    .flatMap((term): Reminder[] => [
      {
        kind: 'ROLE_TERM_STARTS',
        subjectId: term.id,
        step: `0:${term.startsOn}`,
        days: 0,
        at: at(term.startsOn, term.timeZone),
      },
      ...(term.endsOn
        ? [
            {
              kind: 'ROLE_TERM_ENDS' as const,
              subjectId: term.id,
              step: `${REMINDER_DEFAULTS.roleTermEnds}:${term.endsOn}`,
              days: REMINDER_DEFAULTS.roleTermEnds,
              at: at(addDays(term.endsOn, -REMINDER_DEFAULTS.roleTermEnds), term.timeZone),
            },
          ]
        : []),
    ])
    .filter(inWindow(window));
}
