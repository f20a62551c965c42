import { CATALOGUES, LOOKUPS } from './catalogues';
import { inEnglish } from './english';
import { EXPORT_SECTIONS, FIELD_LABELS, PARAMS, TERM_SECTIONS, type TextCode } from './params';
import { LANGUAGES, placeholders, render } from './render';

const CODES = Object.keys(PARAMS) as TextCode[];
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The catalogue's sentences for a code in one language: the one text, or each plural form. */
function sentences(language: (typeof LANGUAGES)[number], code: TextCode): Record<string, string> {
  const reasons = CATALOGUES[language].reason!;
  return Object.fromEntries(
    Object.entries(reasons).filter(([key]) => key === code || key.replace(PLURAL, '') === code),
  );
}

describe('the catalogue', () => {
  it.each(LANGUAGES)('%s says every code, using every parameter and no other', (language) => {
    for (const code of CODES) {
      const forms = sentences(language, code);
      expect(Object.keys(forms).length).toBeGreaterThan(0);
      for (const [key, text] of Object.entries(forms)) {
        expect({ key, params: [...new Set(placeholders(text))].sort() }).toEqual({
          key,
          params: Object.keys(PARAMS[code]).sort(),
        });
      }
    }
  });

  it.each(LANGUAGES)(
    '%s has each plural form its grammar needs, and only where a count chooses',
    (language) => {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
      for (const code of CODES) {
        const keys = Object.keys(sentences(language, code));
        if (keys.every((key) => key === code)) continue;
        expect({ code, count: 'count' in PARAMS[code] }).toEqual({ code, count: true });
        expect({ code, forms: keys.map((key) => key.replace(`${code}_`, '')).sort() }).toEqual({
          code,
          forms: needed,
        });
      }
    },
  );

  it.each(LANGUAGES)('%s has no sentence for an unknown code and no empty text', (language) => {
    for (const [key, text] of Object.entries(CATALOGUES[language].reason!)) {
      expect(CODES).toContain(key.replace(PLURAL, ''));
      expect(text.trim()).not.toBe('');
    }
  });

  it('labels exactly the fields a sentence can name', () => {
    expect(Object.keys(CATALOGUES.en.fieldLabel!).sort()).toEqual([...FIELD_LABELS].sort());
  });

  it.each(LANGUAGES)(
    '%s names every value of the vocabulary, and every export word, English names',
    (language) => {
      expect(Object.keys(CATALOGUES[language]).sort()).toEqual(
        [...TERM_SECTIONS, ...EXPORT_SECTIONS, 'reason'].sort(),
      );
      for (const section of [...TERM_SECTIONS, ...EXPORT_SECTIONS]) {
        expect(Object.keys(CATALOGUES[language][section]!).sort()).toEqual(
          Object.keys(CATALOGUES.en[section]!).sort(),
        );
      }
    },
  );
});

describe('render', () => {
  const refused = {
    code: 'MATTER_MOVE_NOT_ALLOWED',
    params: {
      from: 'IDENTIFIED',
      to: 'DECIDED',
      allowed: [
        { code: 'MATTER_STATUS_NAME', params: { status: 'OPTIONS_DEVELOPING' } },
        { code: 'MATTER_STATUS_NAME', params: { status: 'DEFERRED' } },
      ],
    },
  } as const;

  it('says the terms and the lists in the reader’s words', () => {
    expect(render(refused, 'en', LOOKUPS.en)).toBe(
      "A matter that is 'Identified' cannot move to 'Decided'; it can move to 'Options being developed' or 'Deferred'.",
    );
    expect(render(refused, 'fr', LOOKUPS.fr)).toBe(
      'Une question « Identifiée » ne peut pas passer à « Décidée » ; elle peut passer à « Options en élaboration » ou « Reportée ».',
    );
    expect(render(refused, 'es', LOOKUPS.es)).toBe(
      'Una cuestión «Identificada» no puede pasar a «Decidida»; puede pasar a «Opciones en elaboración» o «Aplazada».',
    );
  });

  it('chooses the plural form by the count and formats numbers for the language', () => {
    const objections = (count: number) => ({ code: 'OBJECTIONS', params: { count } }) as const;
    expect(render(objections(1), 'en', LOOKUPS.en)).toBe('1 State Party objects.');
    expect(render(objections(3), 'fr', LOOKUPS.fr)).toBe('3 États parties s’y opposent.');
    expect(inEnglish({ code: 'TEXT_TOO_LONG', params: { label: 'title', length: 12_345, limit: 300 } })).toBe(
      'The title is 12,345 characters long; the limit is 300.',
    );
    expect(
      render(
        { code: 'TEXT_TOO_LONG', params: { label: 'title', length: 12_345, limit: 300 } },
        'fr',
        LOOKUPS.fr,
      ),
    ).toBe('Le champ « titre » compte 12\u202f345 caractères ; la limite est de 300.');
  });

  it('gives null, never a half-said sentence, for what it cannot say', () => {
    expect(render({ code: 'NO_SUCH_CODE' }, 'fr', LOOKUPS.fr)).toBeNull();
    expect(render({ code: 'OBJECTIONS', params: { count: 'three' } }, 'fr', LOOKUPS.fr)).toBeNull();
    expect(render({ code: 'NO_DRAFT_TEXT', params: {} }, 'es', LOOKUPS.es)).toBeNull();
    expect(
      render({ code: 'ACTIONS_OPEN', params: { count: 1, total: 2, actions: [{}] } }, 'en', LOOKUPS.en),
    ).toBeNull();
    expect(render({ code: 'NO_VIEWS' }, 'fr', () => undefined)).toBeNull();
  });
});
