import { NotificationKind, type DigestFrequency } from '@prepcom/domain';

/**
 * The events the pipeline carries, with their payloads. Payloads hold ids only, never personal data: everything
 * shown to a person is read at delivery time, with what that person may see.
 */
export interface DomainEvents {
  MATTER_STATUS_CHANGED: { matterId: string; from: string; to: string };
  ACTION_ASSIGNED: { actionId: string };
  VIEW_SUBMITTED: { viewId: string };
  MILESTONE_SCHEDULED: { milestoneId: string };
  MILESTONE_MOVED: { milestoneId: string; previousStartsAt: string };
  MILESTONE_CANCELLED: { milestoneId: string };
  REMINDER_MEETING: { milestoneId: string; step: string };
  REMINDER_ACTION: { actionId: string; step: string };
  REMINDER_VIEW: { matterId: string; step: string };
  INVITATION_SENT: { invitationId: string };
  HEALTH_WORSENED: { matterId: string; from: string; to: string };
  ROLE_TERM_STARTING: { roleTermId: string; step: string };
  ROLE_TERM_ENDING: { roleTermId: string; step: string };
  /**
   * A one-time link (invitation, password reset) was made: emailed at once to its account alone, whatever the
   * person's preferences, never in-app (decision 29).
   */
  ACCOUNT_LINK_ISSUED: { linkId: string };
  /** A digest period ended: each person with events waiting (or a readiness report due) gets one email. */
  DIGEST_DUE: { frequency: DigestFrequency; from: string; to: string; since: string; at: string };
}
export type DomainEventType = keyof DomainEvents;

/** Events emailed alone and at once, outside preferences and digests. */
export type LoneEmailEventType = 'DIGEST_DUE' | 'ACCOUNT_LINK_ISSUED';

/** What each event is, for the person's preferences; a digest is not itself gathered into one. */
export const EVENT_KIND: Record<Exclude<DomainEventType, LoneEmailEventType>, NotificationKind> = {
  MATTER_STATUS_CHANGED: NotificationKind.MATTERS,
  HEALTH_WORSENED: NotificationKind.MATTERS,
  ACTION_ASSIGNED: NotificationKind.ACTIONS,
  REMINDER_ACTION: NotificationKind.ACTIONS,
  VIEW_SUBMITTED: NotificationKind.VIEWS,
  REMINDER_VIEW: NotificationKind.VIEWS,
  MILESTONE_SCHEDULED: NotificationKind.MEETINGS,
  MILESTONE_MOVED: NotificationKind.MEETINGS,
  MILESTONE_CANCELLED: NotificationKind.MEETINGS,
  REMINDER_MEETING: NotificationKind.MEETINGS,
  INVITATION_SENT: NotificationKind.INVITATIONS,
  ROLE_TERM_STARTING: NotificationKind.ROLE_TERMS,
  ROLE_TERM_ENDING: NotificationKind.ROLE_TERMS,
};
export type DomainEvent = { [K in DomainEventType]: { type: K; payload: DomainEvents[K] } }[DomainEventType];

export const NOTIFICATION_QUEUE = 'notifications';
/** Emails (immediate and digests) have a queue of their own: a slow mail server holds up only them. */
export const EMAIL_QUEUE = 'notification-emails';
/** Every queue of the pipeline, for administrators' failed-jobs view and the metrics. */
export const NOTIFICATION_QUEUES = [NOTIFICATION_QUEUE, EMAIL_QUEUE] as const;

/**
 * Where an event's jobs come from, for their logs and the delivery-latency metric: the HTTP request that caused the
 * event (null for the workers' own sweeps) and when it was committed. Jobs queued before it existed have none.
 */
export interface JobTrace {
  requestId: string | null;
  occurredAt: string;
}
export const traceOf = (event: { requestId: string | null; occurredAt: Date }): JobTrace => ({
  requestId: event.requestId,
  occurredAt: event.occurredAt.toISOString(),
});

/** Job contracts of the notifications queue. */
export interface FanOutJob {
  eventId: string;
  trace?: JobTrace;
}
export interface DeliverJob {
  eventId: string;
  accountId: string;
  channel: 'IN_APP' | 'EMAIL';
  trace?: JobTrace;
  /** Set once the mail server accepted the email, so a later attempt of the job does not send it again. */
  emailAccepted?: true;
}
export const JOB = {
  FAN_OUT: 'fan-out',
  DELIVER: 'deliver',
  SWEEP_REMINDERS: 'sweep-reminders',
  WATCH_HEALTH: 'watch-health',
  DELIVER_DIGEST: 'deliver-digest',
  RECONCILE: 'reconcile-deliveries',
} as const;
