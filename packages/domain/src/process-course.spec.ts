import { daysBetween } from './dates';
import { MilestoneKind } from './model';
import {
  daysToOpenOn,
  decidingMeeting,
  eveOf,
  finalMilestone,
  hasEnded,
  shiftByDays,
  type CourseMilestone,
  movedCalendarFits,
} from './process-course';

const milestone = (
  id: string,
  kind: MilestoneKind,
  startsAt: string,
  endsAt: string,
  timeZone = 'Asia/Bangkok',
): CourseMilestone => ({ id, kind, startsAt: new Date(startsAt), endsAt: new Date(endsAt), timeZone });

// The sample's road, shortened: the Fifth Meeting in Bangkok (15–19 September 2003), the deadline at its close, the
// Review Conference in Nairobi (29 November – 3 December 2004).
const fifthMeeting = milestone(
  '5msp',
  MilestoneKind.MEETING_OF_STATES_PARTIES,
  '2003-09-15T03:00:00Z',
  '2003-09-19T11:00:00Z',
);
const deadline = milestone(
  'deadline',
  MilestoneKind.DEADLINE,
  '2003-09-19T10:00:00Z',
  '2003-09-19T11:00:00Z',
);
const fourthMeeting = milestone(
  '4msp',
  MilestoneKind.MEETING_OF_STATES_PARTIES,
  '2002-09-16T08:00:00Z',
  '2002-09-20T16:00:00Z',
  'Europe/Zurich',
);
const reviewConference = milestone(
  'revcon',
  MilestoneKind.REVIEW_CONFERENCE,
  '2004-11-29T07:00:00Z',
  '2004-12-03T15:00:00Z',
  'Africa/Nairobi',
);
const road = [fourthMeeting, fifthMeeting, deadline, reviewConference];

describe('finalMilestone and hasEnded', () => {
  it('ends with the target event, once it is over', () => {
    expect(finalMilestone(road, 'revcon')).toBe(reviewConference);
    expect(hasEnded(road, 'revcon', new Date('2004-12-03T14:59:59Z'))).toBe(false);
    expect(hasEnded(road, 'revcon', new Date('2004-12-03T15:00:00Z'))).toBe(true);
  });

  it('without a target event, ends with the milestone that ends last', () => {
    expect(finalMilestone([reviewConference, fourthMeeting], null)).toBe(reviewConference);
    expect(hasEnded(road, null, new Date('2004-01-01T00:00:00Z'))).toBe(false);
  });

  it('has not ended while it has no milestone', () => {
    expect(finalMilestone([], null)).toBeNull();
    expect(hasEnded([], null, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('decidingMeeting and eveOf', () => {
  it('finds the meeting a deadline falls in, and its eve at the venue', () => {
    expect(decidingMeeting(road, 'deadline')).toBe(fifthMeeting);
    // The Fifth Meeting opened at 10:00 in Bangkok on 15 September: its eve is the 14th there.
    expect(eveOf(fifthMeeting)).toBe('2003-09-14');
  });

  it('takes a deadline that is a meeting as it is', () => {
    expect(decidingMeeting(road, 'revcon')).toBe(reviewConference);
  });

  it('takes the last meeting opened before a deadline that falls between meetings', () => {
    const between = milestone(
      'between',
      MilestoneKind.DEADLINE,
      '2003-01-10T10:00:00Z',
      '2003-01-10T11:00:00Z',
    );
    expect(decidingMeeting([...road, between], 'between')).toBe(fourthMeeting);
  });

  it('has none without a deadline or a meeting before it', () => {
    expect(decidingMeeting(road, null)).toBeNull();
    expect(decidingMeeting([deadline], 'deadline')).toBeNull();
  });
});

describe('shiftByDays and daysToOpenOn', () => {
  it('keeps the wall-clock time across clock changes', () => {
    // 10:00 in Geneva in summer (UTC+2) moved into winter (UTC+1) is still 10:00 there.
    const summer = new Date('2002-06-27T08:00:00Z');
    expect(shiftByDays(summer, 'Europe/Zurich', 180).toISOString()).toBe('2002-12-24T09:00:00.000Z');
    expect(shiftByDays(summer, 'Europe/Zurich', -1).toISOString()).toBe('2002-06-26T08:00:00.000Z');
  });

  it('counts the days that bring an anchor to open on a new day at its venue', () => {
    // The Review Conference opened on 29 November 2004 (10:00 in Nairobi); the second opened on 29 November 2009.
    const days = daysToOpenOn(reviewConference, '2009-11-29');
    expect(days).toBe(1826);
    expect(shiftByDays(reviewConference.startsAt, 'Africa/Nairobi', days).toISOString()).toBe(
      '2009-11-29T07:00:00.000Z',
    );
  });
});

describe('a calendar moved to a new target day', () => {
  const dialogue = {
    startsAt: new Date('2002-06-27T13:00:00Z'),
    endsAt: new Date('2002-06-27T16:00:00Z'),
    timeZone: 'Europe/Zurich',
  };

  it('fits while every milestone stays within the years 0001 to 9999', () => {
    expect(movedCalendarFits([dialogue], 365)).toBe(true);
    expect(movedCalendarFits([dialogue], daysBetween('2002-06-27', '9999-12-31') + 1)).toBe(false);
    expect(movedCalendarFits([dialogue], daysBetween('2002-06-27', '0001-01-01') - 1)).toBe(false);
  });
});
