// A milestone's start and end are typed as the venue's wall-clock time; the API stores instants.
import { formatInZone, isValidTimeZone, zonedDateTimeToInstant } from '@prepcom/domain';

/** The instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) at the venue. */
export function localInput(instant: string, timeZone: string): string {
  return formatInZone(new Date(instant), isValidTimeZone(timeZone) ? timeZone : 'UTC').slice(0, 16);
}

/**
 * The instant a wall-clock time denotes at the venue, or null when the time is not one. An unknown zone is read as
 * UTC so the server, which knows every zone, says what is wrong with it next to the field.
 */
export function instantAt(local: string, timeZone: string): string | null {
  try {
    return zonedDateTimeToInstant(local, isValidTimeZone(timeZone) ? timeZone : 'UTC').toISOString();
  } catch {
    return null;
  }
}

/** Every time zone the browser knows, for the field's suggestions. */
export function knownTimeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}
