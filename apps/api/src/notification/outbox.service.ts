import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../observability/request-id';
import type { DomainEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';

/** Records domain events in the caller's transaction: a change and its announcement commit together or not at all. */
@Injectable()
export class OutboxService {
  async emit(manager: EntityManager, at: Date, event: DomainEvent): Promise<void> {
    await manager.insert(OutboxEventEntity, {
      type: event.type,
      payload: event.payload,
      occurredAt: at,
      relayedAt: null,
      requestId: currentRequestId(),
    });
  }
}
