import { describe, expect, it } from 'vitest';
import {
  asOfFromSearch,
  asOfInstant,
  asOfSearch,
  parseTypedDay,
  termsToday,
  todayIsoDate,
  typedDay,
  validIsoDate,
} from './as-of';

describe('as of', () => {
  it('reads a real past day from the address, shown at the end of that day at the venue', () => {
    const asOf = asOfFromSearch(new URLSearchParams('asOf=2003-09-14'), 'Asia/Bangkok', '2026-11-28');
    // The eve of the Fifth Meeting ends at midnight in Bangkok, seven hours before midnight UTC.
    expect(asOf).toEqual({
      day: '2003-09-14',
      isLive: false,
      instant: '2003-09-14T16:59:59Z',
      timeZone: 'Asia/Bangkok',
      ready: true,
      processId: undefined,
    });
    expect(asOfSearch(asOf)).toBe('?asOf=2003-09-14');
  });

  it('keeps the process shown in every link, and the day only on screens shown as of a day', () => {
    const past = asOfFromSearch(new URLSearchParams('process=p-2&asOf=2003-09-14'), 'UTC', '2026-11-28');
    expect(past.processId).toBe('p-2');
    expect(asOfSearch(past)).toBe('?process=p-2&asOf=2003-09-14');
    expect(asOfSearch(past, { day: false })).toBe('?process=p-2');
    const live = asOfFromSearch(new URLSearchParams('process=p-2'), 'UTC', '2026-11-28');
    expect(asOfSearch(live)).toBe('?process=p-2');
    expect(asOfSearch({ ...live, processId: undefined }, { day: false })).toBe('');
  });

  it('waits for the venue before a past day can be asked for', () => {
    const asOf = asOfFromSearch(new URLSearchParams('asOf=2003-09-14'), undefined, '2026-11-28');
    expect(asOf).toMatchObject({ day: '2003-09-14', isLive: false, instant: undefined, ready: false });
  });

  it('is live without a day, with a day that is not real, and with today', () => {
    for (const search of ['', 'asOf=2003-02-30', 'asOf=14/09/2003', 'asOf=2026-11-28']) {
      const asOf = asOfFromSearch(new URLSearchParams(search), 'Europe/Zurich', '2026-11-28');
      expect(asOf, search).toEqual({
        day: '2026-11-28',
        isLive: true,
        instant: undefined,
        timeZone: 'Europe/Zurich',
        ready: true,
        processId: undefined,
      });
      expect(asOfSearch(asOf)).toBe('');
    }
  });

  it('ends a day at the venue on either side of UTC and across clock changes', () => {
    expect(asOfInstant('2003-09-14', 'UTC')).toBe('2003-09-14T23:59:59Z');
    expect(asOfInstant('2004-11-28', 'Africa/Nairobi')).toBe('2004-11-28T20:59:59Z');
    expect(asOfInstant('2002-06-27', 'Europe/Zurich')).toBe('2002-06-27T21:59:59Z');
    expect(asOfInstant('2002-12-02', 'Europe/Zurich')).toBe('2002-12-02T22:59:59Z');
    expect(asOfInstant('2003-03-30', 'Europe/Zurich')).toBe('2003-03-30T21:59:59Z'); // summer time began at 01:00 UTC
    expect(asOfInstant('2003-09-14', 'America/New_York')).toBe('2003-09-15T03:59:59Z');
  });

  it('knows real calendar days', () => {
    expect(validIsoDate('2004-02-29')).toBe('2004-02-29');
    expect(validIsoDate('2003-02-29')).toBeNull();
    expect(validIsoDate('2003-9-14')).toBeNull();
    expect(validIsoDate('')).toBeNull();
  });

  it('takes today where the reader is, or at the venue', () => {
    expect(todayIsoDate(new Date(2003, 2, 1, 23, 30))).toBe('2003-03-01');
    expect(todayIsoDate(new Date('2003-09-14T18:00:00Z'), 'Asia/Bangkok')).toBe('2003-09-15');
    expect(todayIsoDate(new Date('2003-09-14T18:00:00Z'), 'America/New_York')).toBe('2003-09-14');
  });

  it('counts role terms on the day the API counts them, UTC, wherever the reader is', () => {
    const readersZone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const lateEvening = new Date('2026-12-08T02:00:00Z'); // 21:00 on the 7th in New York
      expect(todayIsoDate(lateEvening)).toBe('2026-12-07');
      expect(termsToday(lateEvening)).toBe('2026-12-08');
    } finally {
      process.env.TZ = readersZone;
    }
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
