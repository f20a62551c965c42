// What the domain's sentences quote back, in the form every language's sentence takes it.
import { formatInZone } from './dates';

/** A title quoted back from a request is shortened: a message names what is wrong, it does not return the input. */
export function shorten(title: string): string {
  const chars = Array.from(title);
  return chars.length > 80 ? `${chars.slice(0, 60).join('')}…` : title;
}

/** A milestone start a delegate can read: local time in the venue's zone when it is known, otherwise UTC. */
export function describeStart(startsAt: Date, timeZone?: string): string {
  const zone = timeZone ?? 'UTC';
  const text = formatInZone(startsAt, zone);
  return `${text.slice(0, 10)} ${text.slice(11, 16)} ${zone}`;
}
