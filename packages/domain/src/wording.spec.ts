import { describeStart, shorten } from './wording';

describe('wording', () => {
  it('quotes a short title back whole', () => expect(shorten('Fifth Meeting')).toBe('Fifth Meeting'));

  it('shortens a long title to its first 60 characters', () => {
    const long = 'x'.repeat(81);
    expect(shorten(long)).toBe(`${'x'.repeat(60)}…`);
    expect(shorten('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('describes a start in local time when the zone is known, otherwise in UTC', () => {
    const start = new Date('2003-09-15T03:00:00Z');
    expect(describeStart(start, 'Asia/Bangkok')).toBe('2003-09-15 10:00 Asia/Bangkok');
    expect(describeStart(start)).toBe('2003-09-15 03:00 UTC');
  });
});
