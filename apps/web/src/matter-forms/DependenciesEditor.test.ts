import { describe, expect, it } from 'vitest';
import { matchingMatters } from './DependenciesEditor';

const MATTERS = [
  { id: 'm1', title: 'Dates and venue of the First Review Conference', status: 'DECIDED' as const },
  { id: 'm2', title: 'President of the First Review Conference', status: 'DECIDED' as const },
  { id: 'm3', title: 'Sponsorship programme', status: 'IDENTIFIED' as const },
];

describe('finding a matter to decide first', () => {
  it('keeps the matters holding every word typed, in any case and order, less those excluded', () => {
    expect(matchingMatters(MATTERS, 'review FIRST', new Set()).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(matchingMatters(MATTERS, 'conference president', new Set(['m1'])).map((m) => m.id)).toEqual([
      'm2',
    ]);
    expect(matchingMatters(MATTERS, 'president', new Set(['m2']))).toEqual([]);
  });

  it('offers nothing before a word is typed', () => {
    expect(matchingMatters(MATTERS, '   ', new Set())).toEqual([]);
  });
});
