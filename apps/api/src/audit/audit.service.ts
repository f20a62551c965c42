import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../identity/actor';
import { AuditAction, AuditEventEntity } from './audit-event.entity';

/** Bookkeeping columns, and secrets, that are never audited. */
const NOT_AUDITED = new Set(['createdAt', 'updatedAt', 'version', 'passwordHash']);

export interface AuditedChange<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
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
 * Writes one audit event per changed field, in the transaction of the change itself (the caller's `manager`), so a
 * change and its record stand or fall together.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: Actor,
    at: Date,
    change: AuditedChange<T>,
  ) {
    const metadata = manager.connection.getMetadata(change.entity);
    const fields = metadata.columns
      .map((column) => column.propertyName)
      .filter((name) => !NOT_AUDITED.has(name));
    const before: Record<string, unknown> = { ...(change.before ?? {}), ...(change.extra?.before ?? {}) };
    const after: Record<string, unknown> = { ...change.after, ...(change.extra?.after ?? {}) };
    const action = change.action ?? (change.before ? AuditAction.UPDATE : AuditAction.CREATE);
    const entityId = String(change.after[metadata.primaryColumns[0]!.propertyName as keyof T]);
    const rows = [...fields, ...Object.keys(change.extra?.after ?? {})].flatMap((field) => {
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
          entityType: metadata.tableName,
          entityId,
          action,
          field,
          oldValue,
          newValue,
        },
      ];
    });
    if (rows.length > 0) await manager.insert(AuditEventEntity, rows as never);
  }

  /** Saves one record and its audit events in a transaction of their own. */
  saveAlone<T extends ObjectLiteral>(actor: Actor, at: Date, change: AuditedChange<T>): Promise<T> {
    return this.db.transaction((manager) => this.save(manager, actor, at, change));
  }

  /** Saves `change.after` and records what changed, in the caller's transaction. */
  async save<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: Actor,
    at: Date,
    change: AuditedChange<T>,
  ): Promise<T> {
    const saved = await manager.save(change.entity, change.after);
    await this.record(manager, actor, at, { ...change, after: saved });
    return saved;
  }
}
