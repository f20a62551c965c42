// "As of": every screen shows the process as it stood at the end of a chosen day, or live. The day lives in the
// address (`?asOf=2003-09-14`), so a view of the past can be shared as a link and survives a reload.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** 14 September 2003: the day before the Fifth Meeting of the States Parties opened in Bangkok. */
export const EVE_OF_FIFTH_MEETING = '2003-09-14';

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

/** Today's calendar date where the reader is, as `YYYY-MM-DD`. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The instant a past day is shown at: the end of that day, UTC. */
export function asOfInstant(isoDate: string): string {
  return `${isoDate}T23:59:59Z`;
}

export interface AsOf {
  /** The day shown, `YYYY-MM-DD`: the chosen one, or today where the reader is. */
  day: string;
  /** True when no past day is chosen: the screens show things as they stand now, and moves are possible. */
  isLive: boolean;
  /** What to send as the queries' `asOf`: undefined when live, so the server uses its own now. */
  instant: string | undefined;
}

/** The as-of day of an address's query string; a missing, malformed or today's date means live. */
export function asOfFromSearch(search: URLSearchParams, today: string = todayIsoDate()): AsOf {
  const chosen = validIsoDate(search.get(AS_OF_PARAM));
  if (!chosen || chosen === today) return { day: today, isLive: true, instant: undefined };
  return { day: chosen, isLive: false, instant: asOfInstant(chosen) };
}

/** The query string that keeps the as-of day when following a link to another screen. */
export function asOfSearch(asOf: AsOf): string {
  return asOf.isLive ? '' : `?${AS_OF_PARAM}=${asOf.day}`;
}

export function useAsOf(): AsOf & { choose: (isoDate: string | null) => void } {
  const [search, setSearch] = useSearchParams();
  const asOf = asOfFromSearch(search);
  const choose = useCallback(
    (isoDate: string | null) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          const day = validIsoDate(isoDate);
          if (day && day !== todayIsoDate()) next.set(AS_OF_PARAM, day);
          else next.delete(AS_OF_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { ...asOf, choose };
}
