// Dates and numbers in the chosen language, through Intl. Instants are shown in a named time zone: the venue's for
// meetings, the reader's own otherwise. Calendar days (YYYY-MM-DD, the as-of control) are shown as such.
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

/** The regional variant each language is written in: the Convention's documents use British English. */
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The reader's own time zone, as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface Formatter {
  locale: string;
  /** `14 Sept 2003` in the zone given (the reader's by default). */
  day(instant: string | number, timeZone?: string): string;
  /** A `YYYY-MM-DD` calendar day as `14 Sept 2003`; other text as it came. */
  calendarDay(isoDate: string): string;
  /** `15 Sept 2003, 10:00` in the zone given. */
  dateTime(instant: string | number, timeZone?: string): string;
  /** `15 Sept 2003, 10:00 – 19 Sept 2003, 18:00`, or one moment when the end is not after the start. */
  span(start: string, end: string, timeZone?: string): string;
  /** `Sept 2003`, for chart axes. */
  monthYear(instant: number): string;
  /** A 0–100 score: `43%` (`43 %` in French). */
  percent(score: number): string;
  number(value: number): string;
  /** A day count from today: `tomorrow`, `in 12 days`, `3 days ago`. */
  relativeDays(days: number): string;
}

const cache = new Map<string, Formatter>();

export function formatterFor(language: string): Formatter {
  const locale = INTL_LOCALE[isLanguage(language) ? language : 'en'];
  const cached = cache.get(locale);
  if (cached) return cached;

  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = JSON.stringify(options);
    let format = dateFormats.get(key);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat(locale, options);
      } catch {
        // A zone this browser does not know: UTC, rather than no date at all.
        format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      }
      dateFormats.set(key, format);
    }
    return format;
  };
  const day = (timeZone?: string) => dateFormat({ dateStyle: 'medium', timeZone });
  const dateTime = (timeZone?: string) => dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  const formatter: Formatter = {
    locale,
    day: (instant, timeZone) => day(timeZone).format(new Date(instant)),
    calendarDay: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : day('UTC').format(date);
    },
    dateTime: (instant, timeZone) => dateTime(timeZone).format(new Date(instant)),
    span: (start, end, timeZone) => {
      const from = new Date(start);
      const to = new Date(end);
      const format = dateTime(timeZone);
      return to.getTime() > from.getTime() ? format.formatRange(from, to) : format.format(from);
    },
    monthYear: (instant) => dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instant),
    percent: (score) => percent.format(Math.min(100, Math.max(0, Math.round(score))) / 100),
    number: (value) => number.format(value),
    relativeDays: (days) => relative.format(days, 'day'),
  };
  cache.set(locale, formatter);
  return formatter;
}

/** The formatter for the language in use; components re-render with it when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return formatterFor(i18n.resolvedLanguage ?? 'en');
}
