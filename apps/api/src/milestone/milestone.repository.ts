import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { refusal } from '@prepcom/domain';
import { invalidInput, notFound } from '../common/errors/app-error';
import { sqlFile } from '../common/database/sql-file';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MilestoneEntity } from './milestone.entity';

const MILESTONE_LINKS = sqlFile(__dirname, 'milestone-links.sql');

/** A milestone's convenors and contacts, by id. */
export type MilestoneLinks = {
  convenorIds: string[];
  contactIds: string[];
};

/** The milestones' rows, for their own writes and for the records that are due at, or decided at, a milestone. */
@Injectable()
export class MilestoneRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private manager(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.db.manager;
  }

  find(id: string, tx?: Tx): Promise<MilestoneEntity | null> {
    return this.manager(tx).findOneBy(MilestoneEntity, { id });
  }

  /** A milestone a row already refers to (the foreign key keeps it). */
  get(tx: Tx, id: string): Promise<MilestoneEntity> {
    return managerOf(tx).findOneByOrFail(MilestoneEntity, { id });
  }

  /**
   * The milestone `id` named by `field` (NOT_FOUND when there is none), refused as OTHER_PROCESS when `processId`
   * is given and it is a meeting of another process.
   */
  async inProcess(tx: Tx, id: string, field: string, processId?: string): Promise<MilestoneEntity> {
    const milestone = await this.find(id, tx);
    if (!milestone) throw notFound('milestone', id, field);
    if (processId && milestone.processId !== processId) {
      throw invalidInput([
        refusal('OTHER_PROCESS', field, 'OTHER_PROCESS_MILESTONE', { meeting: milestone.title }),
      ]);
    }
    return milestone;
  }

  /** The milestone, locked for the rest of the transaction; NOT_FOUND when there is none. */
  lock(tx: Tx, id: string): Promise<MilestoneEntity> {
    return findForUpdate(managerOf(tx), MilestoneEntity, id, 'milestone');
  }

  async links(tx: Tx, milestoneId: string): Promise<MilestoneLinks> {
    const [links] = await managerOf(tx).query<MilestoneLinks[]>(MILESTONE_LINKS, [milestoneId]);
    return links!;
  }
}
