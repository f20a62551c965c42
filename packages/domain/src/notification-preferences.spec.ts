import {
  defaultFrequency,
  DeliveryFrequency,
  digestPeriodsDue,
  frequencyRefusal,
  NotificationKind,
} from './notification-preferences';

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('notification preferences', () => {
  it('send every kind at once by default, except the readiness report, which is weekly', () => {
    expect(defaultFrequency(NotificationKind.ACTIONS)).toBe(DeliveryFrequency.IMMEDIATELY);
    expect(defaultFrequency(NotificationKind.READINESS_REPORT)).toBe(DeliveryFrequency.WEEKLY);
  });

  it('refuse a readiness report sent immediately, and nothing else', () => {
    expect(frequencyRefusal(NotificationKind.READINESS_REPORT, DeliveryFrequency.IMMEDIATELY)).toMatchObject({
      guard: 'REPORT_NEEDS_PERIOD',
      field: 'frequency',
      code: 'REPORT_NEEDS_PERIOD',
      message: expect.stringMatching(/daily or weekly/),
    });
    for (const kind of Object.values(NotificationKind)) {
      for (const frequency of [DeliveryFrequency.DAILY, DeliveryFrequency.WEEKLY, DeliveryFrequency.NEVER]) {
        expect(frequencyRefusal(kind, frequency)).toBeNull();
      }
    }
  });
});

describe('digest periods', () => {
  it('end daily at 06:00 UTC and weekly on Monday at 06:00 UTC', () => {
    // 2003-09-15 was a Monday.
    expect(digestPeriodsDue(window('2003-09-15T05:59:00Z', '2003-09-15T06:00:00Z'))).toEqual([
      {
        frequency: 'DAILY',
        from: '2003-09-14',
        to: '2003-09-15',
        since: new Date('2003-09-14T06:00:00Z'),
        at: new Date('2003-09-15T06:00:00Z'),
      },
      {
        frequency: 'WEEKLY',
        from: '2003-09-08',
        to: '2003-09-15',
        since: new Date('2003-09-08T06:00:00Z'),
        at: new Date('2003-09-15T06:00:00Z'),
      },
    ]);
    expect(
      digestPeriodsDue(window('2003-09-16T05:59:00Z', '2003-09-16T06:00:01Z')).map((period) => [
        period.frequency,
        period.from,
        period.to,
      ]),
    ).toEqual([['DAILY', '2003-09-15', '2003-09-16']]);
  });

  it('come up once: not again in the next window, nor before their hour', () => {
    expect(digestPeriodsDue(window('2003-09-15T06:00:00Z', '2003-09-15T12:00:00Z'))).toEqual([]);
    expect(digestPeriodsDue(window('2003-09-16T00:00:00Z', '2003-09-16T05:59:59Z'))).toEqual([]);
  });

  it('after a long pause, bring only the latest period of each frequency', () => {
    const due = digestPeriodsDue(window('2003-08-01T00:00:00Z', '2003-09-17T07:00:00Z'));
    expect(due.map((period) => [period.frequency, period.to])).toEqual([
      ['DAILY', '2003-09-17'],
      ['WEEKLY', '2003-09-15'],
    ]);
  });
});
