import { describe, expect, it } from 'vitest';
import { instantAt, localInput } from './schedule';

describe("a milestone's times at the venue's clock", () => {
  it('reads an instant as the wall-clock time at the venue, and back', () => {
    // The dialogue of 27 June 2002: 15:00 in Geneva (summer time) is 13:00 UTC.
    expect(localInput('2002-06-27T13:00:00.000Z', 'Europe/Zurich')).toBe('2002-06-27T15:00');
    expect(instantAt('2002-06-27T15:00', 'Europe/Zurich')).toBe('2002-06-27T13:00:00.000Z');
    // The Fifth Meeting opened at 10:00 in Bangkok, 03:00 UTC.
    expect(instantAt('2003-09-15T10:00', 'Asia/Bangkok')).toBe('2003-09-15T03:00:00.000Z');
  });

  it('keeps the local hour across a change of offset: the same 10:00 in winter is an hour later in UTC', () => {
    expect(instantAt('2004-02-13T10:00', 'Europe/Zurich')).toBe('2004-02-13T09:00:00.000Z');
  });

  it('answers null for a time that is not one, and reads an unknown zone as UTC for the server to name it', () => {
    expect(instantAt('', 'Europe/Zurich')).toBeNull();
    expect(instantAt('2004-02-30T10:00', 'Europe/Zurich')).toBeNull();
    expect(instantAt('2004-02-13T10:00', 'Mars/Olympus')).toBe('2004-02-13T10:00:00.000Z');
  });
});
