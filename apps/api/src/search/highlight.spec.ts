import { excerpt, marks, queryTerms, similarity } from './highlight';

const marked = (text: string, query: string) =>
  marks(text, queryTerms(query)).map((mark) => text.slice(mark.start, mark.end));

describe('what the search marks as found', () => {
  it('folds case and accents in the query', () => {
    expect(queryTerms('Conférence  d’examen, CONFÉRENCE')).toEqual(['conference', 'd’examen']);
  });

  it('marks the word itself, its other endings and its accented forms', () => {
    expect(marked('Dates and venues of the Review Conference', 'venue conferences')).toEqual([
      'venues',
      'Conference',
    ]);
    expect(marked('Dates et lieu de la Conférence d’examen', 'conference')).toEqual(['Conférence']);
  });

  it('marks a name written with a typo, as pg_trgm measures closeness', () => {
    expect(similarity('tailand', 'thailand')).toBeCloseTo(0.545, 2);
    expect(marked('Norway and Thailand, Co-Chairs', 'Tailand')).toEqual(['Thailand']);
  });

  it('marks nothing that merely shares a few letters', () => {
    expect(marked('Dates and venue of the Review Conference', 'of')).toEqual(['of']);
    expect(marked('Dates and venue of the Review Conference', 'data')).toEqual([]);
  });

  it('cuts a long text around the first word found, the marks moved with it', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The Intersessional Work Programme ends here. ${'More words follow. '.repeat(10)}`;
    const cut = excerpt(text, queryTerms('intersessional'), 80);
    expect(cut.text.length).toBeLessThanOrEqual(86);
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(cut.marks).toHaveLength(1);
    expect(cut.text.slice(cut.marks[0]!.start, cut.marks[0]!.end)).toBe('Intersessional');
  });
});
