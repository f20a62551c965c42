import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ProcessEntity } from './process.entity';

const OLDEST_FIRST = { createdAt: 'ASC', id: 'ASC' } as const;

/** The processes' rows, for their own writes and for the folders whose records belong to a process. */
@Injectable()
export class ProcessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private manager(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.db.manager;
  }

  find(id: string, tx?: Tx): Promise<ProcessEntity | null> {
    return this.manager(tx).findOneBy(ProcessEntity, { id });
  }

  /** The first process created, or null when there is none. */
  oldest(): Promise<ProcessEntity | null> {
    return this.db.manager.findOne(ProcessEntity, { where: {}, order: OLDEST_FIRST });
  }

  list(): Promise<ProcessEntity[]> {
    return this.db.manager.find(ProcessEntity, { order: OLDEST_FIRST });
  }

  exists(tx: Tx, id: string): Promise<boolean> {
    return managerOf(tx).existsBy(ProcessEntity, { id });
  }

  /** The process, locked for the rest of the transaction; NOT_FOUND when there is none. */
  lock(tx: Tx, id: string): Promise<ProcessEntity> {
    return findForUpdate(managerOf(tx), ProcessEntity, id, 'process');
  }

  /** Inserts a process whose creation the caller records in the audit trail itself. */
  insert(tx: Tx, process: ProcessEntity): Promise<ProcessEntity> {
    return managerOf(tx).save(ProcessEntity, process);
  }
}
