import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';
import type { RelayedEvent } from '../events/outbox.repository';
import type { Channel } from './delivery.repository';

const EVENTS_NOT_FANNED_OUT = sqlFile(__dirname, 'events-not-fanned-out.sql');
const DELIVERIES_OWED = sqlFile(__dirname, 'deliveries-owed.sql');
const INCOMPLETE_EVENTS = sqlFile(__dirname, 'incomplete-events.sql');

/** A delivery neither sent, skipped nor failed, with its event as a job carries it. */
export interface OwedDelivery {
  event: RelayedEvent;
  accountId: string;
  channel: Channel;
}

/**
 * What the reconciler reads to queue again what Redis lost: PostgreSQL's record of work relayed but not done,
 * untouched for longer than a grace period (`graceMs`).
 */
@Injectable()
export class ReconcilerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Events relayed but not fanned out, oldest first. */
  eventsNotFannedOut(graceMs: number, limit: number): Promise<RelayedEvent[]> {
    return this.db.query<RelayedEvent[]>(EVENTS_NOT_FANNED_OUT, [graceMs, limit]);
  }

  /** Deliveries neither sent, skipped nor failed, nor under a live claim, longest untouched first. */
  async deliveriesOwed(graceMs: number, limit: number): Promise<OwedDelivery[]> {
    const rows = await this.db.query<
      {
        eventId: string;
        accountId: string;
        channel: Channel;
        type: string;
        requestId: string | null;
        occurredAt: Date;
      }[]
    >(DELIVERIES_OWED, [graceMs, limit]);
    return rows.map(({ eventId, accountId, channel, ...event }) => ({
      event: { id: eventId, ...event },
      accountId,
      channel,
    }));
  }

  /** Events with deliveries still incomplete past the grace period (the reconciler's backlog). */
  async incompleteEvents(graceMs: number): Promise<number> {
    const [row] = await this.db.query<{ n: string }[]>(INCOMPLETE_EVENTS, [graceMs]);
    return Number(row!.n);
  }
}
