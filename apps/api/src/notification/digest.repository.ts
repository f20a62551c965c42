import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DigestFrequency } from '@prepcom/domain';
import { sqlFile } from '../common/database/sql-file';
import { storedEvent, type StoredEvent } from '../events/domain-event';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { ProcessEntity } from '../process/process.entity';

const HOLD_DIGEST_ITEMS = sqlFile(__dirname, 'hold-digest-items.sql');
const GATHER_DIGEST_ITEMS = sqlFile(__dirname, 'gather-digest-items.sql');

/** The events held back for people's digests (`digest_item`), and what a readiness report reads. */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hold(
    eventId: string,
    recipients: { accountId: string; frequency: DigestFrequency }[],
  ): Promise<void> {
    await this.db.query(HOLD_DIGEST_ITEMS, [
      eventId,
      recipients.map((r) => r.accountId),
      recipients.map((r) => r.frequency),
    ]);
  }

  /**
   * Gathers into the digest the account's items of that frequency held until `until` (an ISO instant) and not in a
   * digest yet; answers every event the digest holds, in the order they occurred.
   */
  async gather(
    digestEventId: string,
    accountId: string,
    frequency: DigestFrequency,
    until: string,
  ): Promise<StoredEvent[]> {
    await this.db.query(GATHER_DIGEST_ITEMS, [digestEventId, accountId, frequency, until]);
    const rows = await this.db
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('e')
      .innerJoin('digest_item', 'd', 'd.event_id = e.id')
      .where('d.digest_event_id = :digest AND d.account_id = :account', {
        digest: digestEventId,
        account: accountId,
      })
      .orderBy('e.id')
      .getMany();
    return rows.map(storedEvent);
  }

  /** The events of these types that occurred in (since, until], in order. */
  async eventsBetween(types: readonly string[], since: Date, until: Date): Promise<StoredEvent[]> {
    const rows = await this.db
      .getRepository(OutboxEventEntity)
      .createQueryBuilder('e')
      .where('e.type IN (:...types) AND e.occurred_at > :since AND e.occurred_at <= :until', {
        types,
        since,
        until,
      })
      .orderBy('e.id')
      .getMany();
    return rows.map(storedEvent);
  }

  /** Every process, by title, as a report lists them. */
  processesByTitle(): Promise<ProcessEntity[]> {
    return this.db.getRepository(ProcessEntity).find({ order: { title: 'ASC' } });
  }
}
