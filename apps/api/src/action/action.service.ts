import { Injectable } from '@nestjs/common';
import { ActionStatus, ownerMayMakeActionMove, planActionMove, requireDueNotAfter } from '@prepcom/domain';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { AppError, assertValid, notFound, transitionRefused } from '../common/errors/app-error';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { optionalText } from '../common/validation/text';
import type { MatterEntity } from '../matter/matter.entity';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { actionDueDate } from '../assessment/action-due-date';
import { applyEdits, creationRefusals } from './action-input-rules';
import { ActionEntity } from './action.entity';
import { ActionRepository } from './action.repository';
import type { CreateActionInput, MoveActionInput, UpdateActionInput } from './dto/action.inputs';

@Injectable()
export class ActionService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly actions: ActionRepository,
    private readonly matters: MatterRepository,
    private readonly milestones: MilestoneRepository,
    private readonly participants: ParticipantLookupRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    assertValid(creationRefusals(input));
    return this.unitOfWork.run(async (tx) => {
      const processId = input.servesMatterId
        ? (await this.servedMatter(tx, input.servesMatterId, actor)).processId
        : (await this.milestones.inProcess(tx, input.servesMilestoneId!, 'servesMilestoneId')).processId;
      const action = Object.assign(new ActionEntity(), {
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
      await this.checkReferences(tx, action, actor);
      const saved = await this.saveChange(tx, actor, now, null, action);
      await this.outbox.emit(tx, now, actor, {
        type: 'ACTION_ASSIGNED',
        payload: { actionId: saved.id },
      });
      return saved;
    });
  }

  async update(input: UpdateActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    return this.unitOfWork.run(async (tx) => {
      const action = await this.lockedAction(tx, input.id, 'id', actor);
      requireVersion(action, input.expectedVersion, 'action');
      const before = { ...action };
      assertValid(applyEdits(action, input));
      await this.checkReferences(tx, action, actor);
      const saved = await this.saveChange(tx, actor, now, before, action);
      if (saved.ownerParticipantId !== before.ownerParticipantId || saved.ownerRole !== before.ownerRole) {
        await this.outbox.emit(tx, now, actor, {
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
    return this.unitOfWork.run(async (tx) => {
      const action = await this.lockedAction(tx, input.actionId, 'actionId', actor);
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
      const saved = await this.saveChange(tx, actor, now, before, action, AuditAction.MOVE);
      if (saved.status === ActionStatus.CANCELLED) {
        await this.outbox.emit(tx, now, actor, {
          type: 'ACTION_CANCELLED',
          payload: { actionId: saved.id },
        });
      }
      return saved;
    });
  }

  /** The owner exists, the due milestone is in the process, and the action falls due before what it serves. */
  private async checkReferences(tx: Tx, action: ActionEntity, actor: Actor): Promise<void> {
    if (
      action.ownerParticipantId &&
      !(await this.participants.participantExists(action.ownerParticipantId, tx))
    ) {
      throw notFound('participant', action.ownerParticipantId, 'ownerParticipantId');
    }
    const dueDate = actionDueDate(
      action,
      action.dueMilestoneId
        ? await this.milestones.inProcess(tx, action.dueMilestoneId, 'dueMilestoneId', action.processId)
        : null,
    );
    const served = action.servesMatterId
      ? await this.milestones.get(
          tx,
          (await this.servedMatter(tx, action.servesMatterId, actor)).decidingMilestoneId,
        )
      : await this.milestones.inProcess(tx, action.servesMilestoneId!, 'servesMilestoneId', action.processId);
    assertValid([requireDueNotAfter(dueDate, served)]);
  }

  private saveChange(
    tx: Tx,
    actor: Actor,
    now: Date,
    before: ActionEntity | null,
    after: ActionEntity,
    action?: AuditAction,
  ): Promise<ActionEntity> {
    return this.audit.save(tx, actor, now, {
      entity: ActionEntity,
      before,
      after,
      action,
      processId: after.processId,
      matterId: after.servesMatterId,
    });
  }

  /** An action serving a matter the actor may not see does not exist for them. */
  private async lockedAction(tx: Tx, id: string, field: string, actor: Actor): Promise<ActionEntity> {
    const action = await this.actions.lock(tx, id, field);
    if (action.servesMatterId) {
      const matter = await this.matters.get(tx, action.servesMatterId);
      actor.requireVisible(matter.confidentiality, 'action', id, field);
    }
    return action;
  }

  private servedMatter(tx: Tx, id: string, actor: Actor): Promise<MatterEntity> {
    return this.matters.visible(tx, id, 'servesMatterId', actor);
  }
}
