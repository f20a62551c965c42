import { describe, expect, it } from 'vitest';
import {
  asOfInstant,
  byDate,
  clampScore,
  formatDays,
  formatIsoDate,
  formatLocalText,
  formatMilestoneWhen,
  formatPercent,
  isIsoDate,
  milestonePhase,
  parseLocalIso,
  todayIsoDate,
  toZonedLocal,
} from './format';

describe('parseLocalIso', () => {
  it('reads local date-times with or without seconds, and bare dates', () => {
    expect(parseLocalIso('2002-06-27T15:00:00')).toEqual({
      year: 2002,
      month: 6,
      day: 27,
      hour: 15,
      minute: 0,
    });
    expect(parseLocalIso('2002-06-27 09:30')).toEqual({ year: 2002, month: 6, day: 27, hour: 9, minute: 30 });
    expect(parseLocalIso('2004-11-29')).toEqual({ year: 2004, month: 11, day: 29, hour: 0, minute: 0 });
    expect(parseLocalIso('2002-06-27T15:00:00.000')).not.toBeNull();
    // The API sends local times with their offset; the wall clock is kept, the offset dropped.
    expect(parseLocalIso('2001-09-18T10:00:00-06:00')).toEqual({
      year: 2001,
      month: 9,
      day: 18,
      hour: 10,
      minute: 0,
    });
  });

  it('rejects anything else', () => {
    expect(parseLocalIso('27 June 2002')).toBeNull();
    expect(parseLocalIso('2002-13-01')).toBeNull();
    expect(parseLocalIso('2002-06-27T24:00')).toBeNull();
    expect(parseLocalIso('2002-06-27T15:00:00Z')).toBeNull(); // an instant, not a local time
    expect(parseLocalIso('')).toBeNull();
  });
});

describe('formatLocalText and formatIsoDate', () => {
  it('writes dates the way the process documents do', () => {
    expect(formatLocalText('2002-06-27T15:00:00')).toBe('27 Jun 2002, 15:00');
    expect(formatLocalText('2003-09-15T09:05')).toBe('15 Sep 2003, 09:05');
    expect(formatIsoDate('2003-09-14')).toBe('14 Sep 2003');
  });

  it('shows text it cannot read as it came', () => {
    expect(formatLocalText('late June 2002')).toBe('late June 2002');
    expect(formatIsoDate('soon')).toBe('soon');
  });
});

describe('toZonedLocal', () => {
  it('converts an instant to the wall clock of a zone, summer time included', () => {
    expect(toZonedLocal('2002-06-27T13:00:00Z', 'Europe/Zurich')).toEqual({
      year: 2002,
      month: 6,
      day: 27,
      hour: 15,
      minute: 0,
    });
    expect(toZonedLocal('2003-02-03T08:00:00Z', 'Europe/Zurich')?.hour).toBe(9);
    expect(toZonedLocal('2003-09-19T20:30:00Z', 'Asia/Bangkok')).toEqual({
      year: 2003,
      month: 9,
      day: 20,
      hour: 3,
      minute: 30,
    });
  });

  it('gives null for an unknown zone or a bad instant', () => {
    expect(toZonedLocal('2002-06-27T13:00:00Z', 'Mars/Olympus_Mons')).toBeNull();
    expect(toZonedLocal('not a date', 'Europe/Zurich')).toBeNull();
  });
});

describe('formatMilestoneWhen', () => {
  const dialogue = {
    startsAt: '2002-06-27T13:00:00Z',
    endsAt: '2002-06-27T16:00:00Z',
    startsAtLocal: '2002-06-27T15:00:00',
    timeZone: 'Europe/Zurich',
  };

  it('shows a one-day meeting as a time range in the venue zone', () => {
    expect(formatMilestoneWhen(dialogue)).toBe('27 Jun 2002, 15:00–18:00 (Europe/Zurich)');
  });

  it('shows a meeting over several days with both dates', () => {
    expect(
      formatMilestoneWhen({
        startsAt: '2003-09-15T03:00:00Z',
        endsAt: '2003-09-19T11:00:00Z',
        startsAtLocal: '2003-09-15T10:00:00',
        timeZone: 'Asia/Bangkok',
      }),
    ).toBe('15 Sep 2003, 10:00 – 19 Sep 2003, 18:00 (Asia/Bangkok)');
  });

  it('shows a deadline (no duration) as one moment', () => {
    expect(formatMilestoneWhen({ ...dialogue, endsAt: dialogue.startsAt })).toBe(
      '27 Jun 2002, 15:00 (Europe/Zurich)',
    );
  });

  it('keeps the start when the zone is unknown or the local text unreadable', () => {
    expect(formatMilestoneWhen({ ...dialogue, timeZone: 'Nowhere/Atlantis' })).toBe(
      '27 Jun 2002, 15:00 (Nowhere/Atlantis)',
    );
    expect(formatMilestoneWhen({ ...dialogue, startsAtLocal: 'afternoon of 27 June' })).toBe(
      'afternoon of 27 June – 27 Jun 2002, 18:00 (Europe/Zurich)',
    );
  });
});

describe('as-of dates', () => {
  it('computes the dashboard at the end of the chosen day, UTC', () => {
    expect(asOfInstant('2003-09-14')).toBe('2003-09-14T23:59:59Z');
  });

  it('recognises complete calendar dates only', () => {
    expect(isIsoDate('2003-09-14')).toBe(true);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2003-9-14')).toBe(false);
    expect(isIsoDate('2003-09-14T00:00')).toBe(false);
    expect(isIsoDate('2003-02-40')).toBe(false);
  });

  it('takes today from the local calendar', () => {
    expect(todayIsoDate(new Date(2003, 8, 14, 23, 30))).toBe('2003-09-14');
    expect(todayIsoDate(new Date(2004, 0, 2, 0, 5))).toBe('2004-01-02');
  });
});

describe('milestonePhase', () => {
  const meeting = { startsAt: '2003-09-15T03:00:00Z', endsAt: '2003-09-19T11:00:00Z' };

  it('places a milestone relative to the as-of instant', () => {
    expect(milestonePhase(meeting, '2003-09-14T23:59:59Z')).toBe('upcoming');
    expect(milestonePhase(meeting, '2003-09-16T23:59:59Z')).toBe('current');
    expect(milestonePhase(meeting, '2003-09-19T23:59:59Z')).toBe('past');
  });

  it('treats an unreadable as-of as "nothing has happened yet"', () => {
    expect(milestonePhase(meeting, '')).toBe('upcoming');
  });
});

describe('byDate', () => {
  it('orders by start, then end, then title, without touching the input', () => {
    const items = [
      { title: 'B', startsAt: '2003-02-03T08:00:00Z', endsAt: '2003-02-07T17:00:00Z' },
      { title: 'Z', startsAt: '2002-06-27T13:00:00Z', endsAt: '2002-06-27T16:00:00Z' },
      { title: 'A', startsAt: '2003-02-03T08:00:00Z', endsAt: '2003-02-07T17:00:00Z' },
      { title: 'C', startsAt: '2003-02-03T08:00:00Z', endsAt: '2003-02-04T17:00:00Z' },
    ];
    const copy = [...items];
    expect(byDate(items).map((i) => i.title)).toEqual(['Z', 'C', 'A', 'B']);
    expect(items).toEqual(copy);
  });
});

describe('tile numbers', () => {
  it('counts days in words', () => {
    expect(formatDays(0)).toBe('Today');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12)).toBe('12 days');
    expect(formatDays(-1)).toBe('1 day ago');
    expect(formatDays(-3)).toBe('3 days ago');
    expect(formatDays(null)).toBe('—');
    expect(formatDays(undefined)).toBe('—');
  });

  it('shows scores as whole percentages between 0 and 100', () => {
    expect(formatPercent(43)).toBe('43%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(42.6)).toBe('43%');
    expect(formatPercent(140)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
    expect(clampScore(-5)).toBe(0);
  });
});
