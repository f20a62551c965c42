import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Confidentiality, DigestFrequency } from '@prepcom/domain';
import { sqlFile } from '../common/database/sql-file';
import type { StoredEvent } from '../events/domain-event';

const OWE_DELIVERIES = sqlFile(__dirname, 'owe-deliveries.sql');

/** A matter as choosing its readers needs it. */
export interface MatterTier {
  id: string;
  confidentiality: Confidentiality;
}

/** An event as its fan-out reads it, with what it decides by, read in the same statement. */
export interface EventToFanOut {
  event: StoredEvent;
  /** The digests (`StampedCache.digestSql`) asked for, in their order. */
  stamps: string[];
  /** The matter the event's payload names (`matterId`), if it names one that exists. */
  matter: MatterTier | null;
}

/** What a fan-out reads and writes in PostgreSQL: one statement to read its event, one to record what it owes. */
@Injectable()
export class FanOutRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The event, with the digests of the caches its fan-out checks and the matter it is about, read in the same
   * statement: one round trip rather than four.
   */
  async event(eventId: string, digestsSql: string[]): Promise<EventToFanOut> {
    const [row] = await this.db.query<(StoredEvent & { stamps: string[]; matter: MatterTier | null })[]>(
      `SELECT e.id::text AS id, e.type, e.payload, e.occurred_at AS "occurredAt", e.relayed_at AS "relayedAt",
              e.request_id AS "requestId", e.actor_account_id AS "actorAccountId",
              ARRAY[${digestsSql.join(', ')}]::text[] AS stamps,
              CASE WHEN m.id IS NOT NULL THEN json_build_object('id', m.id, 'confidentiality', m.confidentiality) END
                AS matter
         FROM outbox_event e LEFT JOIN matter m ON m.id = (e.payload ->> 'matterId')::uuid
        WHERE e.id = $1`,
      [eventId],
    );
    if (!row) throw new Error(`Outbox event ${eventId} does not exist.`);
    const { stamps, matter, ...event } = row;
    return { event: event as StoredEvent, stamps, matter };
  }

  /** A matter's tier; null when it is gone. */
  async matter(matterId: string): Promise<MatterTier | null> {
    const [row] = await this.db.query<MatterTier[]>(`SELECT id, confidentiality FROM matter WHERE id = $1`, [
      matterId,
    ]);
    return row ?? null;
  }

  /**
   * Records what an event owes before its jobs are queued, in one statement: its PENDING deliveries, its email held
   * for the digests its recipients chose, and the event fanned out. From then on PostgreSQL knows what Redis may lose.
   * A repeated fan-out records nothing twice.
   */
  async owe(
    eventId: string,
    deliveries: { accountId: string; channel: 'IN_APP' | 'EMAIL' }[],
    digest: { accountId: string; frequency: DigestFrequency }[],
  ): Promise<void> {
    await this.db.query(OWE_DELIVERIES, [
      eventId,
      deliveries.map((delivery) => delivery.accountId),
      deliveries.map((delivery) => delivery.channel),
      digest.map((item) => item.accountId),
      digest.map((item) => item.frequency),
    ]);
  }
}
