import type { DataSource } from 'typeorm';
import type { DigestFrequency } from '@prepcom/domain';
import type { StoredEvent } from '../events/domain-event';
import type { DeliverJob } from './pipeline-jobs';

/** What a fan-out reads and writes in PostgreSQL: one statement to read its event, one to record what it owes. */
export class FanOutRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The event, with the digests (`StampedCache.digestSql`) of the caches its fan-out checks, read in the same
   * statement: one round trip rather than three.
   */
  async event(eventId: string, digestsSql: string[]): Promise<{ event: StoredEvent; stamps: string[] }> {
    const [row] = await this.db.query<(StoredEvent & { stamps: string[] })[]>(
      `SELECT id::text AS id, type, payload, occurred_at AS "occurredAt", relayed_at AS "relayedAt",
              request_id AS "requestId", actor_account_id AS "actorAccountId",
              ARRAY[${digestsSql.join(', ')}]::text[] AS stamps
         FROM outbox_event WHERE id = $1`,
      [eventId],
    );
    if (!row) throw new Error(`Outbox event ${eventId} does not exist.`);
    const { stamps, ...event } = row;
    return { event: event as StoredEvent, stamps };
  }

  /**
   * Records what an event owes before its jobs are queued, in one statement: its PENDING deliveries, its email held
   * for the digests its recipients chose, and the event fanned out. From then on PostgreSQL knows what Redis may lose.
   * A repeated fan-out records nothing twice.
   */
  async owe(
    eventId: string,
    deliveries: Pick<DeliverJob, 'accountId' | 'channel'>[],
    digest: { accountId: string; frequency: DigestFrequency }[],
  ): Promise<void> {
    await this.db.query(
      `WITH owed AS (
         INSERT INTO delivery (event_id, account_id, channel, status, attempts)
         SELECT $1, account_id, channel, 'PENDING', 0 FROM unnest($2::uuid[], $3::text[]) AS d (account_id, channel)
         ON CONFLICT (event_id, account_id, channel) DO NOTHING
       ), held AS (
         INSERT INTO digest_item (account_id, event_id, frequency)
         SELECT account_id, $1, frequency FROM unnest($4::uuid[], $5::text[]) AS r (account_id, frequency)
         ON CONFLICT DO NOTHING
       )
       UPDATE outbox_event SET fanned_out_at = now() WHERE id = $1 AND fanned_out_at IS NULL`,
      [
        eventId,
        deliveries.map((delivery) => delivery.accountId),
        deliveries.map((delivery) => delivery.channel),
        digest.map((item) => item.accountId),
        digest.map((item) => item.frequency),
      ],
    );
  }
}
