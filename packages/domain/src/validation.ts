// Input rules the API applies before anything is stored, phrased for the person who typed the input.
import { isIsoDate, isValidTimeZone, localDate } from './dates';
import { type GuardFailure } from './guard-failure';
import { type IsoDate } from './model';
import { quote } from './wording';

/** Longest text accepted, in characters (code points, as PostgreSQL counts them). */
export const TEXT_LIMITS = { title: 300, description: 10_000, csv: 1_000_000 } as const;

/**
 * Non-blank once trimmed and no longer than `maxLength` (titles by default; pass TEXT_LIMITS.description for
 * long text). The length is that of the trimmed text, which is what callers store. `label` names the field in
 * the message: 'title', 'outcome'.
 */
export function requireText(
  field: string,
  value: string | null | undefined,
  label: string,
  maxLength: number = TEXT_LIMITS.title,
): GuardFailure | null {
  const text = (value ?? '').trim();
  if (text === '') return { guard: 'TEXT_REQUIRED', field, message: `The ${label} cannot be blank.` };
  const length = Array.from(text).length;
  if (length > maxLength) {
    return {
      guard: 'TEXT_TOO_LONG',
      field,
      message: `The ${label} is ${length.toLocaleString('en')} characters long; the limit is ${maxLength.toLocaleString('en')}.`,
    };
  }
  return null;
}

export function requireEndAfterStart(startsAt: Date, endsAt: Date): GuardFailure | null {
  if (Number.isNaN(startsAt.getTime())) {
    return { guard: 'INVALID_DATE', field: 'startsAt', message: 'The start is not a valid date and time.' };
  }
  if (Number.isNaN(endsAt.getTime())) {
    return { guard: 'INVALID_DATE', field: 'endsAt', message: 'The end is not a valid date and time.' };
  }
  if (endsAt.getTime() <= startsAt.getTime()) {
    return { guard: 'END_NOT_AFTER_START', field: 'endsAt', message: 'The end must come after the start.' };
  }
  return null;
}

export function requireIsoDate(field: string, value: string): GuardFailure | null {
  if (isIsoDate(value)) return null;
  return { guard: 'INVALID_DATE', field, message: `${quote(value)} is not a calendar date (YYYY-MM-DD).` };
}

/** An action is due no later than the day its milestone starts, in the milestone's own time zone. */
export function requireDueNotAfter(
  dueDate: IsoDate,
  milestone: { title: string; startsAt: Date; timeZone: string },
): GuardFailure | null {
  const invalid = requireIsoDate('dueDate', dueDate);
  if (invalid) return invalid;
  const startDay = localDate(milestone.startsAt, milestone.timeZone);
  if (dueDate <= startDay) return null;
  return {
    guard: 'DUE_AFTER_MILESTONE',
    field: 'dueDate',
    message: `The due date ${dueDate} falls after ${quote(milestone.title)} starts on ${startDay}.`,
  };
}

export function requireTimeZone(field: string, timeZone: string): GuardFailure | null {
  if (isValidTimeZone(timeZone)) return null;
  return {
    guard: 'UNKNOWN_TIME_ZONE',
    field,
    message: `${quote(timeZone)} is not a known time zone; use an IANA name such as 'Europe/Zurich'.`,
  };
}

/** The languages people are written to in: the dashboard's and the notifications'. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function requireLanguage(field: string, value: string | null | undefined): GuardFailure | null {
  if (value == null || (LANGUAGES as readonly string[]).includes(value)) return null;
  return {
    guard: 'UNKNOWN_LANGUAGE',
    field,
    message: `Choose one of ${LANGUAGES.join(', ')}; ${quote(value)} is not offered.`,
  };
}
