import type { DigestFrequency } from '@prepcom/domain';
import type { OutboxEventEntity } from './outbox-event.entity';

/**
 * The events producers announce, with their payloads. Payloads hold ids only, never personal data: everything
 * shown to a person is read at delivery time, with what that person may see. A new event is added here and in the
 * notification pipeline's map of notices (notification/notices.ts), which fails to compile without it.
 */
export interface DomainEvents {
  MATTER_STATUS_CHANGED: { matterId: string; from: string; to: string };
  ACTION_ASSIGNED: { actionId: string };
  ACTION_CANCELLED: { actionId: string };
  VIEW_SUBMITTED: { viewId: string };
  MILESTONE_SCHEDULED: { milestoneId: string };
  MILESTONE_MOVED: { milestoneId: string; previousStartsAt: string };
  MILESTONE_CANCELLED: { milestoneId: string };
  REMINDER_MEETING: { milestoneId: string; step: string };
  REMINDER_ACTION: { actionId: string; step: string };
  REMINDER_VIEW: { matterId: string; step: string };
  INVITATION_SENT: { invitationId: string };
  INVITATION_CORRECTED: { invitationId: string };
  INVITATION_WITHDRAWN: { invitationId: string };
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

/** An event as a producer announces it: its type decides its payload. */
export type DomainEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: { type: T; payload: DomainEvents[T] };
}[K];

/** A row read back as the event it was written from, its payload typed by its type. */
export type StoredEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: Omit<OutboxEventEntity, 'type' | 'payload'> & DomainEvent<T>;
}[K];

/** `emit` is the outbox's only writer and writes a DomainEvent, so a row's payload is its type's. */
export const storedEvent = (row: OutboxEventEntity): StoredEvent => row as StoredEvent;
