import { render, type Language, type Phrase, type TermSection } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import type { CalendarAttachment } from '../calendar/ics';

export type { Language };

/** A notification as its reader gets it; what each event's says is in its notice (notices.ts). */
export interface Message {
  subject: string;
  body: string;
  /** A path in the dashboard. */
  link: string | null;
  /** Lists under headings, for messages that gather several things (digests). */
  sections?: { heading: string; lines: { text: string; link: string | null }[] }[];
  /** The .ics of an invitation, for the email only. */
  calendar?: CalendarAttachment;
}

/** A value of the shared vocabulary (@prepcom/texts), as the recipient's screen names it. */
export function term(language: Language, section: TermSection, code: string): string {
  return LOOKUPS[language](`${section}.${code}`) ?? code;
}

/** A status or a health inside a sentence: the screen's label, lower-cased as a sentence carries it. */
export function inSentence(language: Language, section: 'matterStatus' | 'health', code: string): string {
  const label = term(language, section, code);
  return label.charAt(0).toLocaleLowerCase(language) + label.slice(1);
}

/** Reasons as the recipient's screen says them; one the catalogue cannot say is left out rather than half said. */
export function sayReasons(reasons: readonly Phrase[], language: Language): string[] {
  return reasons.flatMap((reason) => render(reason, language, LOOKUPS[language]) ?? []);
}

/** A link's deadline as every reader can place it: UTC, to the minute. */
export const linkDeadline = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const matterLink = (id: string | null) => (id ? `/matters/${id}` : null);
