import { Injectable } from '@nestjs/common';
import type { Confidentiality } from '@prepcom/domain';
import type { AuditAction, AuditEventEntity } from '../audit/audit-event.entity';
import { AuditTrailRepository } from '../audit/audit-trail.repository';
import { visibleEvents } from '../audit/audit-visibility';
import type { ProcessChangeSignal } from '../notification/process-change.signal';
import { ChangesRepository } from './changes.repository';
import { ProcessChangeKind, type ProcessChange } from './process-change.type';

/** How long a change's reading for one clearance is kept for the other subscribers with that clearance. */
const SHARED_FOR_MS = 10_000;

type Described = Omit<ProcessChange, 'byYou'> | null;

/**
 * Tells a subscriber of a change it may read, and nothing of one it may not: each change is judged at delivery, for
 * the subscriber's clearance, by the audit trail's own rule (audit-visibility.ts: the narrowest of the record's tier
 * then and now, and of what it is about). Subscribers with the same clearance share one reading of a change.
 */
@Injectable()
export class ProcessChangesService {
  private readonly readings = new Map<string, { until: number; change: Promise<Described> }>();

  constructor(
    private readonly trail: AuditTrailRepository,
    private readonly repository: ChangesRepository,
  ) {}

  /** The change as `clearance` may read it, or null when it may not. */
  describe(signal: ProcessChangeSignal, clearance: Confidentiality, now: number): Promise<Described> {
    for (const [key, reading] of this.readings) if (reading.until < now) this.readings.delete(key);
    const key = `${clearance} ${JSON.stringify(signal)}`;
    const kept = this.readings.get(key);
    if (kept) return kept.change;
    const change = this.read(signal, clearance);
    this.readings.set(key, { until: now + SHARED_FOR_MS, change });
    change.catch(() => this.readings.delete(key));
    return change;
  }

  private async read(signal: ProcessChangeSignal, clearance: Confidentiality): Promise<Described> {
    const event = {
      at: new Date(signal.at),
      matterId: signal.matterId,
      entityType: signal.entityType,
      entityId: signal.entityId,
      field: '',
      oldValue: null,
      newValue: null,
    } as unknown as AuditEventEntity;
    if ((await visibleEvents(this.trail, [event], clearance)).length === 0) return null;
    const names = await this.repository.titleAndAuthor(signal.matterId, signal.participantId);
    return {
      kind: ProcessChangeKind.CHANGED,
      at: event.at,
      entityType: signal.entityType,
      entityId: signal.entityId,
      action: signal.action as AuditAction,
      matterId: signal.matterId,
      matterTitle: names.matterTitle,
      by: names.by,
    };
  }
}
