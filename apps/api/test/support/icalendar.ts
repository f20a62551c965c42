import ICAL from 'ical.js';

/**
 * Parses iCalendar text with ical.js, a parser independent of the library that wrote it. Time zones are known only
 * from the VTIMEZONEs the text carries, so a wrong or missing one shows as a wrong instant.
 */
export function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return {
    method: calendar.getFirstPropertyValue('method'),
    zoneIds: zones.map((zone) => zone.getFirstPropertyValue('tzid')),
    events,
    /** The event with this UID; fails the test when there is none. */
    event(uid: string) {
      const found = events.find((event) => event.uid === uid);
      if (!found) throw new Error(`No event ${uid} among ${events.map((event) => event.uid).join(', ')}`);
      return found;
    },
  };
}

export const instant = (time: ICAL.Time) => time.toJSDate().toISOString();
