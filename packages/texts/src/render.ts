// Says a phrase in one language: picks the sentence (its plural form when it counts something), then fills each
// `{param}` in as its kind says. Dependency-free, so the dashboard and the emails render the same way.
import { isTextCode, PARAMS, type ParamKind, type Phrase } from './params';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One language's catalogue: sections of texts by key (`reason.NO_VIEWS`, `matterStatus.DEFERRED`). */
export type Catalogue = Record<string, Record<string, string>>;

/** A text by its dotted key, or undefined when the language lacks it. */
export type Lookup = (key: string) => string | undefined;

export function catalogueLookup(catalogue: Catalogue): Lookup {
  return (key) => {
    const dot = key.indexOf('.');
    return catalogue[key.slice(0, dot)]?.[key.slice(dot + 1)];
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The locale numbers and lists are formatted in: British usage for English, as the UN writes it ('a, b and c'). */
const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr', es: 'es' };

/** The placeholders a template uses, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Intl's formatters cost a little to build and a reason list renders many values. */
const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules>();
function formatter<T extends Intl.NumberFormat | Intl.ListFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}

/**
 * The phrase in `language`, or null when it cannot be said there: an unknown code, a text the catalogue lacks,
 * or a parameter missing or of the wrong kind. A caller then shows the server's English message instead.
 * Accepts phrases as they arrive from the network, so nothing about them is taken on trust.
 */
export function render(
  phrase: { code: unknown; params?: unknown } | Phrase,
  language: Language,
  lookup: Lookup,
): string | null {
  const { code } = phrase;
  if (!isTextCode(code)) return null;
  const params = (phrase.params ?? {}) as Record<string, unknown>;
  if (typeof params !== 'object') return null;
  const count = params.count;
  const plural =
    typeof count === 'number'
      ? formatter(`plural:${language}`, () => new Intl.PluralRules(language)).select(count)
      : null;
  const template =
    (plural && lookup(`reason.${code}_${plural}`)) ??
    (plural && lookup(`reason.${code}_other`)) ??
    lookup(`reason.${code}`);
  if (template === undefined) return null;
  const kinds: Record<string, ParamKind> = PARAMS[code];
  let broken = false;
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const kind = kinds[name];
    const said = kind === undefined ? null : sayValue(params[name], kind, language, lookup);
    if (said === null) broken = true;
    return said ?? whole;
  });
  return broken ? null : text;
}

function sayValue(value: unknown, kind: ParamKind, language: Language, lookup: Lookup): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'number':
      return typeof value === 'number'
        ? formatter(`number:${language}`, () => new Intl.NumberFormat(INTL_LOCALE[language])).format(value)
        : null;
    case 'phrase':
      return isPhraseLike(value) ? render(value, language, lookup) : null;
    case 'and':
    case 'or': {
      if (!Array.isArray(value)) return null;
      const items = value.map((item) => (isPhraseLike(item) ? render(item, language, lookup) : null));
      if (items.some((item) => item === null)) return null;
      const type = kind === 'and' ? 'conjunction' : 'disjunction';
      return formatter(
        `${type}:${language}`,
        () => new Intl.ListFormat(INTL_LOCALE[language], { type }),
      ).format(items as string[]);
    }
    default:
      // A value of the vocabulary, in the reader's words (its code if the language lacks it).
      return typeof value === 'string' ? (lookup(`${kind}.${value}`) ?? value) : null;
  }
}

function isPhraseLike(value: unknown): value is { code: unknown; params?: unknown } {
  return typeof value === 'object' && value !== null && 'code' in value;
}
