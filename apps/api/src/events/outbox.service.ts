import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../common/request-id';
import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';

/** Whoever caused an event, as far as the outbox cares: their account (an `Actor` is one). */
export interface EventCause {
  readonly account: { readonly id: string } | null;
}

/** Records domain events in the caller's transaction: a change and its announcement commit together or not at all. */
@Injectable()
export class OutboxService {
  /** `by` is the person whose change it reports (not told of it), null when nobody caused it (sweeps, watches). */
  async emit(manager: EntityManager, at: Date, by: EventCause | null, event: DomainEvent): Promise<void> {
    await manager.insert(OutboxEventEntity, {
      type: event.type,
      payload: event.payload,
      occurredAt: at,
      relayedAt: null,
      requestId: currentRequestId(),
      actorAccountId: by?.account?.id ?? null,
    });
  }
}
