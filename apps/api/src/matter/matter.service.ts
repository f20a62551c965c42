import { Injectable } from '@nestjs/common';
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
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { assertValid, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { requireVersion } from '../common/database/versioning';
import { optionalText, textOrNull } from '../common/validation/text';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ProcessRepository } from '../process/process.repository';
import type {
  CreateMatterInput,
  MatterDependencyInput,
  MoveMatterInput,
  UndoMatterMoveInput,
  UpdateMatterInput,
} from './dto/matter.inputs';
import { cyclePath } from './dependency-cycle';
import { MatterEntity } from './matter.entity';
import { MatterRepository } from './matter.repository';

/** Writes to matters: creation, edits, workflow moves (with their guards) and dependencies. */
@Injectable()
export class MatterService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly matters: MatterRepository,
    private readonly milestones: MilestoneRepository,
    private readonly processes: ProcessRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    const confidentiality = input.confidentiality ?? Confidentiality.STATES_PARTIES;
    actor.requireTierWithinClearance(confidentiality);
    return this.unitOfWork.run(async (tx) => {
      if (!(await this.processes.exists(tx, input.processId))) {
        throw notFound('process', input.processId, 'processId');
      }
      assertValid([
        requireText('title', input.title, 'title'),
        optionalText('description', input.description, 'description'),
      ]);
      await this.milestones.inProcess(tx, input.decidingMilestoneId, 'decidingMilestoneId', input.processId);
      const matter = await this.matters.save(
        tx,
        Object.assign(new MatterEntity(), {
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
      await this.matters.addStep(tx, {
        matterId: matter.id,
        ...identifiedStep(matter.decidingMilestoneId, now),
      });
      await this.recordChange(tx, actor, now, null, matter);
      for (const dependsOnId of new Set(input.dependsOnIds ?? [])) {
        await this.addDependencyIn(tx, { matterId: matter.id, dependsOnId }, actor, now);
      }
      return matter;
    });
  }

  async update(input: UpdateMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    if (input.outcome !== undefined) actor.require('matter.decide');
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.unitOfWork.run(async (tx) => {
      const matter = await this.matters.lockVisible(tx, input.id, 'id', actor);
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
        await this.correctDecidingMilestone(tx, matter, input.decidingMilestoneId);
      }
      const saved = await this.matters.save(tx, matter);
      await this.recordChange(tx, actor, now, before, saved);
      return saved;
    });
  }

  async move(input: MoveMatterInput, now: Date, actor: Actor): Promise<MatterEntity> {
    actor.require(matterMovePermission(input.to));
    if (input.outcome !== undefined) actor.require('matter.decide');
    return this.unitOfWork.run(async (tx) => {
      const matter = await this.matters.lockVisible(tx, input.matterId, 'matterId', actor);
      requireVersion(matter, input.expectedVersion, 'matter');
      const deciding = await this.milestones.get(tx, matter.decidingMilestoneId);
      const target = input.targetMilestoneId
        ? await this.milestones.inProcess(tx, input.targetMilestoneId, 'targetMilestoneId', matter.processId)
        : null;
      assertValid([
        optionalText('outcome', input.outcome, 'outcome'),
        optionalText('note', input.note, 'note'),
      ]);
      // The guards see what the mover sees, as readiness does: a hidden option or dependency neither lets a move
      // through nor stops it, nor is named.
      const facts = await this.matters.moveFacts(tx, matter.id);
      const options = facts.options.filter((option) => actor.sees(option.confidentiality));
      const dependencies = facts.dependencies.filter((dependency) => actor.sees(dependency.confidentiality));
      const plan = planMatterMove(
        matter,
        { to: input.to, outcome: input.outcome, note: input.note, target },
        { at: now, options, actions: facts.actions, dependencies, decidingMilestone: deciding },
      );
      return this.applyMove(tx, actor, now, matter, plan);
    });
  }

  /**
   * Takes back the actor's own decision or withdrawal within minutes of it (`planMatterUndo`): the matter returns
   * to the status and outcome it had before, as a step of its own in the history, and everyone told of the final
   * move is told again.
   */
  async undoFinalMove(input: UndoMatterMoveInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.unitOfWork.run(async (tx) => {
      const matter = await this.matters.lockVisible(tx, input.matterId, 'matterId', actor);
      requireVersion(matter, input.expectedVersion, 'matter');
      const last = await this.lastMove(matter.id, tx);
      const plan = planMatterUndo(matter, last, actor.account?.id ?? '', now);
      return this.applyMove(tx, actor, now, matter, plan);
    });
  }

  /** Writes what the domain planned for a move: the matter's new values, its step, the audit trail, the news. */
  private async applyMove(
    tx: Tx,
    actor: Actor,
    now: Date,
    matter: MatterEntity,
    plan: MatterMovePlan,
  ): Promise<MatterEntity> {
    if (!plan.allowed) throw transitionRefused(`The matter "${matter.title}"`, plan.refusals);
    const before = { ...matter };
    const saved = await this.matters.save(tx, Object.assign(matter, plan.changes));
    await this.recordChange(tx, actor, now, before, saved, AuditAction.MOVE);
    await this.matters.addStep(tx, { matterId: matter.id, ...plan.history });
    await this.outbox.emit(tx, now, actor, {
      type: 'MATTER_STATUS_CHANGED',
      payload: { matterId: matter.id, from: before.status, to: saved.status },
    });
    return saved;
  }

  /** Until when the reader may undo the matter's last move (their own decision or withdrawal), or null. */
  async undoableUntil(matterId: string, actor: Actor, now: Date): Promise<Date | null> {
    if (!actor.account) return null;
    return undoableUntil(await this.lastMove(matterId), actor.account.id, now);
  }

  /**
   * The matter's last step through its workflow, who took it and what it replaced: the newest transition, and the
   * changes its move recorded in the audit trail.
   */
  private async lastMove(matterId: string, tx?: Tx): Promise<RecordedMove | null> {
    const transition = await this.matters.lastStep(matterId, tx);
    if (!transition?.fromStatus) return null;
    const rows = await this.matters.lastMoveChanges(matterId, tx);
    return {
      from: transition.fromStatus,
      to: transition.toStatus,
      at: transition.at,
      byAccountId: rows[0]?.account_id ?? null,
      replaced: valuesReplaced(rows.map((row) => ({ field: row.field, oldValue: row.old_value }))),
    };
  }

  async addDependency(input: MatterDependencyInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.unitOfWork.run(async (tx) => {
      await this.addDependencyIn(tx, input, actor, now);
      return this.matters.get(tx, input.matterId);
    });
  }

  async removeDependency(input: MatterDependencyInput, now: Date, actor: Actor): Promise<MatterEntity> {
    return this.unitOfWork.run(async (tx) => {
      const matter = await this.matters.lockVisible(tx, input.matterId, 'matterId', actor);
      const dependsOnBefore = await this.matters.dependencyIds(tx, matter.id);
      // A dependency on a matter the remover may not see answers as one on a random id, and stays.
      const dependsOn = await this.matters.find(input.dependsOnId, tx);
      const removed =
        dependsOn && actor.sees(dependsOn.confidentiality)
          ? await this.matters.removeDependency(tx, { matterId: matter.id, dependsOnId: dependsOn.id })
          : false;
      if (!removed) {
        throw notFound('dependency of this matter', input.dependsOnId, 'dependsOnId');
      }
      await this.recordDependencies(tx, actor, now, matter, dependsOnBefore);
      return matter;
    });
  }

  private async addDependencyIn(
    tx: Tx,
    input: MatterDependencyInput,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    const matter = await this.matters.lockVisible(tx, input.matterId, 'matterId', actor);
    const dependsOn = await this.matters.visible(tx, input.dependsOnId, 'dependsOnId', actor);
    if (dependsOn.processId !== matter.processId) {
      throw invalidInput([
        refusal('OTHER_PROCESS', 'dependsOnId', 'OTHER_PROCESS_MATTER', { title: dependsOn.title }),
      ]);
    }
    const edges = await this.matters.dependenciesInProcess(tx, matter.processId);
    const cycle = findDependencyCycle(
      edges.map((edge) => ({ from: edge.matterId, to: edge.dependsOnId })),
      { from: matter.id, to: dependsOn.id },
    );
    if (cycle) {
      // The circle is refused even when it runs through matters the writer may not see (the data stays a DAG),
      // but those are never named: each run of them shows as one "…", whatever their number.
      const matters = await this.matters.byIds(tx, cycle);
      const path = cyclePath(cycle, matters, (tier) => actor.sees(tier));
      throw invalidInput([refusal('DEPENDENCY_CYCLE', 'dependsOnId', 'DEPENDENCY_CYCLE', { path })]);
    }
    const dependsOnBefore = await this.matters.dependencyIds(tx, matter.id);
    await this.matters.addDependencies(tx, [{ matterId: matter.id, dependsOnId: dependsOn.id }]);
    await this.recordDependencies(tx, actor, now, matter, dependsOnBefore);
  }

  private recordChange(
    tx: Tx,
    actor: Actor,
    now: Date,
    before: MatterEntity | null,
    after: MatterEntity,
    action?: AuditAction,
  ) {
    return this.audit.record(tx, actor, now, {
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
    tx: Tx,
    actor: Actor,
    now: Date,
    matter: MatterEntity,
    dependsOnBefore: string[],
  ) {
    await this.audit.record(tx, actor, now, {
      entity: MatterEntity,
      before: matter,
      after: matter,
      processId: matter.processId,
      matterId: matter.id,
      extra: {
        before: { dependsOnIds: dependsOnBefore },
        after: { dependsOnIds: await this.matters.dependencyIds(tx, matter.id) },
      },
    });
  }

  /** A correction, not a deferral (`planDecidingMilestoneCorrection`): the current period's steps are rewritten. */
  private async correctDecidingMilestone(tx: Tx, matter: MatterEntity, milestoneId: string) {
    const plan = planDecidingMilestoneCorrection(
      matter,
      milestoneId,
      await this.matters.steps(tx, matter.id),
    );
    if (!plan.allowed) throw invalidInput(plan.refusals);
    await this.milestones.inProcess(tx, milestoneId, 'decidingMilestoneId', matter.processId);
    await this.matters.setStepsDecidingMilestone(tx, plan.history.rewrittenStepIds, milestoneId);
    Object.assign(matter, plan.changes);
  }
}
