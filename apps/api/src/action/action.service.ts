import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ActionStatus,
  checkActionMove,
  requireDueNotAfter,
  requireText,
  type GuardFailure,
  phrase,
  refusal,
} from '@prepcom/domain';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../notification/outbox.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { AppError, assertValid, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { optionalText } from '../common/validation/text';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { actionDueDate } from '../assessment/action-due-date';
import { ActionEntity } from './action.entity';
import type { CreateActionInput, MoveActionInput, UpdateActionInput } from './dto/action.inputs';

function exactlyOne(
  fields: Record<string, unknown>,
  what: 'owner' | 'dueDate' | 'serves',
): GuardFailure | null {
  const given = Object.entries(fields).filter(([, value]) => value !== undefined && value !== null);
  if (given.length === 1) return null;
  const names = Object.keys(fields).map((name) => phrase('FIELD_NAME', { name }));
  const field = given[1]?.[0] ?? Object.keys(fields)[0] ?? what;
  const code = given.length === 0 ? 'EXACTLY_ONE_MISSING' : 'EXACTLY_ONE_BOTH';
  return refusal('EXACTLY_ONE', field, code, { what, fields: names });
}

@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    assertValid([
      requireText('title', input.title, 'title'),
      optionalText('description', input.description, 'description'),
      exactlyOne({ ownerParticipantId: input.ownerParticipantId, ownerRole: input.ownerRole }, 'owner'),
      exactlyOne({ dueDate: input.dueDate, dueMilestoneId: input.dueMilestoneId }, 'dueDate'),
      exactlyOne(
        { servesMatterId: input.servesMatterId, servesMilestoneId: input.servesMilestoneId },
        'serves',
      ),
      input.dueOffsetDays != null && !input.dueMilestoneId
        ? refusal('OFFSET_WITHOUT_MILESTONE', 'dueOffsetDays', 'OFFSET_WITHOUT_MILESTONE', {})
        : null,
    ]);
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
      });
      await this.checkReferences(manager, action, actor);
      const saved = await this.saveChange(manager, actor, now, null, action);
      await this.outbox.emit(manager, now, actor, {
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
      assertValid([
        input.title !== undefined ? requireText('title', input.title, 'title') : null,
        optionalText('description', input.description, 'description'),
        input.ownerParticipantId && input.ownerRole
          ? exactlyOne({ ownerParticipantId: input.ownerParticipantId, ownerRole: input.ownerRole }, 'owner')
          : null,
        input.dueDate && input.dueMilestoneId
          ? exactlyOne({ dueDate: input.dueDate, dueMilestoneId: input.dueMilestoneId }, 'dueDate')
          : null,
      ]);
      if (input.title !== undefined) action.title = input.title.trim();
      if (input.description !== undefined) action.description = input.description.trim();
      if (input.blocksDecision != null) action.blocksDecision = input.blocksDecision;
      if (input.ownerParticipantId)
        Object.assign(action, { ownerParticipantId: input.ownerParticipantId, ownerRole: null });
      if (input.ownerRole) Object.assign(action, { ownerRole: input.ownerRole, ownerParticipantId: null });
      if (input.dueDate)
        Object.assign(action, { dueDate: input.dueDate, dueMilestoneId: null, dueOffsetDays: null });
      if (input.dueMilestoneId) {
        Object.assign(action, {
          dueDate: null,
          dueMilestoneId: input.dueMilestoneId,
          dueOffsetDays: input.dueOffsetDays ?? 0,
        });
      } else if (input.dueOffsetDays != null) {
        if (!action.dueMilestoneId) {
          throw invalidInput([
            refusal('OFFSET_WITHOUT_MILESTONE', 'dueOffsetDays', 'OFFSET_WITHOUT_MILESTONE', {}),
          ]);
        }
        action.dueOffsetDays = input.dueOffsetDays;
      }
      await this.checkReferences(manager, action, actor);
      const saved = await this.saveChange(manager, actor, now, before, action);
      if (saved.ownerParticipantId !== before.ownerParticipantId || saved.ownerRole !== before.ownerRole) {
        await this.outbox.emit(manager, now, actor, {
          type: 'ACTION_ASSIGNED',
          payload: { actionId: saved.id },
        });
      }
      return saved;
    });
  }

  /** Whoever may write actions, and the owner's own delegates: a State marks the work it owns as done. */
  async move(input: MoveActionInput, now: Date, actor: Actor): Promise<ActionEntity> {
    return this.db.transaction(async (manager) => {
      const action = await this.lockedAction(manager, input.actionId, 'actionId', actor);
      // Who may move it first: a CONFLICT carries the record, for those who may change it only.
      const ownsIt = actor.participant !== null && action.ownerParticipantId === actor.participant.id;
      if (!ownsIt && !actor.can('action.write')) {
        throw new AppError(
          'FORBIDDEN',
          'Only its owner, the Presidencies, the Co-Chairs or the support unit can move this action.',
        );
      }
      requireVersion(action, input.expectedVersion, 'action');
      const before = { ...action };
      const failures = checkActionMove(action.status, input.to);
      if (failures.length > 0) throw transitionRefused(`The action "${action.title}"`, failures);
      action.status = input.to;
      action.completedAt = input.to === ActionStatus.DONE ? now : null;
      return this.saveChange(manager, actor, now, before, action, AuditAction.MOVE);
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
    return this.audit.save(manager, actor, now, {
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
