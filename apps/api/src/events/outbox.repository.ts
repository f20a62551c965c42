import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { OutboxEventEntity } from './outbox-event.entity';

/** The outbox's rows. */
@Injectable()
export class OutboxRepository {
  async insert(tx: Tx, event: Omit<OutboxEventEntity, 'id'>): Promise<void> {
    await managerOf(tx).insert(OutboxEventEntity, event);
  }
}
