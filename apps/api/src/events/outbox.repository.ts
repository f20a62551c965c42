import type { DataSource } from 'typeorm';

/** An outbox row as the relay hands it on: what its fan-out job carries. */
export interface RelayedEvent {
  id: string;
  type: string;
  requestId: string | null;
  occurredAt: Date;
}

/** The outbox as the relay moves it to the queue. */
export class OutboxRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Marks up to `limit` unrelayed events relayed, oldest first, and hands them to `relay` before committing: if it
   * throws, the transaction rolls back and they stay unrelayed. Rows another relay holds are skipped. One statement
   * marks and returns them.
   */
  async relay(limit: number, relay: (events: RelayedEvent[]) => Promise<unknown>): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [events] = await manager.query<[RelayedEvent[], number]>(
        `UPDATE outbox_event SET relayed_at = now()
          WHERE id IN (SELECT id FROM outbox_event WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id::text AS id, type, request_id AS "requestId", occurred_at AS "occurredAt"`,
        [limit],
      );
      if (events.length === 0) return 0;
      // RETURNING keeps no order; the queue takes them oldest first.
      await relay(events.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)));
      return events.length;
    });
  }
}
