import { Injectable } from '@nestjs/common';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ParticipantViewEntity } from './view.entity';

/** The views' rows; they are written through the audit trail (`AuditService.save`). */
@Injectable()
export class ViewRepository {
  /** The view, locked for the rest of the transaction; NOT_FOUND when there is none. */
  lock(tx: Tx, id: string): Promise<ParticipantViewEntity> {
    return findForUpdate(managerOf(tx), ParticipantViewEntity, id, 'view');
  }
}
