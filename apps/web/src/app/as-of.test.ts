import { describe, expect, it } from 'vitest';
import {
  asOfFromSearch,
  asOfInstant,
  asOfSearch,
  parseTypedDay,
  todayIsoDate,
  typedDay,
  validIsoDate,
} from './as-of';

describe('as of', () => {
  it('reads a real past day from the address, shown at the end of that day, UTC', () => {
    const asOf = asOfFromSearch(new URLSearchParams('asOf=2003-09-14'), '2026-11-28');
    expect(asOf).toEqual({ day: '2003-09-14', isLive: false, instant: '2003-09-14T23:59:59Z' });
    expect(asOfSearch(asOf)).toBe('?asOf=2003-09-14');
  });

  it('is live without a day, with a day that is not real, and with today', () => {
    for (const search of ['', 'asOf=2003-02-30', 'asOf=14/09/2003', 'asOf=2026-11-28']) {
      const asOf = asOfFromSearch(new URLSearchParams(search), '2026-11-28');
      expect(asOf, search).toEqual({ day: '2026-11-28', isLive: true, instant: undefined });
      expect(asOfSearch(asOf)).toBe('');
    }
  });

  it('knows real calendar days', () => {
    expect(validIsoDate('2004-02-29')).toBe('2004-02-29');
    expect(validIsoDate('2003-02-29')).toBeNull();
    expect(validIsoDate('2003-9-14')).toBeNull();
    expect(validIsoDate('')).toBeNull();
    expect(asOfInstant('2003-09-14')).toBe('2003-09-14T23:59:59Z');
  });

  it('takes today where the reader is, not in UTC', () => {
    expect(todayIsoDate(new Date(2003, 2, 1, 23, 30))).toBe('2003-03-01');
  });

  it('reads a day typed day first, as the three languages write it, and nothing half-typed', () => {
    for (const text of ['27/06/2002', '27.6.2002', ' 27-06-2002 ', '2002-06-27']) {
      expect(parseTypedDay(text), text).toBe('2002-06-27');
    }
    for (const text of ['2', '27/0', '27/06/2', '27/06/200', '31/02/2003', '06/27/2002', '']) {
      expect(parseTypedDay(text), text).toBeNull();
    }
    expect(typedDay('2002-06-27')).toBe('27/06/2002');
  });
});
