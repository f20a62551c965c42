import {
  addDays,
  canonicalTimeZone,
  daysBetween,
  formatInZone,
  isIsoDate,
  isValidTimeZone,
  localDate,
  resolveDueDate,
  zonedDateTimeToInstant,
} from './dates';

// The Fifth Meeting of the States Parties opened in Bangkok on 15 September 2003 at 10:00 local time (UTC+7).
const FIFTH_MSP = { startsAt: new Date('2003-09-15T03:00:00Z'), timeZone: 'Asia/Bangkok' };

describe('isValidTimeZone', () => {
  it.each(['Europe/Zurich', 'Asia/Bangkok', 'Africa/Nairobi', 'UTC', 'America/St_Johns', 'Asia/Kathmandu'])(
    'accepts %s',
    (zone) => expect(isValidTimeZone(zone)).toBe(true),
  );

  it.each(['', 'Mars/Olympus', 'Europe/Zurch', '+02:00', 'GMT+25', 'Geneva'])('refuses %p', (zone) =>
    expect(isValidTimeZone(zone)).toBe(false),
  );
});

describe('canonicalTimeZone', () => {
  it('gives the canonical spelling of a zone Intl accepts in any case', () => {
    expect(canonicalTimeZone('europe/zurich')).toBe('Europe/Zurich');
    expect(canonicalTimeZone('Asia/Bangkok')).toBe('Asia/Bangkok');
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => canonicalTimeZone('Mars/Olympus')).toThrow(
      new RangeError("Unknown time zone 'Mars/Olympus'; use an IANA name such as 'Europe/Zurich'."),
    );
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2003-09-15', true],
    ['2004-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 only
    ['2003-02-29', false],
    ['2003-02-30', false],
    ['2003-04-31', false],
    ['2003-13-01', false],
    ['2003-00-10', false],
    ['2003-09-00', false],
    ['2003-9-15', false],
    ['03-09-15', false],
    ['2003-09-15T10:00', false],
    [' 2003-09-15', false],
    ['', false],
    ['0099-01-01', true], // not mapped onto 1999
  ])('%p → %p', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('localDate', () => {
  it.each([
    ['2003-09-14T20:00:00Z', 'Asia/Bangkok', '2003-09-15'], // already the next morning in Bangkok
    ['2003-09-14T20:00:00Z', 'UTC', '2003-09-14'],
    ['2003-09-15T03:00:00Z', 'America/New_York', '2003-09-14'], // still the previous evening
    ['2002-06-26T22:30:00Z', 'Europe/Zurich', '2002-06-27'], // summer time, UTC+2
    ['2002-12-01T22:30:00Z', 'Europe/Zurich', '2002-12-01'], // winter time, UTC+1
    ['2004-11-28T21:00:00Z', 'Africa/Nairobi', '2004-11-29'], // UTC+3 all year
    ['2004-11-28T20:59:59Z', 'Africa/Nairobi', '2004-11-28'],
  ])('%s in %s is %s', (instant, zone, expected) =>
    expect(localDate(new Date(instant), zone)).toBe(expected),
  );

  it('throws a RangeError for an invalid instant or zone', () => {
    expect(() => localDate(new Date('not a date'), 'UTC')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2003-09-15', -30, '2003-08-16'],
    ['2003-09-15', 0, '2003-09-15'],
    ['2003-09-15', 7, '2003-09-22'],
    ['2004-02-28', 1, '2004-02-29'],
    ['2003-02-28', 1, '2003-03-01'],
    ['2004-03-01', -1, '2004-02-29'],
    ['2003-12-31', 1, '2004-01-01'],
    ['2002-03-30', 1, '2002-03-31'], // a DST change day in Europe has no effect on calendar arithmetic
    ['2003-09-15', 441, '2004-11-29'],
  ])('%s %+d days → %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it('throws a RangeError for a bad date or a fractional number of days', () => {
    expect(() => addDays('2003-02-30', 1)).toThrow("'2003-02-30' is not a calendar date (YYYY-MM-DD).");
    expect(() => addDays('2003-09-15', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2003-09-01', '2003-09-15', 14],
    ['2003-09-15', '2003-09-01', -14],
    ['2003-09-15', '2003-09-15', 0],
    ['2003-09-15', '2004-11-29', 441], // across 29 February 2004
    ['2002-03-30', '2002-04-01', 2], // across a DST change
  ])('from %s to %s is %d', (from, to, expected) => expect(daysBetween(from, to)).toBe(expected));

  it('throws a RangeError for a bad date', () => {
    expect(() => daysBetween('2003-09-15', '2003-09-31')).toThrow(RangeError);
  });
});

describe('zonedDateTimeToInstant', () => {
  it.each([
    ['2002-06-27T15:00', 'Europe/Zurich', '2002-06-27T13:00:00.000Z'], // CEST, UTC+2
    ['2002-12-05T15:00', 'Europe/Zurich', '2002-12-05T14:00:00.000Z'], // CET, UTC+1
    ['2003-09-15T10:00', 'Asia/Bangkok', '2003-09-15T03:00:00.000Z'],
    ['2004-11-29T10:00', 'Africa/Nairobi', '2004-11-29T07:00:00.000Z'],
    ['2003-09-15T10:00:30', 'Asia/Bangkok', '2003-09-15T03:00:30.000Z'],
    ['2003-09-15T00:00', 'UTC', '2003-09-15T00:00:00.000Z'],
    ['2003-09-15T05:00', 'Asia/Bangkok', '2003-09-14T22:00:00.000Z'], // the UTC day before
    ['2003-07-01T09:30', 'America/St_Johns', '2003-07-01T12:00:00.000Z'], // UTC−2:30 in summer
    ['2003-07-01T12:00', 'Asia/Kathmandu', '2003-07-01T06:15:00.000Z'], // UTC+5:45
  ])('%s in %s is %s', (local, zone, expected) =>
    expect(zonedDateTimeToInstant(local, zone).toISOString()).toBe(expected),
  );

  describe('around daylight-saving changes (Europe/Zurich, 2002)', () => {
    it.each([
      ['2002-03-31T01:59', '2002-03-31T00:59:00.000Z'], // last minute of winter time
      ['2002-03-31T02:30', '2002-03-31T01:30:00.000Z'], // skipped: read as 03:30 summer time
      ['2002-03-31T03:00', '2002-03-31T01:00:00.000Z'], // first minute of summer time
      ['2002-10-27T01:59', '2002-10-26T23:59:00.000Z'],
      ['2002-10-27T02:30', '2002-10-27T00:30:00.000Z'], // happens twice: the first (summer time) is taken
      ['2002-10-27T03:00', '2002-10-27T02:00:00.000Z'], // winter time again
    ])('%s is %s', (local, expected) =>
      expect(zonedDateTimeToInstant(local, 'Europe/Zurich').toISOString()).toBe(expected),
    );
  });

  it('moves a skipped time forward in other hemispheres too', () => {
    // Sydney moved from 02:00 AEST to 03:00 AEDT on 26 October 2003.
    expect(zonedDateTimeToInstant('2003-10-26T02:30', 'Australia/Sydney').toISOString()).toBe(
      '2003-10-25T16:30:00.000Z',
    );
    // New York moved from 02:00 EST to 03:00 EDT on 6 April 2003.
    expect(zonedDateTimeToInstant('2003-04-06T02:30', 'America/New_York').toISOString()).toBe(
      '2003-04-06T07:30:00.000Z',
    );
  });

  it('round-trips with formatInZone', () => {
    const instant = zonedDateTimeToInstant('2002-06-27T15:00', 'Europe/Zurich');
    expect(formatInZone(instant, 'Europe/Zurich')).toBe('2002-06-27T15:00:00+02:00');
  });

  it('throws a RangeError naming an unknown zone', () => {
    expect(() => zonedDateTimeToInstant('2003-09-15T10:00', 'Mars/Olympus')).toThrow(
      new RangeError("Unknown time zone 'Mars/Olympus'; use an IANA name such as 'Europe/Zurich'."),
    );
  });

  it.each([
    '2003-09-15 10:00',
    '2003-09-15',
    '2003-09-15T10',
    '2003-09-15T24:00',
    '2003-09-15T10:60',
    '2003-09-15T10:00:60',
    '2003-02-30T10:00',
    '2003-09-15T10:00Z',
    '2003-09-15T10:00+07:00',
    '',
  ])('throws a RangeError for the malformed text %p', (local) => {
    expect(() => zonedDateTimeToInstant(local, 'Asia/Bangkok')).toThrow(
      new RangeError(`'${local}' is not a local date and time (YYYY-MM-DDTHH:mm, seconds optional).`),
    );
  });
});

describe('formatInZone', () => {
  it.each([
    ['2002-06-27T13:00:00Z', 'Europe/Zurich', '2002-06-27T15:00:00+02:00'],
    ['2002-12-05T14:00:00Z', 'Europe/Zurich', '2002-12-05T15:00:00+01:00'],
    ['2003-09-14T20:00:00Z', 'Asia/Bangkok', '2003-09-15T03:00:00+07:00'], // the next day locally
    ['2004-11-29T07:00:00Z', 'Africa/Nairobi', '2004-11-29T10:00:00+03:00'],
    ['2003-09-15T03:00:00Z', 'UTC', '2003-09-15T03:00:00+00:00'],
    ['2003-07-01T12:00:00Z', 'America/New_York', '2003-07-01T08:00:00-04:00'],
    ['2003-07-01T12:00:00Z', 'America/St_Johns', '2003-07-01T09:30:00-02:30'],
    ['2003-07-01T06:15:00Z', 'Asia/Kathmandu', '2003-07-01T12:00:00+05:45'],
    ['2003-09-15T03:00:00.999Z', 'Asia/Bangkok', '2003-09-15T10:00:00+07:00'], // to the second
    ['1850-01-01T00:00:00Z', 'Europe/Zurich', '1850-01-01T00:34:08+00:34:08'], // local mean time, to the second
  ])('%s in %s is %s', (instant, zone, expected) =>
    expect(formatInZone(new Date(instant), zone)).toBe(expected),
  );

  it('throws a RangeError for an invalid instant or zone', () => {
    expect(() => formatInZone(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => formatInZone(new Date(), 'Nowhere')).toThrow(RangeError);
  });
});

describe('resolveDueDate', () => {
  it('returns an absolute date as it is', () => {
    expect(resolveDueDate({ kind: 'ABSOLUTE', date: '2003-08-15' })).toBe('2003-08-15');
  });

  it('refuses an absolute date that is not a calendar date', () => {
    expect(() => resolveDueDate({ kind: 'ABSOLUTE', date: '2003-02-30' })).toThrow(RangeError);
  });

  it('counts "30 days before the Fifth Meeting" from its local start day', () => {
    expect(resolveDueDate({ kind: 'RELATIVE', offsetDays: -30, milestone: FIFTH_MSP })).toBe('2003-08-16');
    expect(resolveDueDate({ kind: 'RELATIVE', offsetDays: 0, milestone: FIFTH_MSP })).toBe('2003-09-15');
    expect(resolveDueDate({ kind: 'RELATIVE', offsetDays: 7, milestone: FIFTH_MSP })).toBe('2003-09-22');
  });

  it("uses the milestone's own zone, not UTC, for its start day", () => {
    // 06:00 on 15 September in Bangkok is still 14 September in UTC.
    const early = { startsAt: new Date('2003-09-14T23:00:00Z'), timeZone: 'Asia/Bangkok' };
    expect(resolveDueDate({ kind: 'RELATIVE', offsetDays: -1, milestone: early })).toBe('2003-09-14');
  });

  it('moves with the milestone', () => {
    const postponed = { ...FIFTH_MSP, startsAt: new Date('2003-09-22T03:00:00Z') };
    expect(resolveDueDate({ kind: 'RELATIVE', offsetDays: -30, milestone: postponed })).toBe('2003-08-23');
  });
});
