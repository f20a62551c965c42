import type { EntityManager } from 'typeorm';
import type { Tx } from './tx';

/**
 * The statements of a transaction, for repositories only: the layer check refuses this file to anything that is not
 * data access (.dependency-cruiser.cjs, `database-access-in-repositories`).
 */
export function managerOf(tx: Tx): EntityManager {
  return tx as unknown as EntityManager;
}

/** Wraps a TypeORM transaction's manager as the opaque `Tx` services pass around. */
export function txOf(manager: EntityManager): Tx {
  return manager as unknown as Tx;
}
