import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { notFound } from '../common/errors/app-error';
import { sqlFile } from '../common/database/sql-file';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { OptionEntity } from '../option/option.entity';
import { MatterDependencyEntity } from './matter-dependency.entity';
import { MatterTransitionEntity } from './matter-transition.entity';
import { MatterEntity } from './matter.entity';

const LAST_MOVE_CHANGES = sqlFile(__dirname, 'last-move-changes.sql');

/** Whoever reads: a matter hidden from them does not exist for them (identity/actor.ts's `Actor`). */
export interface MatterReader {
  requireVisible(tier: Confidentiality, what: string, id: string, field?: string): void;
}

/** One field the last workflow move changed, the value it replaced, and who moved. */
export interface MoveChangeRow {
  field: string;
  old_value: unknown;
  account_id: string | null;
}

/** What a move's guards weigh besides the matter: its options, its actions, the matters it depends on. */
export interface MoveFacts {
  options: OptionEntity[];
  actions: ActionEntity[];
  dependencies: MatterEntity[];
}

/** The matters' rows, their workflow steps and dependencies, for their own writes and for the records about them. */
@Injectable()
export class MatterRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private manager(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.db.manager;
  }

  find(id: string, tx?: Tx): Promise<MatterEntity | null> {
    return this.manager(tx).findOneBy(MatterEntity, { id });
  }

  /** A matter a row already refers to (the foreign key keeps it). */
  get(tx: Tx, id: string): Promise<MatterEntity> {
    return managerOf(tx).findOneByOrFail(MatterEntity, { id });
  }

  /** The matter `id` named by `field`, if the reader may see it: NOT_FOUND otherwise, as when there is none. */
  async visible(tx: Tx, id: string, field: string, reader: MatterReader): Promise<MatterEntity> {
    const matter = await this.find(id, tx);
    if (!matter) throw notFound('matter', id, field);
    reader.requireVisible(matter.confidentiality, 'matter', id, field);
    return matter;
  }

  /** As `visible`, and locked for the rest of the transaction. */
  async lockVisible(tx: Tx, id: string, field: string, reader: MatterReader): Promise<MatterEntity> {
    const matter = await findForUpdate(managerOf(tx), MatterEntity, id, 'matter', field);
    reader.requireVisible(matter.confidentiality, 'matter', id, field);
    return matter;
  }

  byIds(tx: Tx, ids: string[]): Promise<MatterEntity[]> {
    return managerOf(tx).findBy(MatterEntity, { id: In(ids) });
  }

  /** The process's matters, oldest first. */
  ofProcess(tx: Tx, processId: string): Promise<MatterEntity[]> {
    return managerOf(tx).find(MatterEntity, { where: { processId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  save(tx: Tx, matter: MatterEntity): Promise<MatterEntity> {
    return managerOf(tx).save(MatterEntity, matter);
  }

  /** All of them, every tier: the mover's service drops what they may not see. One connection runs them in turn. */
  async moveFacts(tx: Tx, matterId: string): Promise<MoveFacts> {
    const manager = managerOf(tx);
    const options = await manager.findBy(OptionEntity, { matterId });
    const actions = await manager.findBy(ActionEntity, { servesMatterId: matterId });
    const dependencies = await manager
      .createQueryBuilder(MatterEntity, 'm')
      .innerJoin(MatterDependencyEntity, 'd', 'd.depends_on_id = m.id')
      .where('d.matter_id = :id', { id: matterId })
      .getMany();
    return { options, actions, dependencies };
  }

  addStep(tx: Tx, step: Omit<MatterTransitionEntity, 'id'>): Promise<unknown> {
    return managerOf(tx).insert(MatterTransitionEntity, step);
  }

  /** The matter's newest workflow step. */
  lastStep(matterId: string, tx?: Tx): Promise<MatterTransitionEntity | null> {
    return this.manager(tx)
      .createQueryBuilder(MatterTransitionEntity, 't')
      .where('t.matter_id = :matterId', { matterId })
      .orderBy('t.at', 'DESC')
      .getOne();
  }

  lastMoveChanges(matterId: string, tx?: Tx): Promise<MoveChangeRow[]> {
    return this.manager(tx).query<MoveChangeRow[]>(LAST_MOVE_CHANGES, [matterId]);
  }

  /** Each step's id, status and instant, as correcting the deciding milestone weighs them. */
  steps(tx: Tx, matterId: string): Promise<Pick<MatterTransitionEntity, 'id' | 'toStatus' | 'at'>[]> {
    return managerOf(tx).find(MatterTransitionEntity, {
      where: { matterId },
      select: { id: true, toStatus: true, at: true },
    });
  }

  /** The first step (identification) of each of the matters. */
  firstSteps(tx: Tx, matterIds: string[]): Promise<MatterTransitionEntity[]> {
    return managerOf(tx).find(MatterTransitionEntity, {
      where: { matterId: In(matterIds), fromStatus: IsNull() },
    });
  }

  async setStepsDecidingMilestone(tx: Tx, stepIds: string[], milestoneId: string): Promise<void> {
    await managerOf(tx).update(
      MatterTransitionEntity,
      { id: In(stepIds) },
      { decidingMilestoneId: milestoneId },
    );
  }

  async dependencyIds(tx: Tx, matterId: string): Promise<string[]> {
    return (await managerOf(tx).findBy(MatterDependencyEntity, { matterId })).map((row) => row.dependsOnId);
  }

  /** The dependencies of the matters, wherever they lead. */
  dependenciesOf(tx: Tx, matterIds: string[]): Promise<MatterDependencyEntity[]> {
    return managerOf(tx).findBy(MatterDependencyEntity, { matterId: In(matterIds) });
  }

  /** Every dependency between the process's matters. */
  dependenciesInProcess(tx: Tx, processId: string): Promise<MatterDependencyEntity[]> {
    return managerOf(tx)
      .createQueryBuilder(MatterDependencyEntity, 'd')
      .innerJoin(MatterEntity, 'm', 'm.id = d.matter_id')
      .where('m.process_id = :processId', { processId })
      .getMany();
  }

  /** Adds the dependencies; one already there stays as it is. */
  async addDependencies(tx: Tx, dependencies: MatterDependencyEntity[]): Promise<void> {
    await managerOf(tx)
      .createQueryBuilder()
      .insert()
      .into(MatterDependencyEntity)
      .values(dependencies)
      .orIgnore()
      .execute();
  }

  /** Whether there was such a dependency to remove. */
  async removeDependency(tx: Tx, dependency: MatterDependencyEntity): Promise<boolean> {
    return Boolean((await managerOf(tx).delete(MatterDependencyEntity, dependency)).affected);
  }
}
