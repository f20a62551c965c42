import { QueryFailedError, type EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error';

interface PgError {
  code?: string;
  constraint?: string;
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

/** Locks a row for the rest of the transaction, so two moves of the same record cannot interleave. */
export async function lockRow(manager: EntityManager, table: string, id: string): Promise<void> {
  await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
}
