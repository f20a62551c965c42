// "As of": every screen shows the process as it stood at the end of a chosen day, or live. The day lives in the
// address (`?asOf=2003-09-14`), so a view of the past can be shared as a link and survives a reload; so does the
// process shown (`?process=`), and links between screens keep both. A day is a day
// at the venue of the process's decision deadline, for every reader: the eve of a meeting in Bangkok ends at
// midnight in Bangkok, not at midnight in UTC, when the meeting's first morning has already begun.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { VenueDocument } from '../generated/app/venue';
import { PROCESS_PARAM, useProcessId } from './process';

export const AS_OF_PARAM = 'asOf';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` text that names a real day, or null. */
export function validIsoDate(text: string | null | undefined): string | null {
  if (!text || !ISO_DATE.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? text : null;
}

const TYPED_DAY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/**
 * A day as a person types it in any of the dashboard's languages, day first (`27/06/2002`, `27.6.2002`,
 * `27-06-2002`), or as `2002-06-27`; null while it names no real day (half-typed, 31/02/2003).
 */
export function parseTypedDay(text: string): string | null {
  const dayFirst = TYPED_DAY.exec(text);
  if (!dayFirst) return validIsoDate(text.trim());
  const [, day, month, year] = dayFirst;
  return validIsoDate(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
}

/** `2002-06-27` as the as-of field shows it for typing over: `27/06/2002`. */
export function typedDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * The day on which the API counts who holds which role, and so what each person may do: UTC (identity/actor.service).
 * A screen that shows whose term runs "today", or offers what a term allows, takes this day so it agrees with the
 * server, wherever the reader is.
 */
export function termsToday(now: Date = new Date()): string {
  return todayIsoDate(now, 'UTC');
}

/** The calendar date of an instant in a time zone (the reader's own when none is given), as `YYYY-MM-DD`. */
export function todayIsoDate(now: Date = new Date(), timeZone?: string): string {
  // Swedish writes dates as ISO does; the numbering system is pinned so no locale default can change the digits.
  return new Intl.DateTimeFormat('sv-SE-u-nu-latn', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .replace(/\D/g, '-');
}

/** How far a time zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a past day is shown at: the last second of that day at the venue. */
export function asOfInstant(isoDate: string, timeZone: string): string {
  const wall = Date.parse(`${isoDate}T23:59:59Z`);
  // The offset at the wall time read as UTC is right unless a clock change falls within the offset itself; asking
  // again at the first answer settles it.
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone)).toISOString().replace('.000Z', 'Z');
}

function useVenue() {
  return useQuery({ query: VenueDocument, variables: { processId: useProcessId() } })[0];
}

/** The time zone of the venue where the process is decided; undefined until the API has said. */
export function useVenueTimeZone(): string | undefined {
  const { data, error } = useVenue();
  if (error) return 'UTC';
  if (!data) return undefined;
  return data.process.decisionDeadline?.timeZone ?? data.process.targetMilestone?.timeZone ?? 'UTC';
}

/**
 * The eve of the meeting that takes the process's decisions (for the sample, 14 September 2003, before the Fifth
 * Meeting opened in Bangkok): the day worth replaying, when every decision was still open. Null without one.
 */
export function useDecidingEve(): { day: string; meeting: string } | null {
  const process = useVenue().data?.process;
  return process?.decidingMeeting && process.eveOfDecidingMeeting
    ? { day: process.eveOfDecidingMeeting, meeting: process.decidingMeeting.shortTitle }
    : null;
}

export interface AsOf {
  /** The day shown, `YYYY-MM-DD`: the chosen one, or today at the venue. */
  day: string;
  /** True when no past day is chosen: the screens show things as they stand now, and moves are possible. */
  isLive: boolean;
  /** What to send as the queries' `asOf`: undefined when live, so the server uses its own now. */
  instant: string | undefined;
  /** The venue's time zone the day is read in; undefined until known. */
  timeZone: string | undefined;
  /** False while a past day waits for the venue's time zone: queries must wait too, or they would ask for "now". */
  ready: boolean;
  /** The process shown (`?process=`); undefined for the API's first one. */
  processId: string | undefined;
}

/** The as-of day of an address's query string; a missing, malformed or today's date means live. */
export function asOfFromSearch(
  search: URLSearchParams,
  timeZone: string | undefined,
  today: string = todayIsoDate(new Date(), timeZone),
): AsOf {
  const chosen = validIsoDate(search.get(AS_OF_PARAM));
  const processId = search.get(PROCESS_PARAM) ?? undefined;
  if (!chosen || chosen === today)
    return { day: today, isLive: true, instant: undefined, timeZone, ready: true, processId };
  const instant = timeZone ? asOfInstant(chosen, timeZone) : undefined;
  return { day: chosen, isLive: false, instant, timeZone, ready: !!instant, processId };
}

/**
 * The query string that keeps the process and the as-of day when following a link to another screen; a screen
 * about the person signed in, today, keeps the process only (`{ day: false }`).
 */
export function asOfSearch(
  asOf: Pick<AsOf, 'isLive' | 'day' | 'processId'>,
  { day = true }: { day?: boolean } = {},
): string {
  const search = new URLSearchParams();
  if (asOf.processId) search.set(PROCESS_PARAM, asOf.processId);
  if (day && !asOf.isLive) search.set(AS_OF_PARAM, asOf.day);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function useAsOf(): AsOf & { choose: (isoDate: string | null) => void } {
  const [search, setSearch] = useSearchParams();
  const timeZone = useVenueTimeZone();
  const asOf = asOfFromSearch(search, timeZone);
  const choose = useCallback(
    (isoDate: string | null) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          const day = validIsoDate(isoDate);
          if (day && day !== todayIsoDate(new Date(), timeZone)) next.set(AS_OF_PARAM, day);
          else next.delete(AS_OF_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setSearch, timeZone],
  );
  return { ...asOf, choose };
}
