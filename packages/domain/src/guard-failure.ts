import { type ParamsOf, type Phrase, type TextCode } from '@prepcom/texts';
import { inEnglish } from '@prepcom/texts/english';

/**
 * Why a change was refused, in a form both a program and a delegate can use: `guard` is a stable SCREAMING_CASE
 * rule to branch on, `field` the input to fix; `code` and `params` say it in any language of the catalogue
 * (@prepcom/texts), and `message` is that sentence in English for clients that show the server's words.
 */
export type GuardFailure = Phrase & { guard: string; field: string; message: string };

export function refusal<C extends TextCode>(
  guard: string,
  field: string,
  code: C,
  params: ParamsOf<C>,
): GuardFailure {
  const phrase = { code, params } as Phrase;
  return { guard, field, ...phrase, message: inEnglish(phrase) };
}

/** A phrase for a list or a clause inside another one. */
export function phrase<C extends TextCode>(code: C, params: ParamsOf<C>): Phrase {
  return { code, params } as Phrase;
}
