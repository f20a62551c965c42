import { Injectable } from '@nestjs/common';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MilestoneEntity } from '../milestone/milestone.entity';
import type { ProcessEntity } from '../process/process.entity';

const SET_COPIED_MILESTONES = sqlFile(__dirname, 'set-copied-milestones.sql');

/** What copying a process reads of the original and writes of the copy besides what matters' own writes do. */
@Injectable()
export class ProcessCopyRepository {
  /** The process's milestones, each with its convenors and contacts, earliest first. */
  milestonesWithLinks(tx: Tx, processId: string): Promise<MilestoneEntity[]> {
    return managerOf(tx).find(MilestoneEntity, {
      where: { processId },
      relations: { convenors: true, contacts: true },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  /** Points the copy at its target event and decision deadline, milestones saved after it. */
  async setMilestones(
    tx: Tx,
    process: Pick<ProcessEntity, 'id' | 'targetMilestoneId' | 'decisionDeadlineMilestoneId'>,
  ): Promise<void> {
    await managerOf(tx).query(SET_COPIED_MILESTONES, [
      process.id,
      process.targetMilestoneId,
      process.decisionDeadlineMilestoneId,
    ]);
  }
}
