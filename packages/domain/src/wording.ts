// Shared phrasing for the sentences in guard failures and reasons, so every message reads the same way.
import { formatInZone } from './dates';

/** 'OPTIONS_DEVELOPING' → 'options developing'; 'TODO' → 'to do'. */
export function label(code: string): string {
  return code === 'TODO' ? 'to do' : code.toLowerCase().replaceAll('_', ' ');
}

/** ['a'] → 'a'; ['a', 'b', 'c'] → 'a, b and c'. */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

export function quote(title: string): string {
  // A value quoted back from a request is shortened: a message names what is wrong, it does not return the input.
  const chars = Array.from(title);
  return `'${chars.length > 80 ? `${chars.slice(0, 60).join('')}…` : title}'`;
}

/** A milestone start a delegate can read: local time in the venue's zone when it is known, otherwise UTC. */
export function describeStart(startsAt: Date, timeZone?: string): string {
  const zone = timeZone ?? 'UTC';
  const text = formatInZone(startsAt, zone);
  return `${text.slice(0, 10)} ${text.slice(11, 16)} ${zone}`;
}
