import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import type { Actor } from '../identity/actor';
import { AuditAction } from './audit-event.entity';
import { AuditTrailRepository, type AuditEventRow, type EntityClass } from './audit-trail.repository';

/** Bookkeeping columns, and secrets, that are never audited. */
const NOT_AUDITED = new Set(['createdAt', 'updatedAt', 'version', 'passwordHash']);

export interface AuditedChange<T extends object> {
  entity: EntityClass<T>;
  /** The record before the change; null when it is created. */
  before: T | null;
  after: T;
  /** MOVE for a workflow step; otherwise CREATE or UPDATE follows from `before`. */
  action?: AuditAction;
  processId: string | null;
  matterId: string | null;
  /** Values that are not columns of the entity, e.g. the ids of a milestone's convenors. */
  extra?: { before: Record<string, unknown>; after: Record<string, unknown> };
}

/** JSON-comparable form of a column value: instants as ISO text, id lists sorted. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].sort();
  return value ?? null;
}

/**
 * Writes one audit event per changed field, in the transaction of the change itself (the caller's `tx`), so a
 * change and its record stand or fall together.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly trail: AuditTrailRepository,
  ) {}

  async record<T extends object>(tx: Tx, actor: Actor, at: Date, change: AuditedChange<T>) {
    const shape = this.trail.shapeOf(change.entity);
    const fields = shape.columns.filter((name) => !NOT_AUDITED.has(name));
    const before: Record<string, unknown> = { ...(change.before ?? {}), ...(change.extra?.before ?? {}) };
    const after: Record<string, unknown> = { ...change.after, ...(change.extra?.after ?? {}) };
    const action = change.action ?? (change.before ? AuditAction.UPDATE : AuditAction.CREATE);
    const entityId = String(change.after[shape.primaryKey as keyof T]);
    const rows: AuditEventRow[] = [...fields, ...Object.keys(change.extra?.after ?? {})].flatMap((field) => {
      const oldValue = change.before ? normalise(before[field]) : null;
      const newValue = normalise(after[field]);
      if (JSON.stringify(oldValue) === JSON.stringify(newValue) && change.before) return [];
      if (!change.before && newValue === null) return [];
      return [
        {
          at,
          accountId: actor.account?.id ?? null,
          participantId: actor.participant?.id ?? null,
          processId: change.processId,
          matterId: change.matterId,
          entityType: shape.table,
          entityId,
          action,
          field,
          oldValue,
          newValue,
        },
      ];
    });
    await this.trail.insertEvents(tx, rows);
  }

  /** Saves one record and its audit events in a transaction of their own. */
  saveAlone<T extends object>(actor: Actor, at: Date, change: AuditedChange<T>): Promise<T> {
    return this.unitOfWork.run((tx) => this.save(tx, actor, at, change));
  }

  /** Saves `change.after` and records what changed, in the caller's transaction. */
  async save<T extends object>(tx: Tx, actor: Actor, at: Date, change: AuditedChange<T>): Promise<T> {
    const saved = await this.trail.saveRecord(tx, change.entity, change.after);
    await this.record(tx, actor, at, { ...change, after: saved });
    return saved;
  }
}
