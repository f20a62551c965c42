// Pure formatting helpers for the timeline screen. No React, no locale guessing: the dashboard shows dates
// the way the process documents write them ("27 Jun 2002"), in the venue's own time zone.
import { strings } from './strings';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar date and wall-clock time with no zone attached. */
export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

// The API's local times carry their UTC offset (`2002-06-27T15:00:00+02:00`); the wall-clock part is what is shown.
const LOCAL_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2})?)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `2002-06-27T15:00:00+02:00` (offset optional, or `2002-06-27 15:00`, or `2002-06-27`) into its wall-clock
 * parts; null if the text is anything else.
 */
export function parseLocalIso(text: string): LocalDateTime | null {
  const m = LOCAL_ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return { year: Number(y), month, day, hour, minute };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `27 Jun 2002` */
export function formatDay(t: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string {
  return `${t.day} ${MONTHS[t.month - 1] ?? '?'} ${t.year}`;
}

/** `15:00` */
export function formatClock(t: Pick<LocalDateTime, 'hour' | 'minute'>): string {
  return `${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** `27 Jun 2002, 15:00` */
export function formatLocalDateTime(t: LocalDateTime): string {
  return `${formatDay(t)}, ${formatClock(t)}`;
}

/** `2002-06-27` → `27 Jun 2002`; any other text is returned unchanged. */
export function formatIsoDate(isoDate: string): string {
  const t = parseLocalIso(isoDate);
  return t ? formatDay(t) : isoDate;
}

/** A `startsAtLocal` text as `27 Jun 2002, 15:00`; text in another shape is shown as the API sent it. */
export function formatLocalText(startsAtLocal: string): string {
  const t = parseLocalIso(startsAtLocal);
  return t ? formatLocalDateTime(t) : startsAtLocal;
}

/** The wall-clock time of an instant in an IANA time zone; null if the instant or the zone is not valid. */
export function toZonedLocal(instant: string, timeZone: string): LocalDateTime | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }).formatToParts(date);
  } catch {
    return null; // unknown time zone
  }
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const t = {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
  return Object.values(t).some(Number.isNaN) ? null : t;
}

const sameDay = (a: LocalDateTime, b: LocalDateTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

export interface MilestoneWhen {
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  timeZone: string;
}

/**
 * When a milestone happens, in the venue's local time, with the zone named:
 * `27 Jun 2002, 15:00 (Europe/Zurich)` for a moment (a deadline),
 * `27 Jun 2002, 15:00–18:00 (Europe/Zurich)` within one day,
 * `15 Sep 2003, 10:00 – 19 Sep 2003, 18:00 (Asia/Bangkok)` across days.
 * The start is the API's `startsAtLocal` text; the end is `endsAt` converted to the same zone.
 */
export function formatMilestoneWhen(m: MilestoneWhen): string {
  const zone = ` (${m.timeZone})`;
  const start = parseLocalIso(m.startsAtLocal);
  const startText = start ? formatLocalDateTime(start) : m.startsAtLocal;
  const end = Date.parse(m.endsAt) > Date.parse(m.startsAt) ? toZonedLocal(m.endsAt, m.timeZone) : null;
  if (!end) return startText + zone;
  if (start && sameDay(start, end)) return `${startText}–${formatClock(end)}${zone}`;
  return `${startText} – ${formatLocalDateTime(end)}${zone}`;
}

/** The instant the dashboard is computed at for a chosen calendar day: the end of that day, UTC. */
export function asOfInstant(isoDate: string): string {
  return `${isoDate}T23:59:59Z`;
}

/** Whether the text is a `YYYY-MM-DD` calendar date (what `<input type="date">` gives when filled in). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && parseLocalIso(text) !== null;
}

/** Today's calendar date where the user is, as `YYYY-MM-DD`. */
/** A `YYYY-MM-DD` text that names a real day, or null. */
export function validIsoDate(text: string | null): string | null {
  if (!text || !ISO_DATE.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? text : null;
}

export function todayIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Where a milestone stands relative to the as-of instant. */
export type Phase = 'past' | 'current' | 'upcoming';

export function milestonePhase(m: { startsAt: string; endsAt: string }, asOf: string): Phase {
  const at = Date.parse(asOf);
  if (Number.isNaN(at)) return 'upcoming';
  if (Date.parse(m.endsAt) < at) return 'past';
  if (Date.parse(m.startsAt) <= at) return 'current';
  return 'upcoming';
}

/** Milestones in date order (start, then end, then title), without changing the array given. */
export function byDate<T extends { startsAt: string; endsAt: string; title: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
      Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
      a.title.localeCompare(b.title),
  );
}

/** A day count for a tile: `Today`, `1 day`, `12 days`, `3 days ago`; `—` when there is none. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return strings.none;
  return strings.days(days);
}

/** A 0–100 score as a percentage; `—` when there is none. Out-of-range scores are clamped. */
export function formatPercent(score: number | null | undefined): string {
  if (score === null || score === undefined || Number.isNaN(score)) return strings.none;
  return `${clampScore(score)}%`;
}

export function clampScore(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score)));
}
