import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_SECTIONS } from '@prepcom/texts';
import { LANGUAGES } from './i18n';
import sharedEn from '../../../../packages/texts/src/catalogue/en.json';
import sharedEs from '../../../../packages/texts/src/catalogue/es.json';
import sharedFr from '../../../../packages/texts/src/catalogue/fr.json';
import ownEn from './locales/en.json';
import ownEs from './locales/es.json';
import ownFr from './locales/fr.json';

// The dashboard's words and those it shares with the emails, as the sections' loader merges them (vite.config.ts).
const en = { ...sharedEn, ...ownEn };
const fr = { ...sharedFr, ...ownFr };
const es = { ...sharedEs, ...ownEs };

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const resources: Record<(typeof LANGUAGES)[number], Tree> = { en, fr, es };
const texts = Object.fromEntries(LANGUAGES.map((lng) => [lng, leaves(resources[lng])]));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys with their plural suffix taken off, and the plural forms each has. */
function pluralForms(keys: Iterable<string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    if (!forms.has(base)) forms.set(base, new Set());
    if (match) forms.get(base)!.add(match[1]!);
  }
  return forms;
}

describe('translations', () => {
  const english = pluralForms(texts.en!.keys());

  it.each(LANGUAGES)('%s has every key English has, and no other', (lng) => {
    expect([...pluralForms(texts[lng]!.keys()).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)('%s has every plural form its grammar needs for each counted text', (lng) => {
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const [base, forms] of pluralForms(texts[lng]!.keys())) {
      if (english.get(base)!.size === 0) continue;
      expect([...forms].sort(), `${lng}: ${base}`).toEqual([...needed].sort());
    }
  });

  it.each(LANGUAGES)('%s has no empty text, and uses the same placeholders as English', (lng) => {
    for (const [key, text] of texts[lng]!) {
      expect(text.trim(), `${lng}: ${key}`).not.toBe('');
      const base = key.replace(PLURAL, '');
      const englishText = texts.en!.get(key) ?? texts.en!.get(`${base}_other`)!;
      expect(variables(text), `${lng}: ${key}`).toEqual(variables(englishText));
    }
  });
});

/** The sections each module loads through `virtual:texts/…` (vite.config.ts), over every source file. */
function registeredSections(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return registeredSections(full);
    if (!/\.tsx?$/.test(entry.name) || /\.(test|d)\.tsx?$/.test(entry.name)) return [];
    const source = fs.readFileSync(full, 'utf8');
    return [...source.matchAll(/from 'virtual:texts\/([\w,]+)'/g)].flatMap((m) => m[1]!.split(','));
  });
}

describe('sections of the language files', () => {
  it('are each loaded by exactly one module: the shell or the screen that uses them', () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    // The spreadsheets' words are the API's alone: the dashboard shows none of them.
    const shown = Object.keys(en).filter(
      (section) => !(EXPORT_SECTIONS as readonly string[]).includes(section),
    );
    expect(registeredSections(src).sort()).toEqual(shown.sort());
  });
});
