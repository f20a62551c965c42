import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../identity/actor';
import { currentRequestId } from '../observability/request-id';
import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';

/** Records domain events in the caller's transaction: a change and its announcement commit together or not at all. */
@Injectable()
export class OutboxService {
  /** `by` is the person whose change it reports (not told of it), null when nobody caused it (sweeps, watches). */
  async emit(manager: EntityManager, at: Date, by: Actor | null, event: DomainEvent): Promise<void> {
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
