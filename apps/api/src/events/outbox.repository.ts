import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { OutboxEventEntity } from './outbox-event.entity';

const RELAY_OUTBOX = sqlFile(__dirname, 'relay-outbox.sql');

/** An outbox row as the relay hands it on: what its fan-out job carries. */
export interface RelayedEvent {
  id: string;
  type: string;
  requestId: string | null;
  occurredAt: Date;
}

/** The outbox's rows: written in the transaction of the change they report, moved to the queue by the relay. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: Tx, event: Omit<OutboxEventEntity, 'id'>): Promise<void> {
    await managerOf(tx).insert(OutboxEventEntity, event);
  }

  /**
   * Marks up to `limit` unrelayed events relayed, oldest first, and hands them to `relay` before committing: if it
   * throws, the transaction rolls back and they stay unrelayed. Rows another relay holds are skipped. One statement
   * marks and returns them.
   */
  async relay(limit: number, relay: (events: RelayedEvent[]) => Promise<unknown>): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [events] = await manager.query<[RelayedEvent[], number]>(RELAY_OUTBOX, [limit]);
      if (events.length === 0) return 0;
      // RETURNING keeps no order; the queue takes them oldest first.
      await relay(events.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)));
      return events.length;
    });
  }
}
