import { ICalCalendarMethod } from 'ical-generator';
import { MilestoneStatus } from '@prepcom/domain';
import { instant, parseCalendar } from '../../test/support/icalendar';
import { addActionDue, addMilestone, newCalendar, type CalendarMilestone } from './ics';

const dialogue: CalendarMilestone = {
  id: '6f1c2a34-0000-4000-8000-000000000001',
  title: 'Informal dialogue on preparing the First Review Conference',
  description: '',
  startsAt: new Date('2002-06-27T13:00:00Z'),
  endsAt: new Date('2002-06-27T15:00:00Z'),
  timeZone: 'Europe/Zurich',
  venue: 'Palais des Nations',
  room: 'Room VII',
  status: MilestoneStatus.PLANNED,
  version: 1,
};
const now = new Date('2002-06-19T08:00:00Z');

describe('iCalendar for milestones and due dates', () => {
  it("writes an invitation at the venue's local time with its zone, an alarm, a link and both parties", () => {
    const calendar = newCalendar(ICalCalendarMethod.REQUEST);
    addMilestone(calendar, dialogue, {
      publicUrl: 'https://prepcom.example.org',
      now,
      description: 'You are invited.',
      invitation: {
        organizer: { name: 'Norway', email: 'cochair@example.org' },
        attendee: { name: 'Party State', email: 'party@example.org', copied: false, attending: null },
      },
    });
    const text = calendar.toString();
    expect(text).toContain('DTSTART;TZID=Europe/Zurich:20020627T150000');
    const parsed = parseCalendar(text);
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.zoneIds).toEqual(['Europe/Zurich']);
    const event = parsed.event(`milestone-${dialogue.id}@prepcom`);
    const vevent = event.component;
    expect(instant(event.startDate)).toBe('2002-06-27T13:00:00.000Z');
    expect(instant(event.endDate)).toBe('2002-06-27T15:00:00.000Z');
    expect(event.sequence).toBe(0);
    expect(event.location).toBe('Palais des Nations, Room VII');
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://prepcom.example.org/milestones/${dialogue.id}`);
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2002-06-19T08:00:00Z');
    expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-PT1H');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:cochair@example.org');
    const attendee = vevent.getFirstProperty('attendee')!;
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:party@example.org');
    expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
  });

  it('quotes the names of the parties so that no name can add a parameter', () => {
    const forged = 'Evil";ROLE=CHAIR;X-FORGED="1\r\nATTENDEE:mailto:eve@example.org\u0000';
    const calendar = newCalendar(ICalCalendarMethod.REQUEST);
    addMilestone(calendar, dialogue, {
      publicUrl: 'https://prepcom.example.org',
      now,
      invitation: {
        organizer: { name: forged, email: 'cochair@example.org' },
        attendee: { name: forged, email: 'party@example.org', copied: false, attending: null },
      },
    });
    const text = calendar.toString();
    const vevent = parseCalendar(text).event(`milestone-${dialogue.id}@prepcom`).component;
    const [attendee, ...others] = vevent.getAllProperties('attendee');
    expect(others).toHaveLength(0);
    expect(attendee!.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(attendee!.getParameter('x-forged')).toBeUndefined();
    expect(attendee!.getParameter('cn')).toBe('Evil;ROLE=CHAIR;X-FORGED=1ATTENDEE:mailto:eve@example.org');
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getParameter('x-forged')).toBeUndefined();
    // RFC 5545 has no escapes inside a quoted parameter value: no backslash is written there.
    expect(text.replace(/\r\n /g, '')).toContain(
      'CN="Evil;ROLE=CHAIR;X-FORGED=1ATTENDEE:mailto:eve@example.org"',
    );
  });

  it('keeps the UID of a moved meeting and raises its SEQUENCE', () => {
    const moved = {
      ...dialogue,
      startsAt: new Date('2002-06-28T08:00:00Z'),
      endsAt: new Date('2002-06-28T10:00:00Z'),
      version: 3,
    };
    const calendar = newCalendar(ICalCalendarMethod.PUBLISH, 'prepcom');
    addMilestone(calendar, moved, { publicUrl: 'https://prepcom.example.org', now });
    const event = parseCalendar(calendar.toString()).event(`milestone-${dialogue.id}@prepcom`);
    expect(event.sequence).toBe(2);
    expect(instant(event.startDate)).toBe('2002-06-28T08:00:00.000Z');
    expect(event.organizer).toBeFalsy();
  });

  it('writes a due date as one whole day', () => {
    const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
    addActionDue(calendar, { id: 'a1', version: 2 }, '2003-08-15', {
      now,
      summary: 'Due: circulate the draft',
      description: 'An action you own.',
      url: 'https://prepcom.example.org/matters/m1',
    });
    const event = parseCalendar(calendar.toString()).event('action-a1@prepcom');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2003-08-15');
    expect(event.endDate.toString()).toBe('2003-08-16');
    expect(event.sequence).toBe(1);
  });
});
