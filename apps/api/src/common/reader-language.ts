// Which of the product's languages a reader gets when no screen of the dashboard says it for them: the reports, the
// spreadsheets and the refusals of a download's address.
import { LANGUAGES, render as say, type Language, type Phrase } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';

const offered = (language: string): language is Language =>
  (LANGUAGES as readonly string[]).includes(language);

/**
 * The first of the product's languages a browser asks for, by the weights of its Accept-Language header
 * (`fr-CH, fr;q=0.9, en;q=0.8` is French); undefined when it asks for none of them.
 */
export function acceptedLanguage(header: string | undefined): Language | undefined {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const weight = params.find((param) => param.startsWith('q='));
      return {
        language: tag.split('-')[0]!.toLowerCase(),
        weight: weight ? Number(weight.slice(2)) : 1,
        index,
      };
    })
    .filter(({ language, weight }) => weight > 0 && offered(language))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)[0]?.language as Language | undefined;
}

/** The language a download answers a refusal in: the one its address asks for, else the browser's, else English. */
export function refusalLanguage(asked: string | undefined, acceptLanguage: string | undefined): Language {
  return asked && offered(asked) ? asked : (acceptedLanguage(acceptLanguage) ?? 'en');
}

/** Says a reason in `language`, as the dashboard and the emails say it; the English one if it cannot be. */
export const reasonIn =
  (language: Language) =>
  (phrase: Phrase & { message: string }): string =>
    say(phrase, language, LOOKUPS[language]) ?? phrase.message;
