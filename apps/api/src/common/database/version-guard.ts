import { EventSubscriber, type EntitySubscriberInterface, type UpdateEvent } from 'typeorm';
import { AppError } from '../errors/app-error';

/**
 * Optimistic concurrency for every versioned record, at the one place all of them are written: TypeORM's save.
 * Before the UPDATE, the row is locked (SELECT … FOR UPDATE, held to the end of the transaction) and its version
 * must still be the one the change was computed from. Without this, save compares the entity with a fresh, unlocked
 * read and writes the entity's stale version back: eight edits from the same version all won, each audited as if it
 * replaced the original values. Services that read with findForUpdate already hold the lock; for them this check
 * always passes.
 */
@EventSubscriber()
export class VersionGuard implements EntitySubscriberInterface {
  async beforeUpdate(event: UpdateEvent<Record<string, unknown>>): Promise<void> {
    const column = event.metadata.versionColumn;
    const entity = event.entity;
    if (!column || !entity || typeof entity[column.propertyName] !== 'number') return;
    const where = event.metadata.getEntityIdMap(entity);
    if (!where) return;
    const locked = await event.manager.findOne(event.metadata.target, {
      where,
      lock: { mode: 'pessimistic_write' },
      withDeleted: true,
    });
    const current = locked ? (locked as Record<string, unknown>)[column.propertyName] : undefined;
    if (current === entity[column.propertyName]) return;
    throw new AppError(
      'CONFLICT',
      `This ${event.metadata.tableName.replace(/_/g, ' ')} was changed by someone else since you loaded it ` +
        `(it is now version ${String(current)}). Look at the current values and make your change again.`,
      { field: 'expectedVersion', current: locked },
    );
  }
}
