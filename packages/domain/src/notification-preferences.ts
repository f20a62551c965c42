// How each person wants to hear of each kind of event by email. In-app notifications are always kept: a preference
// only decides whether an email goes out at once, is gathered into a daily or weekly digest, or is not sent.
import { addDays, localDate } from './dates';
import { refusal, type GuardFailure } from './guard-failure';
import type { IsoDate } from './model';

export const NotificationKind = {
  /** Meetings scheduled, moved or cancelled, and the reminders before them. */
  MEETINGS: 'MEETINGS',
  INVITATIONS: 'INVITATIONS',
  /** A matter's status changed or its health worsened. */
  MATTERS: 'MATTERS',
  /** Actions assigned to the person, due soon or overdue. */
  ACTIONS: 'ACTIONS',
  /** Views submitted, and the request to give one's own. */
  VIEWS: 'VIEWS',
  /** Role terms starting or ending. */
  ROLE_TERMS: 'ROLE_TERMS',
  /** The Co-Chairs' report: matters still open, those at risk, what changed. Only ever a digest. */
  READINESS_REPORT: 'READINESS_REPORT',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const DeliveryFrequency = {
  IMMEDIATELY: 'IMMEDIATELY',
  DAILY: 'DAILY',
  WEEKLY: 'WEEKLY',
  NEVER: 'NEVER',
} as const;
export type DeliveryFrequency = (typeof DeliveryFrequency)[keyof typeof DeliveryFrequency];
export type DigestFrequency = typeof DeliveryFrequency.DAILY | typeof DeliveryFrequency.WEEKLY;

export function defaultFrequency(kind: NotificationKind): DeliveryFrequency {
  return kind === NotificationKind.READINESS_REPORT
    ? DeliveryFrequency.WEEKLY
    : DeliveryFrequency.IMMEDIATELY;
}

/** Why a preference cannot be set, or null when it can. */
export function frequencyRefusal(kind: NotificationKind, frequency: DeliveryFrequency): GuardFailure | null {
  if (kind === NotificationKind.READINESS_REPORT && frequency === DeliveryFrequency.IMMEDIATELY) {
    return refusal('REPORT_NEEDS_PERIOD', 'frequency', 'REPORT_NEEDS_PERIOD', {});
  }
  return null;
}

/** Digests go out at 06:00 UTC: daily ones every day, weekly ones on Mondays, before Geneva's working day. */
export const DIGEST_HOUR_UTC = 6;

export interface DigestPeriod {
  frequency: DigestFrequency;
  /** The day the period began (inclusive) and the day it ends (exclusive), at the digest hour UTC. */
  from: IsoDate;
  to: IsoDate;
  /** The instants it covers, (since, at]; its digest goes out at `at`. */
  since: Date;
  at: Date;
}

const digestInstant = (day: IsoDate) => new Date(`${day}T${String(DIGEST_HOUR_UTC).padStart(2, '0')}:00:00Z`);
const isMonday = (day: IsoDate) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1;

/**
 * The digest periods that ended in the window (from, to]. Like reminders, the sweep asks for the time since it last
 * ran; after a long pause only the latest period of each frequency comes up, not a burst of old digests.
 */
export function digestPeriodsDue(window: { from: Date; to: Date }): DigestPeriod[] {
  const lastDay = localDate(window.to, 'UTC');
  const ended = (day: IsoDate) => {
    const at = digestInstant(day);
    return at > window.from && at <= window.to;
  };
  const latest = (frequency: DigestFrequency, days: number, isEnd: (day: IsoDate) => boolean) => {
    for (let back = 0; back < 2 * days; back += 1) {
      const day = addDays(lastDay, -back);
      if (isEnd(day) && ended(day)) {
        const from = addDays(day, -days);
        return [{ frequency, from, to: day, since: digestInstant(from), at: digestInstant(day) }];
      }
    }
    return [];
  };
  return [
    ...latest(DeliveryFrequency.DAILY, 1, () => true),
    ...latest(DeliveryFrequency.WEEKLY, 7, isMonday),
  ];
}
