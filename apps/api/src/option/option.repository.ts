import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { OptionStageChangeEntity } from './option-stage-change.entity';
import { OptionEntity } from './option.entity';

/** The options' rows (written through the audit trail) and the steps of their stages. */
@Injectable()
export class OptionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private manager(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.db.manager;
  }

  find(id: string, tx?: Tx): Promise<OptionEntity | null> {
    return this.manager(tx).findOneBy(OptionEntity, { id });
  }

  /** An option a row already refers to (the foreign key keeps it). */
  get(tx: Tx, id: string): Promise<OptionEntity> {
    return managerOf(tx).findOneByOrFail(OptionEntity, { id });
  }

  /** The option, locked for the rest of the transaction; NOT_FOUND naming `field` when there is none. */
  lock(tx: Tx, id: string, field: string): Promise<OptionEntity> {
    return findForUpdate(managerOf(tx), OptionEntity, id, 'option', field);
  }

  async addStageStep(tx: Tx, step: Omit<OptionStageChangeEntity, 'id'>): Promise<void> {
    await managerOf(tx).insert(OptionStageChangeEntity, step);
  }
}
