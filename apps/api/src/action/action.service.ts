import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ActionStatus,
  ownerMayMakeActionMove,
  planActionMove,
  requireDueNotAfter,
  refusal,
} from '@prepcom/domain';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { AppError, assertValid, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { optionalText } from '../common/validation/text';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { actionDueDate } from '../assessment/action-due-date';
import { applyEdits, creationRefusals } from './action-input-rules';
import { ActionEntity } from './action.entity';
import type { CreateActionInput, MoveActionInput, UpdateActionInput } from './dto/action.inputs';
import { txOf } from '../common/database/tx-manager';

@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    assertValid(creationRefusals(input));
    return this.db.transaction(async (manager) => {
      const processId = input.servesMatterId
        ? (await this.matter(manager, input.servesMatterId, actor)).processId
        : (await this.milestone(manager, input.servesMilestoneId!, 'servesMilestoneId')).processId;
      const action = manager.create(ActionEntity, {
        processId,
        title: input.title.trim(),
        description: (input.description ?? '').trim(),
        ownerParticipantId: input.ownerParticipantId ?? null,
        ownerRole: input.ownerRole ?? null,
        dueDate: input.dueDate ?? null,
        dueMilestoneId: input.dueMilestoneId ?? null,
        dueOffsetDays: input.dueMilestoneId ? (input.dueOffsetDays ?? 0) : null,
        status: ActionStatus.TODO,
        blocksDecision: input.blocksDecision ?? false,
        servesMatterId: input.servesMatterId ?? null,
        servesMilestoneId: input.servesMilestoneId ?? null,
        completedAt: null,
        cancelledAt: null,
        cancellationReason: null,
      });
      await this.checkReferences(manager, action, actor);
      const saved = await this.saveChange(manager, actor, now, null, action);
      await this.outbox.emit(txOf(manager), now, actor, {
        type: 'ACTION_ASSIGNED',
        payload: { actionId: saved.id },
      });
      return saved;
    });
  }

  async update(input: UpdateActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    return this.db.transaction(async (manager) => {
      const action = await this.lockedAction(manager, input.id, 'id', actor);
      requireVersion(action, input.expectedVersion, 'action');
      const before = { ...action };
      assertValid(applyEdits(action, input));
      await this.checkReferences(manager, action, actor);
      const saved = await this.saveChange(manager, actor, now, before, action);
      if (saved.ownerParticipantId !== before.ownerParticipantId || saved.ownerRole !== before.ownerRole) {
        await this.outbox.emit(txOf(manager), now, actor, {
          type: 'ACTION_ASSIGNED',
          payload: { actionId: saved.id },
        });
      }
      return saved;
    });
  }

  /**
   * Whoever may write actions, and the owner's own delegates: a State marks the work it owns as done. Cancelling
   * or reinstating an action is for those who write actions only (`ownerMayMakeActionMove`).
   */
  async move(input: MoveActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    assertValid([optionalText('note', input.note, 'note')]);
    return this.db.transaction(async (manager) => {
      const action = await this.lockedAction(manager, input.actionId, 'actionId', actor);
      // Who may move it first: a CONFLICT carries the record, for those who may change it only.
      const ownsIt = actor.participant !== null && action.ownerParticipantId === actor.participant.id;
      if (!actor.can('action.write') && !(ownsIt && ownerMayMakeActionMove(action.status, input.to))) {
        throw new AppError(
          'FORBIDDEN',
          ownsIt
            ? 'Only the Presidencies, the Co-Chairs or the support unit can cancel an action or reinstate it.'
            : 'Only its owner, the Presidencies, the Co-Chairs or the support unit can move this action.',
        );
      }
      requireVersion(action, input.expectedVersion, 'action');
      const before = { ...action };
      const plan = planActionMove(action, { to: input.to, note: input.note }, now);
      if (!plan.allowed) throw transitionRefused(`The action "${action.title}"`, plan.refusals);
      Object.assign(action, plan.changes);
      const saved = await this.saveChange(manager, actor, now, before, action, AuditAction.MOVE);
      if (saved.status === ActionStatus.CANCELLED) {
        await this.outbox.emit(txOf(manager), now, actor, {
          type: 'ACTION_CANCELLED',
          payload: { actionId: saved.id },
        });
      }
      return saved;
    });
  }

  /** The owner exists, the due milestone is in the process, and the action falls due before what it serves. */
  private async checkReferences(manager: EntityManager, action: ActionEntity, actor: Actor): Promise<void> {
    if (
      action.ownerParticipantId &&
      !(await manager.existsBy(ParticipantEntity, { id: action.ownerParticipantId }))
    ) {
      throw notFound('participant', action.ownerParticipantId, 'ownerParticipantId');
    }
    const dueDate = actionDueDate(
      action,
      action.dueMilestoneId
        ? await this.milestone(manager, action.dueMilestoneId, 'dueMilestoneId', action.processId)
        : null,
    );
    const served = action.servesMatterId
      ? await manager.findOneByOrFail(MilestoneEntity, {
          id: (await this.matter(manager, action.servesMatterId, actor)).decidingMilestoneId,
        })
      : await this.milestone(manager, action.servesMilestoneId!, 'servesMilestoneId', action.processId);
    assertValid([requireDueNotAfter(dueDate, served)]);
  }

  private saveChange(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    before: ActionEntity | null,
    after: ActionEntity,
    action?: AuditAction,
  ): Promise<ActionEntity> {
    return this.audit.save(txOf(manager), actor, now, {
      entity: ActionEntity,
      before,
      after,
      action,
      processId: after.processId,
      matterId: after.servesMatterId,
    });
  }

  /** An action serving a matter the actor may not see does not exist for them. */
  private async lockedAction(
    manager: EntityManager,
    id: string,
    field: string,
    actor: Actor,
  ): Promise<ActionEntity> {
    const action = await findForUpdate(manager, ActionEntity, id, 'action', field);
    if (action.servesMatterId) {
      const matter = await manager.findOneByOrFail(MatterEntity, { id: action.servesMatterId });
      actor.requireVisible(matter.confidentiality, 'action', id, field);
    }
    return action;
  }

  private async matter(manager: EntityManager, id: string, actor: Actor): Promise<MatterEntity> {
    const matter = await manager.findOneBy(MatterEntity, { id });
    if (!matter) throw notFound('matter', id, 'servesMatterId');
    actor.requireVisible(matter.confidentiality, 'matter', id, 'servesMatterId');
    return matter;
  }

  private async milestone(
    manager: EntityManager,
    id: string,
    field: string,
    processId?: string,
  ): Promise<MilestoneEntity> {
    const milestone = await manager.findOneBy(MilestoneEntity, { id });
    if (!milestone) throw notFound('milestone', id, field);
    if (processId && milestone.processId !== processId) {
      throw invalidInput([
        refusal('OTHER_PROCESS', field, 'OTHER_PROCESS_MILESTONE', { meeting: milestone.title }),
      ]);
    }
    return milestone;
  }
}
