// English alone, for the messages API clients read (GuardFailure.message, Reason.message): the domain writes them
// without carrying French and Spanish wherever it goes.
import en from './catalogue/en.json';
import { catalogueLookup, render, type Lookup } from './render';
import { type Phrase } from './params';

export const ENGLISH: Lookup = catalogueLookup(en);

/** The phrase in English; a phrase the English catalogue cannot say is a programming error. */
export function inEnglish(phrase: Phrase): string {
  const text = render(phrase, 'en', ENGLISH);
  if (text === null) throw new Error(`The English catalogue cannot say ${phrase.code}`);
  return text;
}
