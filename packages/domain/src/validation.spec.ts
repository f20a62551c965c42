import {
  requireDueNotAfter,
  requireEndAfterStart,
  requireIsoDate,
  requireText,
  requireWholeNumberIn,
  requireTimeZone,
  TEXT_LIMITS,
} from './validation';

const FIFTH_MSP = {
  title: 'Fifth Meeting of the States Parties',
  startsAt: new Date('2003-09-15T03:00:00Z'),
  timeZone: 'Asia/Bangkok',
};

describe('requireText', () => {
  it('accepts text, trimmed, up to the limit', () => {
    expect(requireText('title', 'Intersessional work programme', 'title')).toBeNull();
    expect(requireText('title', `  ${'x'.repeat(300)}  `, 'title')).toBeNull();
    expect(requireText('description', 'x'.repeat(10_000), 'description', TEXT_LIMITS.description)).toBeNull();
  });

  it.each([null, undefined, '', '   \t\n'])('refuses blank text (%p)', (value) => {
    expect(requireText('title', value, 'title')).toMatchObject({
      guard: 'TEXT_REQUIRED',
      field: 'title',
      message: 'The title cannot be blank.',
    });
  });

  it('refuses a title over 300 characters by default', () => {
    expect(requireText('title', 'x'.repeat(301), 'title')).toMatchObject({
      guard: 'TEXT_TOO_LONG',
      field: 'title',
      message: 'The title is 301 characters long; the limit is 300.',
    });
  });

  it('applies the limit passed in', () => {
    expect(
      requireText('description', 'x'.repeat(10_001), 'description', TEXT_LIMITS.description),
    ).toMatchObject({
      guard: 'TEXT_TOO_LONG',
      field: 'description',
      message: 'The description is 10,001 characters long; the limit is 10,000.',
    });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(requireText('title', '𝒜'.repeat(300), 'title')).toBeNull();
  });

  it('has the documented limits', () => {
    expect(TEXT_LIMITS).toEqual({ title: 300, description: 10_000, csv: 1_000_000 });
  });
});

describe('requireEndAfterStart', () => {
  const start = new Date('2003-09-15T03:00:00Z');

  it('accepts an end after the start', () => {
    expect(requireEndAfterStart(start, new Date('2003-09-19T11:00:00Z'))).toBeNull();
  });

  it.each([
    ['equal', start],
    ['earlier', new Date('2003-09-14T03:00:00Z')],
  ])('refuses an %s end', (_, end) => {
    expect(requireEndAfterStart(start, end)).toMatchObject({
      guard: 'END_NOT_AFTER_START',
      field: 'endsAt',
      message: 'The end must come after the start.',
    });
  });

  it('refuses invalid dates, naming which one', () => {
    expect(requireEndAfterStart(new Date('x'), start)).toMatchObject({
      guard: 'INVALID_DATE',
      field: 'startsAt',
    });
    expect(requireEndAfterStart(start, new Date('x'))).toMatchObject({
      guard: 'INVALID_DATE',
      field: 'endsAt',
    });
  });
});

describe('requireIsoDate', () => {
  it('accepts a calendar date and refuses anything else', () => {
    expect(requireIsoDate('dueDate', '2003-09-15')).toBeNull();
    expect(requireIsoDate('dueDate', '2003-02-30')).toMatchObject({
      guard: 'INVALID_DATE',
      field: 'dueDate',
      message: "'2003-02-30' is not a calendar date (YYYY-MM-DD).",
    });
  });
});

describe('requireDueNotAfter', () => {
  it.each(['2003-08-16', '2003-09-14', '2003-09-15'])('accepts %s, on or before the start day', (dueDate) => {
    expect(requireDueNotAfter(dueDate, FIFTH_MSP)).toBeNull();
  });

  it('refuses a day after the start day', () => {
    expect(requireDueNotAfter('2003-09-20', FIFTH_MSP)).toMatchObject({
      guard: 'DUE_AFTER_MILESTONE',
      field: 'dueDate',
      message:
        "The due date 2003-09-20 falls after 'Fifth Meeting of the States Parties' starts on 2003-09-15.",
    });
  });

  it("takes the start day in the milestone's zone", () => {
    // 23:00 UTC on 14 September is 06:00 on 15 September in Bangkok.
    const early = { ...FIFTH_MSP, startsAt: new Date('2003-09-14T23:00:00Z') };
    expect(requireDueNotAfter('2003-09-15', early)).toBeNull();
    expect(requireDueNotAfter('2003-09-15', { ...early, timeZone: 'UTC' })).toMatchObject({
      guard: 'DUE_AFTER_MILESTONE',
    });
  });

  it('refuses a due date that is not a calendar date', () => {
    expect(requireDueNotAfter('2003-09-31', FIFTH_MSP)).toMatchObject({
      guard: 'INVALID_DATE',
      field: 'dueDate',
    });
  });
});

describe('requireTimeZone', () => {
  it('accepts an IANA zone', () => {
    expect(requireTimeZone('timeZone', 'Africa/Nairobi')).toBeNull();
  });

  it('refuses an unknown zone', () => {
    expect(requireTimeZone('timeZone', 'Geneva')).toMatchObject({
      guard: 'UNKNOWN_TIME_ZONE',
      field: 'timeZone',
      message: "'Geneva' is not a known time zone; use an IANA name such as 'Europe/Zurich'.",
    });
  });
});

describe('requireWholeNumberIn', () => {
  it('takes a whole number within the bounds, both included, and says which bound another one crosses', () => {
    expect(requireWholeNumberIn('HITS', 'first', 1, 1, 50)).toBeNull();
    expect(requireWholeNumberIn('HITS', 'first', 50, 1, 50)).toBeNull();
    expect(requireWholeNumberIn('HITS', 'first', 0, 1, 50)).toMatchObject({
      guard: 'HITS',
      field: 'first',
      code: 'INPUT_BELOW_MIN',
      params: { min: 1 },
    });
    expect(requireWholeNumberIn('HITS', 'first', 51, 1, 50)).toMatchObject({
      code: 'INPUT_ABOVE_MAX',
      params: { max: 50 },
    });
    expect(requireWholeNumberIn('HITS', 'first', 2.5, 1, 50)).toMatchObject({
      code: 'INPUT_NOT_WHOLE_NUMBER',
    });
  });
});
