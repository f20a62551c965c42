import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceptedLanguage } from '../common/reader-language';
import { REPORT_LANGUAGES, REPORT_TEXTS, type ReportTexts } from './report-texts';

const sections = (file: string) =>
  JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Record<string, Record<string, string>>;

/**
 * The dashboard's words, section by section, in one language: its own, and the vocabulary it shares with the emails
 * (@prepcom/texts), as its build puts them together.
 */
const dashboard = (language: string) => ({
  ...sections(`../../../../packages/texts/src/catalogue/${language}.json`),
  ...sections(`../../../web/src/i18n/locales/${language}.json`),
});

const SHARED: [keyof ReportTexts, string][] = [
  ['matterStatus', 'matterStatus'],
  ['healthLevel', 'health'],
  ['optionStage', 'optionStage'],
  ['actionStatus', 'actionStatus'],
  ['position', 'position'],
  ['ownerRole', 'ownerRole'],
  ['confidentiality', 'confidentiality'],
];

describe('the words of the state-of-play PDF', () => {
  it.each(REPORT_LANGUAGES)(
    'name statuses, stages, positions, roles and tiers as the dashboard does (%s)',
    (language) => {
      const screen = dashboard(language);
      for (const [report, section] of SHARED) {
        const words = REPORT_TEXTS[language][report] as Record<string, string>;
        for (const [code, word] of Object.entries(words))
          expect([section, code, word]).toEqual([section, code, screen[section]![code]]);
      }
    },
  );
});

describe('the language a browser asks for', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-DE, es;q=0.5, en;q=0.7', 'en'],
    ['ES', 'es'],
    ['en;q=0, fr;q=0.1', 'fr'],
    ['de, it', undefined],
    ['fr;q=abc', undefined],
    [undefined, undefined],
  ])('reads %p as %p', (header, language) => {
    expect(acceptedLanguage(header)).toBe(language);
  });
});
