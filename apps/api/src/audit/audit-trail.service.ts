import { Injectable } from '@nestjs/common';
import { type Confidentiality, refusal } from '@prepcom/domain';
import { csvDocument } from '../common/csv';
import { invalidInput } from '../common/errors/app-error';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditTrailRepository } from './audit-trail.repository';
import { visibleEvents } from './audit-visibility';
import type { AuditFilter } from './dto/audit-filter.input';

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
  constructor(private readonly trail: AuditTrailRepository) {}

  /** The events `clearance` may read, as the records they are about are filtered (audit-visibility.ts). */
  async find(filter: AuditFilter | undefined, clearance: Confidentiality): Promise<AuditEventEntity[]> {
    if (filter?.from && filter.to && filter.to < filter.from) {
      throw invalidInput([refusal('AUDIT_PERIOD', 'to', 'PERIOD_ENDS_BEFORE_START', {})]);
    }
    return visibleEvents(this.trail, await this.trail.find(filter), clearance);
  }

  toCsv(events: AuditEventEntity[]): string {
    return csvDocument(
      CSV_COLUMNS,
      events.map((event) => CSV_COLUMNS.map((column) => event[column])),
    );
  }
}
