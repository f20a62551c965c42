import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/database/tx';
import { currentRequestId } from '../common/request-id';
import type { DomainEvent } from './domain-event';
import { OutboxRepository } from './outbox.repository';

/** Whoever caused an event, as far as the outbox cares: their account (an `Actor` is one). */
export interface EventCause {
  readonly account: { readonly id: string } | null;
}

/** Records domain events in the caller's transaction: a change and its announcement commit together or not at all. */
@Injectable()
export class OutboxService {
  constructor(private readonly outbox: OutboxRepository) {}

  /** `by` is the person whose change it reports (not told of it), null when nobody caused it (sweeps, watches). */
  async emit(tx: Tx, at: Date, by: EventCause | null, event: DomainEvent): Promise<void> {
    await this.outbox.insert(tx, {
      type: event.type,
      payload: event.payload,
      occurredAt: at,
      relayedAt: null,
      requestId: currentRequestId(),
      actorAccountId: by?.account?.id ?? null,
    });
  }
}
