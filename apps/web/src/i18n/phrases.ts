// The server's reasons and refusals in the reader's language: the domain sends each with a code and parameters,
// and the shared catalogue (@prepcom/texts) says it, as the emails do.
import i18next from 'i18next';
import texts from 'virtual:texts/reason,fieldLabel';
import { addTexts, currentLanguage } from './i18n';

let loading: Promise<void> | null = null;
/** How the catalogue says a phrase; there once the phrases are loaded. */
let render: (typeof import('@prepcom/texts'))['render'] | null = null;

/**
 * The catalogue's sentences, and its rules for saying them, fetched in the language in use the first time a reason
 * or a refusal is to be said (they stay off the first screen's bytes), then with every language chosen.
 */
export function loadPhrases(): Promise<void> {
  return (loading ??= Promise.all([
    addTexts(texts),
    import('@prepcom/texts').then((catalogue) => void (render = catalogue.render)),
  ]).then(() => undefined));
}

/** What the server sends: a reason (Reason) or a refused rule (an error's `guards`). */
export interface ServerPhrase {
  code?: unknown;
  params?: unknown;
  message?: unknown;
}

/**
 * The phrase in the language in use; the server's English message when the catalogue here cannot say it (a code
 * newer than this build of the dashboard, or the phrases not loaded yet), or null when there is neither.
 */
export function sayPhrase(phrase: ServerPhrase): string | null {
  const language = currentLanguage();
  const lookup = (key: string) => {
    const text: unknown = i18next.getResource(language, 'translation', key);
    return typeof text === 'string' ? text : undefined;
  };
  const said =
    phrase.code === undefined || render === null
      ? null
      : render({ code: phrase.code, params: phrase.params }, language, lookup);
  return said ?? (typeof phrase.message === 'string' && phrase.message !== '' ? phrase.message : null);
}
