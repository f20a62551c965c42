// Calendar days and time zones with nothing but the standard Intl API. Milestones are instants kept with the IANA
// zone of their venue; due dates are calendar days, so every conversion between the two goes through that zone.
import { type IsoDate } from './model';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
// 'GMT' alone for a zero offset on some ICU versions, otherwise 'GMT+05:30' or 'GMT-00:44:30' (local mean time).
const GMT_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** How a relative or absolute due date is stated; the resolved day is always computed, never stored. */
export type DueDateRule =
  | { kind: 'ABSOLUTE'; date: IsoDate }
  | { kind: 'RELATIVE'; offsetDays: number; milestone: { startsAt: Date; timeZone: string } };

// Building a DateTimeFormat costs far more than using one, and a process only ever meets a handful of zones.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      throw new RangeError(`Unknown time zone '${timeZone}'; use an IANA name such as 'Europe/Zurich'.`);
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/**
 * Offsets already read, by zone and instant: formatToParts takes microseconds, and a screen asks for the offset of
 * the same few milestone starts once per action and matter. Bounded, since instants keep coming.
 */
const knownOffsets = new Map<string, number>();
const KNOWN_OFFSETS_LIMIT = 10_000;

/** The zone's offset from UTC at that instant, in milliseconds (east positive). */
function offsetMs(instant: Date, timeZone: string): number {
  const key = `${timeZone}@${instant.getTime()}`;
  let offset = knownOffsets.get(key);
  if (offset === undefined) {
    offset = readOffsetMs(instant, timeZone);
    if (knownOffsets.size >= KNOWN_OFFSETS_LIMIT) knownOffsets.clear();
    knownOffsets.set(key, offset);
  }
  return offset;
}

function readOffsetMs(instant: Date, timeZone: string): number {
  const name = offsetFormat(timeZone)
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name === undefined ? null : GMT_OFFSET.exec(name);
  if (!match) throw new RangeError(`Cannot read the UTC offset of '${timeZone}' (got '${name ?? ''}').`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return sign === '-' ? -ms : ms;
}

function requireInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('The instant is not a valid date.');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A UTC timestamp's calendar day; the UTC fields of a shifted instant are the wall-clock fields in the zone. */
function utcDay(ms: number): IsoDate {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError('The date falls outside the years 0000-9999.');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Midnight UTC of a calendar day, or NaN when it is not a real day. */
function dayToUtcMs(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) return Number.NaN;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date.getTime() : Number.NaN;
}

function requireDay(value: string): number {
  const ms = dayToUtcMs(value);
  if (Number.isNaN(ms)) throw new RangeError(`'${value}' is not a calendar date (YYYY-MM-DD).`);
  return ms;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    offsetFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling (Intl accepts 'europe/zurich'; store 'Europe/Zurich'). */
export function canonicalTimeZone(timeZone: string): string {
  return offsetFormat(timeZone).resolvedOptions().timeZone;
}

/** A real calendar date written `YYYY-MM-DD`: 2003-02-30 is not one. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(dayToUtcMs(value));
}

/** The calendar day that instant falls on in the zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  requireInstant(instant);
  return utcDay(instant.getTime() + offsetMs(instant, timeZone));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Cannot add ${days} days; a whole number of days is needed.`);
  }
  return utcDay(requireDay(date) + days * MS_PER_DAY);
}

/** `to` − `from` in whole days: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((requireDay(to) - requireDay(from)) / MS_PER_DAY);
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:mm`, seconds optional) denotes in the zone. Like Temporal's
 * 'compatible' choice: a time skipped by a spring-forward change moves forward by the gap, and a time repeated by
 * a fall-back change is its first (earlier) occurrence.
 */
export function zonedDateTimeToInstant(local: string, timeZone: string): Date {
  offsetFormat(timeZone); // a bad zone is reported as such, before the text is looked at
  const match = LOCAL_DATE_TIME.exec(local);
  const [, day = '', hours = '', minutes = '', seconds = '0'] = match ?? [];
  const dayMs = dayToUtcMs(day);
  if (!match || Number.isNaN(dayMs) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    throw new RangeError(`'${local}' is not a local date and time (YYYY-MM-DDTHH:mm, seconds optional).`);
  }
  const wall = dayMs + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  // Offsets change at most once around any one day, so the offsets a day either side bracket every candidate.
  const before = offsetMs(new Date(wall - MS_PER_DAY), timeZone);
  const after = offsetMs(new Date(wall + MS_PER_DAY), timeZone);
  const candidates = [wall - before, wall - after].filter(
    (ms) => ms + offsetMs(new Date(ms), timeZone) === wall,
  );
  // No candidate: the time fell in a gap; reading it with the earlier offset lands just after the change.
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wall - before);
}

/** ISO 8601 with the zone's offset, to the second: `2002-06-27T15:00:00+02:00`. */
export function formatInZone(instant: Date, timeZone: string): string {
  requireInstant(instant);
  const offset = offsetMs(instant, timeZone);
  const wall = new Date(instant.getTime() + offset);
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const total = Math.abs(offset) / 1000;
  const offsetSeconds = total % 60;
  const sign = offset < 0 ? '-' : '+';
  const offsetText =
    `${sign}${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}` +
    (offsetSeconds === 0 ? '' : `:${pad(offsetSeconds)}`);
  return `${utcDay(wall.getTime())}T${time}${offsetText}`;
}

/**
 * The day a due date falls on. A relative one counts from the milestone's start day in the milestone's own zone
 * (offsetDays −30 = "30 days before"), so it follows the milestone whenever the milestone moves.
 */
export function resolveDueDate(due: DueDateRule): IsoDate {
  if (due.kind === 'ABSOLUTE') {
    requireDay(due.date);
    return due.date;
  }
  return addDays(localDate(due.milestone.startsAt, due.milestone.timeZone), due.offsetDays);
}
