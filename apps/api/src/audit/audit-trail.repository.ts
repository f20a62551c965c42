import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';
import { AccountEntity } from '../auth/account.entity';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { AuditEventEntity } from './audit-event.entity';

const TIERS_NOW = sqlFile(__dirname, 'tiers-now.sql');
const TIER_CHANGES = sqlFile(__dirname, 'tier-changes.sql');

/** At most this many events in one answer or one CSV file; narrow the period for more. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** The tables whose rows carry a confidentiality, as the audit trail names them. */
export const TIERED = ['matter', 'matter_option', 'participant_view'] as const;

/** One change of a record's confidentiality, as the audit trail holds it (`from` is null when it was created). */
export interface TierChange {
  at: number;
  from: Confidentiality | null;
  to: Confidentiality;
}

/** A tiered record's confidentiality today and its changes, oldest first. */
export interface TierHistory {
  now: Confidentiality;
  changes: TierChange[];
  /** For a view: the option it is about. */
  optionId: string | null;
}

/** Which events to read; every condition given must hold. */
export interface AuditEventQuery {
  matterId?: string;
  entityId?: string;
  accountId?: string;
  from?: Date;
  to?: Date;
}

/** One audit event as it is written: one field of one record, before and after. */
export type AuditEventRow = Omit<AuditEventEntity, 'id'>;

/** An entity's class, as the audit trail is told which table a change is about. */
export type EntityClass<T extends object> = new () => T;

/** What the audit trail needs to know of an entity to record its changes. */
export interface AuditedShape {
  table: string;
  primaryKey: string;
  /** Its columns' property names. */
  columns: string[];
}

/**
 * Writes audited records and their events, and reads the audit trail oldest first, as it is stored: what a reader may
 * see of it is audit-visibility.ts's.
 */
@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  shapeOf(entity: EntityClass<object>): AuditedShape {
    const metadata = this.db.getMetadata(entity);
    return {
      table: metadata.tableName,
      primaryKey: metadata.primaryColumns[0]!.propertyName,
      columns: metadata.columns.map((column) => column.propertyName),
    };
  }

  /** Inserts or updates the record whose change `insertEvents` records in the same transaction. */
  saveRecord<T extends object>(tx: Tx, entity: EntityClass<T>, row: T): Promise<T> {
    return managerOf(tx).save(entity, row);
  }

  async insertEvents(tx: Tx, rows: AuditEventRow[]): Promise<void> {
    // The values are jsonb, typed unknown, which TypeORM's insert type does not take.
    if (rows.length > 0) await managerOf(tx).insert(AuditEventEntity, rows as never);
  }

  /** At most AUDIT_EXPORT_LIMIT events. */
  find(query: AuditEventQuery | undefined): Promise<AuditEventEntity[]> {
    const events = this.oldestFirst();
    if (query?.matterId) events.andWhere('e.matter_id = :matterId', { matterId: query.matterId });
    if (query?.entityId) events.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query?.accountId) events.andWhere('e.account_id = :accountId', { accountId: query.accountId });
    if (query?.from) events.andWhere('e.at >= :from', { from: query.from });
    if (query?.to) events.andWhere('e.at <= :to', { to: query.to });
    return events.limit(AUDIT_EXPORT_LIMIT).getMany();
  }

  /** A process's events about its matters after `since` up to `until`; at most AUDIT_EXPORT_LIMIT. */
  aboutMatters(processId: string, since: Date, until: Date): Promise<AuditEventEntity[]> {
    return this.oldestFirst()
      .where('e.process_id = :processId AND e.at > :since AND e.at <= :until AND e.matter_id IS NOT NULL', {
        processId,
        since,
        until,
      })
      .limit(AUDIT_EXPORT_LIMIT)
      .getMany();
  }

  /** Today's tier of each record among `ids` (and of the options views are about), with its tier changes. */
  async tierHistories(ids: string[]): Promise<Map<string, TierHistory>> {
    const [current, changes] = await Promise.all([
      this.db.query<{ id: string; confidentiality: Confidentiality; option_id: string | null }[]>(TIERS_NOW, [
        ids,
      ]),
      this.db.query<
        { entity_id: string; at: Date; old_value: Confidentiality | null; new_value: Confidentiality }[]
      >(TIER_CHANGES, [ids, TIERED]),
    ]);
    const records = new Map<string, TierHistory>(
      current.map((row) => [row.id, { now: row.confidentiality, changes: [], optionId: row.option_id }]),
    );
    for (const change of changes) {
      records.get(change.entity_id)?.changes.push({
        at: change.at.getTime(),
        from: change.old_value,
        to: change.new_value,
      });
    }
    return records;
  }

  /** The display names of these accounts, by id. */
  async accountNames(ids: readonly string[]): Promise<Map<string, string>> {
    const accounts = await this.db.getRepository(AccountEntity).findBy({ id: In([...ids]) });
    return new Map(accounts.map((account) => [account.id, account.displayName]));
  }

  private oldestFirst() {
    return this.db.getRepository(AuditEventEntity).createQueryBuilder('e').orderBy('e.at').addOrderBy('e.id');
  }
}
