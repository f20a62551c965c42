import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';
import { csvDocument } from '../common/csv';
import { AppError } from '../common/errors/app-error';
import { AuditEventEntity } from './audit-event.entity';
import { visibleEvents } from './audit-visibility';
import type { AuditFilter } from './dto/audit-filter.input';

/** At most this many events in one answer or one CSV file; narrow the period for more. */
export const AUDIT_EXPORT_LIMIT = 100_000;

const CSV_COLUMNS = [
  'at',
  'accountId',
  'participantId',
  'matterId',
  'entityType',
  'entityId',
  'action',
  'field',
  'oldValue',
  'newValue',
] as const;

/** Reads the audit trail: per matter, per person, per period, and as CSV. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The events `clearance` may read, as the records they are about are filtered (audit-visibility.ts). */
  async find(filter: AuditFilter | undefined, clearance: Confidentiality): Promise<AuditEventEntity[]> {
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw new AppError('BAD_USER_INPUT', 'The period ends before it starts.', { field: 'to' });
    }
    const query = this.db
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.at')
      .addOrderBy('e.id');
    if (filter?.matterId) query.andWhere('e.matter_id = :matterId', { matterId: filter.matterId });
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.accountId) query.andWhere('e.account_id = :accountId', { accountId: filter.accountId });
    if (filter?.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.at <= :to', { to: filter.to });
    return visibleEvents(this.db, await query.limit(AUDIT_EXPORT_LIMIT).getMany(), clearance);
  }

  toCsv(events: AuditEventEntity[]): string {
    return csvDocument(
      CSV_COLUMNS,
      events.map((event) => CSV_COLUMNS.map((column) => event[column])),
    );
  }
}
