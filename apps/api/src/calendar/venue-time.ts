import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { formatInZone, zonedDateTimeToInstant } from '@prepcom/domain';

/**
 * An instant as the clock of a time zone shows it, in the Temporal shape ical-generator accepts. With it a start is
 * written `DTSTART;TZID=Europe/Zurich:20020627T150000`; a plain Date would be written in the server's own zone. Node
 * 20 has no Temporal, so the wall-clock fields come from the domain's time-zone arithmetic.
 */
export function venueTime(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const text = formatInZone(instant, timeZone);
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...wallClock(text.slice(0, 19)),
    timeZoneId: timeZone,
    toInstant: () => instantOf(instant),
    toPlainDateTime: () => plainDateTime(text.slice(0, 19)),
    withTimeZone: (zone) => venueTime(instant, zone),
    toJSON: () => `${text}[${timeZone}]`,
    toString: () => `${text}[${timeZone}]`,
  };
  return zoned;
}

function instantOf(instant: Date): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toZonedDateTimeISO: (zone) => venueTime(instant, zone),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
  };
}

/** `local` is `YYYY-MM-DDTHH:mm:ss`, a time on a wall clock with no zone. */
function plainDateTime(local: string): ICalTemporalPlainDateTimeStub {
  const fields = wallClock(local);
  return {
    ...fields,
    toPlainDate: () => ({
      year: fields.year,
      month: fields.month,
      day: fields.day,
      toJSON: () => local.slice(0, 10),
      toString: () => local.slice(0, 10),
    }),
    toZonedDateTime: (zone) => venueTime(zonedDateTimeToInstant(local, zone), zone),
    toJSON: () => local,
    toString: () => local,
  };
}

function wallClock(local: string) {
  const [year, month, day, hour, minute, second] = local.split(/[-T:]/).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute, second };
}
