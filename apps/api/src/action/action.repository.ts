import { Injectable } from '@nestjs/common';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ActionEntity } from './action.entity';

/** The actions' rows; they are written through the audit trail (`AuditService.save`). */
@Injectable()
export class ActionRepository {
  /** The action, locked for the rest of the transaction; NOT_FOUND naming `field` when there is none. */
  lock(tx: Tx, id: string, field: string): Promise<ActionEntity> {
    return findForUpdate(managerOf(tx), ActionEntity, id, 'action', field);
  }
}
