import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  type ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { addDays, MilestoneStatus, type IsoDate } from '@prepcom/domain';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import { venueTime } from './venue-time';

/**
 * iCalendar (RFC 5545) built with ical-generator, shared by the invitations' attachments and the feeds. One
 * milestone is always one event with the same UID, and its SEQUENCE follows the milestone's version: a meeting that
 * moves replaces the event a calendar already holds instead of adding a second one.
 */

/** Calendar programs warn this long before a meeting starts. */
const ALARM_BEFORE_SECONDS = 60 * 60;

export const milestoneUid = (milestoneId: string) => `milestone-${milestoneId}@prepcom`;
export const actionUid = (actionId: string) => `action-${actionId}@prepcom`;
export const milestonePath = (milestoneId: string) => `/milestones/${milestoneId}`;

/** An iCalendar object (RFC 5546) sent with an email, such as a meeting invitation. */
export interface CalendarAttachment {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

const EVENT_STATUS: Record<MilestoneStatus, ICalEventStatus> = {
  [MilestoneStatus.PLANNED]: ICalEventStatus.CONFIRMED,
  [MilestoneStatus.HELD]: ICalEventStatus.CONFIRMED,
  [MilestoneStatus.POSTPONED]: ICalEventStatus.TENTATIVE,
  [MilestoneStatus.CANCELLED]: ICalEventStatus.CANCELLED,
};

export function newCalendar(method: ICalCalendarMethod, name: string | null = null): ICalCalendar {
  return new ICalCalendar({
    prodId: { company: 'prepcom', product: 'prepcom', language: 'EN' },
    method,
    name,
    // No zone for the whole calendar, so DTSTAMP stays in UTC; each venue zone an event uses gets its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
}

export type CalendarMilestone = Pick<
  MilestoneEntity,
  | 'id'
  | 'title'
  | 'description'
  | 'startsAt'
  | 'endsAt'
  | 'timeZone'
  | 'venue'
  | 'room'
  | 'status'
  | 'version'
>;

/** An invitation's parties (RFC 5546): who sends it, and the one person this copy is addressed to. */
export interface InvitationParties {
  organizer: { name: string; email: string };
  attendee: { name: string; email: string; copied: boolean; attending: boolean | null };
}

/**
 * A name as an iCalendar parameter value (CN). ical-generator writes it in double quotes but escapes a quote inside
 * with a backslash, which RFC 5545 does not know: a parser ends the value at that quote and reads what follows as
 * parameters of its own. A quoted value may hold anything but DQUOTE and control characters (RFC 5545 §3.1), so
 * those are left out.
 */
function parameterValue(text: string): string {
  return text.replace(/["\p{Cc}]/gu, '');
}

export function addMilestone(
  calendar: ICalCalendar,
  milestone: CalendarMilestone,
  options: { publicUrl: string; now: Date; description?: string; invitation?: InvitationParties },
): void {
  const url = `${options.publicUrl}${milestonePath(milestone.id)}`;
  const event = calendar.createEvent({
    id: milestoneUid(milestone.id),
    sequence: milestone.version - 1,
    stamp: options.now,
    start: venueTime(milestone.startsAt, milestone.timeZone),
    end: venueTime(milestone.endsAt, milestone.timeZone),
    timezone: milestone.timeZone,
    summary: milestone.title,
    location: [milestone.venue, milestone.room].filter(Boolean).join(', '),
    description: [options.description ?? milestone.description, url].filter(Boolean).join('\n\n'),
    url,
    status: EVENT_STATUS[milestone.status],
  });
  if (options.invitation) {
    const { organizer, attendee } = options.invitation;
    event.organizer({ ...organizer, name: parameterValue(organizer.name) });
    event.createAttendee({
      name: parameterValue(attendee.name),
      email: attendee.email,
      role: attendee.copied ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status:
        attendee.attending === null
          ? ICalAttendeeStatus.NEEDSACTION
          : attendee.attending
            ? ICalAttendeeStatus.ACCEPTED
            : ICalAttendeeStatus.DECLINED,
      // Replies are given in prepcom (how many come, who), not by calendar programs.
      rsvp: false,
    });
  }
  if (milestone.status !== MilestoneStatus.CANCELLED) {
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: ALARM_BEFORE_SECONDS,
      description: milestone.title,
    });
  }
}

/** An action's due day, as an all-day event: it is a calendar day, not an instant. */
export function addActionDue(
  calendar: ICalCalendar,
  action: { id: string; version: number },
  due: IsoDate,
  options: { now: Date; summary: string; description: string; url: string },
): void {
  calendar.createEvent({
    id: actionUid(action.id),
    sequence: action.version - 1,
    stamp: options.now,
    allDay: true,
    start: due,
    end: addDays(due, 1),
    summary: options.summary,
    description: `${options.description}\n\n${options.url}`,
    url: options.url,
  });
}
