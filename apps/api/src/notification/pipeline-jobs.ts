import type { Channel } from './delivery.repository';

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
  channel: Channel;
  trace?: JobTrace;
  /** Set once the mail server accepted the email, so a later attempt of the job does not send it again. */
  emailAccepted?: true;
}
/**
 * Many people's deliveries of one event on one channel (decision 0043): claimed, written and marked together. What
 * a batch cannot finish (a failed email, a claim another attempt holds) it hands to a DeliverJob of its own.
 */
export interface DeliverBatchJob {
  eventId: string;
  channel: DeliverJob['channel'];
  accountIds: string[];
  trace?: JobTrace;
}
export const JOB = {
  FAN_OUT: 'fan-out',
  DELIVER: 'deliver',
  DELIVER_BATCH: 'deliver-batch',
  SWEEP_REMINDERS: 'sweep-reminders',
  WATCH_HEALTH: 'watch-health',
  DELIVER_DIGEST: 'deliver-digest',
  RECONCILE: 'reconcile-deliveries',
} as const;
