import { describe, expect, it } from 'vitest';
import { monthTicks } from './ReadinessChart';

describe('monthTicks', () => {
  it('marks the first day of each month within the span, thinned evenly to at most six', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect(monthTicks(day('2003-06-15'), day('2003-09-14')).map((at) => new Date(at).toISOString())).toEqual([
      '2003-07-01T00:00:00.000Z',
      '2003-08-01T00:00:00.000Z',
      '2003-09-01T00:00:00.000Z',
    ]);
    const two = monthTicks(day('2001-09-18'), day('2003-09-14'));
    expect(two).toHaveLength(6);
    expect(new Date(two[0]!).toISOString()).toBe('2001-10-01T00:00:00.000Z');
    expect(monthTicks(day('2003-09-01'), day('2003-09-01'))).toEqual([day('2003-09-01')]);
  });
});
