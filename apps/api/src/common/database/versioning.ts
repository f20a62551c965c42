import { AppError } from '../errors/app-error';

/**
 * Optimistic concurrency: an edit made from a stale copy is refused with the record as it now stands, so the person
 * can look again rather than overwrite someone else's change unseen.
 */
export function requireVersion<T extends { version: number }>(
  record: T,
  expectedVersion: number | undefined,
  what: string,
) {
  if (expectedVersion === undefined || record.version === expectedVersion) return;
  throw new AppError(
    'CONFLICT',
    `This ${what} was changed by someone else since you loaded it (you had version ${expectedVersion}, it is now ` +
      `version ${record.version}). Look at the current values and make your change again.`,
    { field: 'expectedVersion', current: record },
  );
}
