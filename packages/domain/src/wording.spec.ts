import { describeStart, label, listWords, quote } from './wording';

describe('wording', () => {
  it.each([
    ['OPTIONS_DEVELOPING', 'options developing'],
    ['DRAFT_TEXT', 'draft text'],
    ['TODO', 'to do'],
    ['DONE', 'done'],
  ])('labels %s as %p', (code, expected) => expect(label(code)).toBe(expected));

  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('lists %p as %p', (words, expected) => expect(listWords(words)).toBe(expected));

  it('lists alternatives with "or"', () => {
    expect(listWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('quotes titles', () => expect(quote('Fifth Meeting')).toBe("'Fifth Meeting'"));

  it('describes a start in local time when the zone is known, otherwise in UTC', () => {
    const start = new Date('2003-09-15T03:00:00Z');
    expect(describeStart(start, 'Asia/Bangkok')).toBe('2003-09-15 10:00 Asia/Bangkok');
    expect(describeStart(start)).toBe('2003-09-15 03:00 UTC');
  });
});
