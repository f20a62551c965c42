import { QueryFailedError, type EntityManager, type EntityTarget } from 'typeorm';
import { AppError, notFound } from '../errors/app-error';

interface PgError {
  code?: string;
}

/**
 * Turns a unique violation into CONFLICT with the caller's words; any other database error stays internal
 * (and is masked), since input is validated before it reaches SQL.
 */
export function conflictOnDuplicate(message: string) {
  return (error: unknown): never => {
    const driverError = error instanceof QueryFailedError ? (error.driverError as PgError) : undefined;
    if (driverError?.code === '23505') throw new AppError('CONFLICT', message);
    throw error;
  };
}

/**
 * Loads a row and locks it for the rest of the transaction (SELECT … FOR UPDATE), so two writes to the same record
 * cannot interleave; an unknown id answers NOT_FOUND naming `field`.
 */
export async function findForUpdate<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  field = 'id',
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(what, id, field);
  return row;
}

/** A partial update: fields left undefined keep their value, null clears an optional one. */
export function applyGiven<T extends object>(target: T, fields: Partial<T>): T {
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) Object.assign(target, { [key]: value });
  }
  return target;
}
