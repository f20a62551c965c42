import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  isOpenMatter,
  optionMovePermission,
  OptionStage,
  planOptionMove,
  refusal,
  requireText,
  tabledStep,
  TEXT_LIMITS,
} from '@prepcom/domain';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { MatterEntity } from '../matter/matter.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import type { CreateOptionInput, MoveOptionInput, UpdateOptionInput } from './dto/option.inputs';
import { OptionStageChangeEntity } from './option-stage-change.entity';
import { OptionEntity } from './option.entity';
import { txOf } from '../common/database/tx-manager';

@Injectable()
export class OptionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.db.transaction(async (manager) => {
      const matter = await findForUpdate(manager, MatterEntity, input.matterId, 'matter', 'matterId');
      actor.requireVisible(matter.confidentiality, 'matter', matter.id, 'matterId');
      if (!isOpenMatter(matter.status)) {
        throw invalidInput([
          refusal('MATTER_CLOSED', 'matterId', 'MATTER_CLOSED_NO_OPTION', {
            title: matter.title,
            status: matter.status,
          }),
        ]);
      }
      assertValid([requireText('text', input.text, 'optionText', TEXT_LIMITS.description)]);
      await this.requireParticipant(manager, input.proposerId);
      const option = await this.audit.save(txOf(manager), actor, now, {
        entity: OptionEntity,
        before: null,
        processId: matter.processId,
        matterId: matter.id,
        after: manager.create(OptionEntity, {
          matterId: matter.id,
          text: input.text.trim(),
          proposerId: input.proposerId ?? null,
          stage: OptionStage.TABLED,
          tabledAt: now,
          confidentiality: input.confidentiality ?? matter.confidentiality,
        }),
      });
      await manager.insert(OptionStageChangeEntity, { optionId: option.id, ...tabledStep(now) });
      return option;
    });
  }

  async update(input: UpdateOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.db.transaction(async (manager) => {
      const option = await this.lockedOption(manager, input.id, 'id', actor);
      requireVersion(option, input.expectedVersion, 'option');
      const before = { ...option };
      if (input.confidentiality) option.confidentiality = input.confidentiality;
      if (input.text !== undefined) {
        assertValid([requireText('text', input.text, 'optionText', TEXT_LIMITS.description)]);
        option.text = input.text.trim();
      }
      if (input.proposerId !== undefined) {
        await this.requireParticipant(manager, input.proposerId ?? undefined);
        option.proposerId = input.proposerId;
      }
      return this.saveChange(manager, actor, now, before, option);
    });
  }

  async move(input: MoveOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    // Adopting an option is part of the decision.
    actor.require(optionMovePermission(input.to));
    return this.db.transaction(async (manager) => {
      const option = await this.lockedOption(manager, input.optionId, 'optionId', actor);
      requireVersion(option, input.expectedVersion, 'option');
      const before = { ...option };
      const matter = await manager.findOneByOrFail(MatterEntity, { id: option.matterId });
      const plan = planOptionMove(option, input.to, { matterStatus: matter.status, at: now });
      if (!plan.allowed) throw transitionRefused('The option', plan.refusals);
      Object.assign(option, plan.changes);
      await this.saveChange(manager, actor, now, before, option, AuditAction.MOVE);
      await manager.insert(OptionStageChangeEntity, { optionId: option.id, ...plan.history });
      return option;
    });
  }

  private async saveChange(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    before: OptionEntity,
    after: OptionEntity,
    action?: AuditAction,
  ): Promise<OptionEntity> {
    const { processId } = await manager.findOneByOrFail(MatterEntity, { id: after.matterId });
    return this.audit.save(txOf(manager), actor, now, {
      entity: OptionEntity,
      before,
      after,
      action,
      processId,
      matterId: after.matterId,
    });
  }

  private async lockedOption(
    manager: EntityManager,
    id: string,
    field: string,
    actor: Actor,
  ): Promise<OptionEntity> {
    const option = await findForUpdate(manager, OptionEntity, id, 'option', field);
    const matter = await manager.findOneByOrFail(MatterEntity, { id: option.matterId });
    actor.requireVisible(option.confidentiality, 'option', id, field);
    actor.requireVisible(matter.confidentiality, 'option', id, field);
    return option;
  }

  private async requireParticipant(manager: EntityManager, id: string | undefined): Promise<void> {
    if (id && !(await manager.existsBy(ParticipantEntity, { id })))
      throw notFound('participant', id, 'proposerId');
  }
}
