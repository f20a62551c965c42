import { TRIGRAM_THRESHOLD } from './search.repository';

/** A stretch of a text, in UTF-16 offsets as JavaScript and the browser count them: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower case without accents, as the database folds texts before indexing them (`prepcom_search_text`). */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query worth matching, folded, at most `max` of them (one-letter words match everything). */
export function queryTerms(query: string, max = 6): string[] {
  const words = [...query.matchAll(WORD)].map((match) => fold(match[0])).filter((word) => word.length >= 2);
  return [...new Set(words)].slice(0, max);
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** pg_trgm's similarity of two words: shared trigrams over all trigrams of either. */
export function similarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Whether a word of a text answers a term of the query. The database found the record by stems in three languages
 * or by trigrams; this says which words to mark, close enough to both: the same word, one sharing the term's first
 * letters but its last two (what a stemmer drops: "venues" for "venue", "conférence" for "conferences"), or a
 * misspelling as close as the search's trigram threshold ("Thailand" for "Tailand").
 */
function answers(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length < 4 || word.length < 3) return false;
  const stem = term.slice(0, Math.max(4, term.length - 2));
  if (word.startsWith(stem) || (word.length >= 4 && term.startsWith(word))) return true;
  return similarity(word, term) >= TRIGRAM_THRESHOLD;
}

/** The stretches of `text` that answer one of `terms`, in order. */
export function marks(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  return [...text.matchAll(WORD)].flatMap((match) => {
    const word = fold(match[0]);
    return terms.some((term) => answers(word, term))
      ? [{ start: match.index, end: match.index + match[0].length }]
      : [];
  });
}

/** A text with its found words marked, cut to about `width` characters around the first of them when longer. */
export interface Excerpt {
  text: string;
  marks: TextRange[];
}

export function excerpt(text: string, terms: readonly string[], width = 160): Excerpt {
  const found = marks(text, terms);
  if (text.length <= width) return { text, marks: found };
  const first = found[0]?.start ?? 0;
  // Start at a word boundary a quarter of the width before the first mark, so it is read in context.
  let start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const before = start > 0 ? '… ' : '';
  const after = end < text.length ? ' …' : '';
  const shift = before.length - start;
  return {
    text: before + text.slice(start, end) + after,
    marks: found
      .filter((mark) => mark.start >= start && mark.end <= end)
      .map((mark) => ({ start: mark.start + shift, end: mark.end + shift })),
  };
}
