/**
 * The events the pipeline carries, with their payloads. Payloads hold ids only, never personal data: everything
 * shown to a person is read at delivery time, with what that person may see.
 */
export interface DomainEvents {
  MATTER_STATUS_CHANGED: { matterId: string; from: string; to: string };
  ACTION_ASSIGNED: { actionId: string };
  VIEW_SUBMITTED: { viewId: string };
  MILESTONE_MOVED: { milestoneId: string; previousStartsAt: string };
  MILESTONE_CANCELLED: { milestoneId: string };
  REMINDER_MEETING: { milestoneId: string; step: string };
  REMINDER_ACTION: { actionId: string; step: string };
  REMINDER_VIEW: { matterId: string; step: string };
}
export type DomainEventType = keyof DomainEvents;
export type DomainEvent = { [K in DomainEventType]: { type: K; payload: DomainEvents[K] } }[DomainEventType];

export const NOTIFICATION_QUEUE = 'notifications';

/** Job contracts of the notifications queue. */
export interface FanOutJob {
  eventId: string;
}
export interface DeliverJob {
  eventId: string;
  accountId: string;
  channel: 'IN_APP' | 'EMAIL';
}
export const JOB = { FAN_OUT: 'fan-out', DELIVER: 'deliver', SWEEP_REMINDERS: 'sweep-reminders' } as const;
