import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  Confidentiality,
  findDependencyCycle,
  identifiedStep,
  MatterStatus,
  matterMovePermission,
  planDecidingMilestoneCorrection,
  planMatterMove,
  planMatterUndo,
  requireText,
  refusal,
  undoableUntil,
  valuesReplaced,
  type MatterMovePlan,
  type RecordedMove,
} from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { assertValid, AppError, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { requireVersion } from '../common/database/versioning';
import { optionalText, textOrNull } from '../common/validation/text';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { ProcessEntity } from '../process/process.entity';
import type {
  CreateMatterInput,
  MatterDependencyInput,
  MoveMatterInput,
  UndoMatterMoveInput,
  UpdateMatterInput,
} from './dto/matter.inputs';
import { cyclePath } from './dependency-cycle';
import { MatterDependencyEntity } from './matter-dependency.entity';
import { MatterTransitionEntity } from './matter-transition.entity';
import { MatterEntity } from './matter.entity';
import { txOf } from '../common/database/tx-manager';

/** Writes to matters: creation, edits, workflow moves (with their guards) and dependencies. */
@Injectable()
export class MatterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    const confidentiality = input.confidentiality ?? Confidentiality.STATES_PARTIES;
    actor.requireTierWithinClearance(confidentiality);
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(ProcessEntity, { id: input.processId }))) {
        throw notFound('process', input.processId, 'processId');
      }
      assertValid([
        requireText('title', input.title, 'title'),
        optionalText('description', input.description, 'description'),
      ]);
      await this.milestoneOfProcess(
        manager,
        input.decidingMilestoneId,
        input.processId,
        'decidingMilestoneId',
      );
      const matter = await manager.save(
        manager.create(MatterEntity, {
          processId: input.processId,
          title: input.title.trim(),
          description: (input.description ?? '').trim(),
          decidingMilestoneId: input.decidingMilestoneId,
          status: MatterStatus.IDENTIFIED,
          outcome: null,
          outcomeMilestoneId: null,
          confidentiality,
          observersMayGiveViews: input.observersMayGiveViews ?? false,
        }),
      );
      await manager.insert(MatterTransitionEntity, {
        matterId: matter.id,
        ...identifiedStep(matter.decidingMilestoneId, now),
      });
      await this.recordChange(manager, actor, now, null, matter);
      for (const dependsOnId of new Set(input.dependsOnIds ?? [])) {
        await this.addDependencyIn(manager, { matterId: matter.id, dependsOnId }, actor, now);
      }
      return matter;
    });
  }

  async update(input: UpdateMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    if (input.outcome !== undefined) actor.require('matter.decide');
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.db.transaction(async (manager) => {
      const matter = await this.lockedMatter(manager, input.id, 'id', actor);
      requireVersion(matter, input.expectedVersion, 'matter');
      const before = { ...matter };
      assertValid([
        input.title !== undefined ? requireText('title', input.title, 'title') : null,
        optionalText('description', input.description, 'description'),
        optionalText('outcome', input.outcome, 'outcome'),
      ]);
      if (input.title !== undefined) matter.title = input.title.trim();
      if (input.description !== undefined) matter.description = input.description.trim();
      if (input.outcome !== undefined) matter.outcome = textOrNull(input.outcome);
      if (input.confidentiality) matter.confidentiality = input.confidentiality;
      if (input.observersMayGiveViews != null) matter.observersMayGiveViews = input.observersMayGiveViews;
      if (
        input.decidingMilestoneId !== undefined &&
        input.decidingMilestoneId !== matter.decidingMilestoneId
      ) {
        await this.correctDecidingMilestone(manager, matter, input.decidingMilestoneId);
      }
      const saved = await manager.save(matter);
      await this.recordChange(manager, actor, now, before, saved);
      return saved;
    });
  }

  async move(input: MoveMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    actor.require(matterMovePermission(input.to));
    if (input.outcome !== undefined) actor.require('matter.decide');
    return this.db.transaction(async (manager) => {
      const matter = await this.lockedMatter(manager, input.matterId, 'matterId', actor);
      requireVersion(matter, input.expectedVersion, 'matter');
      const deciding = await manager.findOneByOrFail(MilestoneEntity, { id: matter.decidingMilestoneId });
      const target = input.targetMilestoneId
        ? await this.milestoneOfProcess(
            manager,
            input.targetMilestoneId,
            matter.processId,
            'targetMilestoneId',
          )
        : null;
      assertValid([
        optionalText('outcome', input.outcome, 'outcome'),
        optionalText('note', input.note, 'note'),
      ]);
      // One connection runs a transaction, so these run one after another. The guards see what the mover sees,
      // as readiness does: a hidden option or dependency neither lets a move through nor stops it, nor is named.
      const options = (await manager.findBy(OptionEntity, { matterId: matter.id })).filter((option) =>
        actor.sees(option.confidentiality),
      );
      const actions = await manager.findBy(ActionEntity, { servesMatterId: matter.id });
      const dependencies = (
        await manager
          .createQueryBuilder(MatterEntity, 'm')
          .innerJoin(MatterDependencyEntity, 'd', 'd.depends_on_id = m.id')
          .where('d.matter_id = :id', { id: matter.id })
          .getMany()
      ).filter((dependency) => actor.sees(dependency.confidentiality));
      const plan = planMatterMove(
        matter,
        { to: input.to, outcome: input.outcome, note: input.note, target },
        { at: now, options, actions, dependencies, decidingMilestone: deciding },
      );
      return this.applyMove(manager, actor, now, matter, plan);
    });
  }

  /**
   * Takes back the actor's own decision or withdrawal within minutes of it (`planMatterUndo`): the matter returns
   * to the status and outcome it had before, as a step of its own in the history, and everyone told of the final
   * move is told again.
   */
  async undoFinalMove(input: UndoMatterMoveInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.db.transaction(async (manager) => {
      const matter = await this.lockedMatter(manager, input.matterId, 'matterId', actor);
      requireVersion(matter, input.expectedVersion, 'matter');
      const last = await this.lastMove(manager, matter.id);
      const plan = planMatterUndo(matter, last, actor.account?.id ?? '', now);
      return this.applyMove(manager, actor, now, matter, plan);
    });
  }

  /** Writes what the domain planned for a move: the matter's new values, its step, the audit trail, the news. */
  private async applyMove(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    matter: MatterEntity,
    plan: MatterMovePlan,
  ): Promise<MatterEntity> {
    if (!plan.allowed) throw transitionRefused(`The matter "${matter.title}"`, plan.refusals);
    const before = { ...matter };
    const saved = await manager.save(Object.assign(matter, plan.changes));
    await this.recordChange(manager, actor, now, before, saved, AuditAction.MOVE);
    await manager.insert(MatterTransitionEntity, { matterId: matter.id, ...plan.history });
    await this.outbox.emit(txOf(manager), now, actor, {
      type: 'MATTER_STATUS_CHANGED',
      payload: { matterId: matter.id, from: before.status, to: saved.status },
    });
    return saved;
  }

  /** Until when the reader may undo the matter's last move (their own decision or withdrawal), or null. */
  async undoableUntil(matterId: string, actor: Actor, now: Date): Promise<Date | null> {
    if (!actor.account) return null;
    return undoableUntil(await this.lastMove(this.db.manager, matterId), actor.account.id, now);
  }

  /**
   * The matter's last step through its workflow, who took it and what it replaced: the newest transition, and the
   * changes its move recorded in the audit trail.
   */
  private async lastMove(manager: EntityManager, matterId: string): Promise<RecordedMove | null> {
    const transition = await manager
      .createQueryBuilder(MatterTransitionEntity, 't')
      .where('t.matter_id = :matterId', { matterId })
      .orderBy('t.at', 'DESC')
      .getOne();
    if (!transition?.fromStatus) return null;
    const rows = await manager.query<{ field: string; old_value: unknown; account_id: string | null }[]>(
      `SELECT e.field, e.old_value, e.account_id
         FROM audit_event e
         JOIN (SELECT at FROM audit_event
                WHERE entity_type = 'matter' AND entity_id = $1 AND action = 'MOVE' AND field = 'status'
                ORDER BY id DESC LIMIT 1) last ON last.at = e.at
        WHERE e.entity_type = 'matter' AND e.entity_id = $1 AND e.action = 'MOVE'`,
      [matterId],
    );
    return {
      from: transition.fromStatus,
      to: transition.toStatus,
      at: transition.at,
      byAccountId: rows[0]?.account_id ?? null,
      replaced: valuesReplaced(rows.map((row) => ({ field: row.field, oldValue: row.old_value }))),
    };
  }

  async addDependency(input: MatterDependencyInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.db.transaction(async (manager) => {
      await this.addDependencyIn(manager, input, actor, now);
      return manager.findOneByOrFail(MatterEntity, { id: input.matterId });
    });
  }

  async removeDependency(input: MatterDependencyInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.db.transaction(async (manager) => {
      const matter = await this.lockedMatter(manager, input.matterId, 'matterId', actor);
      const dependsOnBefore = await this.dependencyIds(manager, matter.id);
      // A dependency on a matter the remover may not see answers as one on a random id, and stays.
      const dependsOn = await manager.findOneBy(MatterEntity, { id: input.dependsOnId });
      const removed =
        dependsOn && actor.sees(dependsOn.confidentiality)
          ? await manager.delete(MatterDependencyEntity, input)
          : null;
      if (!removed?.affected) {
        throw notFound('dependency of this matter', input.dependsOnId, 'dependsOnId');
      }
      await this.recordDependencies(manager, actor, now, matter, dependsOnBefore);
      return matter;
    });
  }

  private async addDependencyIn(
    manager: EntityManager,
    input: MatterDependencyInput,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    const matter = await this.lockedMatter(manager, input.matterId, 'matterId', actor);
    const dependsOn = await manager.findOneBy(MatterEntity, { id: input.dependsOnId });
    if (!dependsOn) throw notFound('matter', input.dependsOnId, 'dependsOnId');
    actor.requireVisible(dependsOn.confidentiality, 'matter', dependsOn.id, 'dependsOnId');
    if (dependsOn.processId !== matter.processId) {
      throw invalidInput([
        refusal('OTHER_PROCESS', 'dependsOnId', 'OTHER_PROCESS_MATTER', { title: dependsOn.title }),
      ]);
    }
    const edges = await manager
      .createQueryBuilder(MatterDependencyEntity, 'd')
      .innerJoin(MatterEntity, 'm', 'm.id = d.matter_id')
      .where('m.process_id = :processId', { processId: matter.processId })
      .getMany();
    const cycle = findDependencyCycle(
      edges.map((edge) => ({ from: edge.matterId, to: edge.dependsOnId })),
      { from: matter.id, to: dependsOn.id },
    );
    if (cycle) {
      // The circle is refused even when it runs through matters the writer may not see (the data stays a DAG),
      // but those are never named: each run of them shows as one "…", whatever their number.
      const matters = await manager.findBy(MatterEntity, { id: In(cycle) });
      const path = cyclePath(cycle, matters, (tier) => actor.sees(tier));
      throw invalidInput([refusal('DEPENDENCY_CYCLE', 'dependsOnId', 'DEPENDENCY_CYCLE', { path })]);
    }
    const dependsOnBefore = await this.dependencyIds(manager, matter.id);
    await manager
      .createQueryBuilder()
      .insert()
      .into(MatterDependencyEntity)
      .values({ matterId: matter.id, dependsOnId: dependsOn.id })
      .orIgnore()
      .execute();
    await this.recordDependencies(manager, actor, now, matter, dependsOnBefore);
  }

  private async dependencyIds(manager: EntityManager, matterId: string): Promise<string[]> {
    return (await manager.findBy(MatterDependencyEntity, { matterId })).map((row) => row.dependsOnId);
  }

  private recordChange(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    before: MatterEntity | null,
    after: MatterEntity,
    action?: AuditAction,
  ) {
    return this.audit.record(txOf(manager), actor, now, {
      entity: MatterEntity,
      before,
      after,
      action,
      processId: after.processId,
      matterId: after.id,
    });
  }

  /** Dependencies are rows of their own; the audit trail shows them as the matter's list of ids. */
  private async recordDependencies(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    matter: MatterEntity,
    dependsOnBefore: string[],
  ) {
    await this.audit.record(txOf(manager), actor, now, {
      entity: MatterEntity,
      before: matter,
      after: matter,
      processId: matter.processId,
      matterId: matter.id,
      extra: {
        before: { dependsOnIds: dependsOnBefore },
        after: { dependsOnIds: await this.dependencyIds(manager, matter.id) },
      },
    });
  }

  /** A correction, not a deferral (`planDecidingMilestoneCorrection`): the current period's steps are rewritten. */
  private async correctDecidingMilestone(manager: EntityManager, matter: MatterEntity, milestoneId: string) {
    const steps = await manager.find(MatterTransitionEntity, {
      where: { matterId: matter.id },
      select: { id: true, toStatus: true, at: true },
    });
    const plan = planDecidingMilestoneCorrection(matter, milestoneId, steps);
    if (!plan.allowed) throw invalidInput(plan.refusals);
    await this.milestoneOfProcess(manager, milestoneId, matter.processId, 'decidingMilestoneId');
    await manager.update(
      MatterTransitionEntity,
      { id: In(plan.history.rewrittenStepIds) },
      { decidingMilestoneId: milestoneId },
    );
    Object.assign(matter, plan.changes);
  }

  private async lockedMatter(
    manager: EntityManager,
    id: string,
    field: string,
    actor: Actor,
  ): Promise<MatterEntity> {
    const matter = await findForUpdate(manager, MatterEntity, id, 'matter', field);
    actor.requireVisible(matter.confidentiality, 'matter', id, field);
    return matter;
  }

  private async milestoneOfProcess(
    manager: EntityManager,
    id: string,
    processId: string,
    field: string,
  ): Promise<MilestoneEntity> {
    const milestone = await manager.findOneBy(MilestoneEntity, { id });
    if (!milestone) throw notFound('milestone', id, field);
    if (milestone.processId !== processId) {
      const failure = refusal('OTHER_PROCESS', field, 'OTHER_PROCESS_MILESTONE', {
        meeting: milestone.title,
      });
      throw new AppError('BAD_USER_INPUT', failure.message, { field, guards: [failure] });
    }
    return milestone;
  }
}
