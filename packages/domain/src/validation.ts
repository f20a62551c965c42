// Input rules the API applies before anything is stored, phrased for the person who typed the input.
import { isIsoDate, isValidTimeZone, localDate } from './dates';
import { refusal, type GuardFailure } from './guard-failure';
import { type IsoDate } from './model';
import { type FieldLabel } from '@prepcom/texts';
import { shorten } from './wording';

/** Longest text accepted, in characters (code points, as PostgreSQL counts them). */
export const TEXT_LIMITS = { title: 300, description: 10_000, csv: 1_000_000 } as const;

/**
 * Non-blank once trimmed and no longer than `maxLength` (titles by default; pass TEXT_LIMITS.description for
 * long text). The length is that of the trimmed text, which is what callers store. `label` names the field in
 * the message, by its key in the catalogue's `fieldLabel` section: 'title', 'optionText'.
 */
export function requireText(
  field: string,
  value: string | null | undefined,
  label: FieldLabel,
  maxLength: number = TEXT_LIMITS.title,
): GuardFailure | null {
  const text = (value ?? '').trim();
  if (text === '') return refusal('TEXT_REQUIRED', field, 'TEXT_REQUIRED', { label });
  const length = Array.from(text).length;
  if (length > maxLength) {
    return refusal('TEXT_TOO_LONG', field, 'TEXT_TOO_LONG', { label, length, limit: maxLength });
  }
  return null;
}

/** A whole number from `min` to `max`, both included (a count a client asks for: hits, points). */
export function requireWholeNumberIn(
  guard: string,
  field: string,
  value: number,
  min: number,
  max: number,
): GuardFailure | null {
  if (!Number.isInteger(value)) return refusal(guard, field, 'INPUT_NOT_WHOLE_NUMBER', {});
  if (value < min) return refusal(guard, field, 'INPUT_BELOW_MIN', { min });
  if (value > max) return refusal(guard, field, 'INPUT_ABOVE_MAX', { max });
  return null;
}

export function requireEndAfterStart(startsAt: Date, endsAt: Date): GuardFailure | null {
  if (Number.isNaN(startsAt.getTime())) {
    return refusal('INVALID_DATE', 'startsAt', 'INVALID_START', {});
  }
  if (Number.isNaN(endsAt.getTime())) {
    return refusal('INVALID_DATE', 'endsAt', 'INVALID_END', {});
  }
  if (endsAt.getTime() <= startsAt.getTime()) {
    return refusal('END_NOT_AFTER_START', 'endsAt', 'END_NOT_AFTER_START', {});
  }
  return null;
}

export function requireIsoDate(field: string, value: string): GuardFailure | null {
  if (isIsoDate(value)) return null;
  return refusal('INVALID_DATE', field, 'INVALID_DATE', { value: shorten(value) });
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
  return refusal('DUE_AFTER_MILESTONE', 'dueDate', 'DUE_AFTER_MILESTONE', {
    due: dueDate,
    meeting: shorten(milestone.title),
    day: startDay,
  });
}

export function requireTimeZone(field: string, timeZone: string): GuardFailure | null {
  if (isValidTimeZone(timeZone)) return null;
  return refusal('UNKNOWN_TIME_ZONE', field, 'UNKNOWN_TIME_ZONE', { value: shorten(timeZone) });
}

/** The languages people are written to in: the dashboard's and the notifications'. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export function requireLanguage(field: string, value: string | null | undefined): GuardFailure | null {
  if (value == null || (LANGUAGES as readonly string[]).includes(value)) return null;
  return refusal('UNKNOWN_LANGUAGE', field, 'UNKNOWN_LANGUAGE', {
    languages: LANGUAGES.join(', '),
    value: shorten(value),
  });
}
