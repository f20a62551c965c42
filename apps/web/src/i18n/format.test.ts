import { describe, expect, it } from 'vitest';
import { formatterFor } from './format';

const en = formatterFor('en');
const fr = formatterFor('fr');
const es = formatterFor('es');
// Intl separates with narrow and non-breaking spaces (French "43 %", ranges); compared here as plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatterFor', () => {
  it('writes days in each language, in the zone asked for', () => {
    expect(en.calendarDay('2003-09-14')).toBe('14 Sept 2003');
    expect(fr.calendarDay('2003-09-14')).toBe('14 sept. 2003');
    expect(es.calendarDay('2003-09-14')).toBe('14 sept 2003');
    // 03:00 UTC on 15 September is still the 14th in New York.
    expect(en.day('2003-09-15T03:00:00Z', 'America/New_York')).toBe('14 Sept 2003');
    expect(en.day('2003-09-15T03:00:00Z', 'Asia/Bangkok')).toBe('15 Sept 2003');
  });

  it('shows a meeting at the venue clock, summer time included, and a one-day meeting as a time range', () => {
    expect(en.dateTime('2002-06-27T13:00:00Z', 'Europe/Zurich')).toBe('27 Jun 2002, 15:00');
    expect(en.span('2002-06-27T13:00:00Z', '2002-06-27T16:00:00Z', 'Europe/Zurich')).toBe(
      '27 Jun 2002, 15:00–18:00',
    );
    expect(plain(fr.span('2003-09-15T03:00:00Z', '2003-09-19T11:00:00Z', 'Asia/Bangkok'))).toBe(
      '15 sept. 2003, 10:00 – 19 sept. 2003, 18:00',
    );
  });

  it('shows a deadline, with no duration, as one moment', () => {
    expect(en.span('2003-09-19T10:00:00Z', '2003-09-19T10:00:00Z', 'Asia/Bangkok')).toBe(
      '19 Sept 2003, 17:00',
    );
  });

  it('falls back to UTC for a zone it does not know, rather than failing', () => {
    expect(en.dateTime('2002-06-27T13:00:00Z', 'Mars/Olympus_Mons')).toBe('27 Jun 2002, 13:00');
  });

  it('writes numbers, percentages and day counts the way each language does', () => {
    expect(en.percent(43)).toBe('43%');
    expect(plain(fr.percent(43))).toBe('43 %');
    expect(en.percent(140)).toBe('100%');
    expect(en.number(8472)).toBe('8,472');
    expect(plain(fr.number(8472))).toBe('8 472');
    expect(en.relativeDays(0)).toBe('today');
    expect(en.relativeDays(1)).toBe('tomorrow');
    expect(en.relativeDays(12)).toBe('in 12 days');
    expect(fr.relativeDays(-3)).toBe('il y a 3 jours');
    expect(es.relativeDays(2)).toBe('pasado mañana');
  });

  it('is English for a language it does not have', () => {
    expect(formatterFor('de')).toBe(en);
  });
});
