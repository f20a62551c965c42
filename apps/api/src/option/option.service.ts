import { Injectable } from '@nestjs/common';
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
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { MatterRepository } from '../matter/matter.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import type { CreateOptionInput, MoveOptionInput, UpdateOptionInput } from './dto/option.inputs';
import { OptionEntity } from './option.entity';
import { OptionRepository } from './option.repository';

@Injectable()
export class OptionService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly options: OptionRepository,
    private readonly matters: MatterRepository,
    private readonly participants: ParticipantLookupRepository,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.unitOfWork.run(async (tx) => {
      const matter = await this.matters.lockVisible(tx, input.matterId, 'matterId', actor);
      if (!isOpenMatter(matter.status)) {
        throw invalidInput([
          refusal('MATTER_CLOSED', 'matterId', 'MATTER_CLOSED_NO_OPTION', {
            title: matter.title,
            status: matter.status,
          }),
        ]);
      }
      assertValid([requireText('text', input.text, 'optionText', TEXT_LIMITS.description)]);
      await this.requireParticipant(tx, input.proposerId);
      const option = await this.audit.save(tx, actor, now, {
        entity: OptionEntity,
        before: null,
        processId: matter.processId,
        matterId: matter.id,
        after: Object.assign(new OptionEntity(), {
          matterId: matter.id,
          text: input.text.trim(),
          proposerId: input.proposerId ?? null,
          stage: OptionStage.TABLED,
          tabledAt: now,
          confidentiality: input.confidentiality ?? matter.confidentiality,
        }),
      });
      await this.options.addStageStep(tx, { optionId: option.id, ...tabledStep(now) });
      return option;
    });
  }

  async update(input: UpdateOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    if (input.confidentiality) actor.requireTierWithinClearance(input.confidentiality);
    return this.unitOfWork.run(async (tx) => {
      const option = await this.lockedOption(tx, input.id, 'id', actor);
      requireVersion(option, input.expectedVersion, 'option');
      const before = { ...option };
      if (input.confidentiality) option.confidentiality = input.confidentiality;
      if (input.text !== undefined) {
        assertValid([requireText('text', input.text, 'optionText', TEXT_LIMITS.description)]);
        option.text = input.text.trim();
      }
      if (input.proposerId !== undefined) {
        await this.requireParticipant(tx, input.proposerId ?? undefined);
        option.proposerId = input.proposerId;
      }
      return this.saveChange(tx, actor, now, before, option);
    });
  }

  async move(input: MoveOptionInput, now: Date, actor: Actor): Promise<OptionEntity> {
    // Adopting an option is part of the decision.
    actor.require(optionMovePermission(input.to));
    return this.unitOfWork.run(async (tx) => {
      const option = await this.lockedOption(tx, input.optionId, 'optionId', actor);
      requireVersion(option, input.expectedVersion, 'option');
      const before = { ...option };
      const matter = await this.matters.get(tx, option.matterId);
      const plan = planOptionMove(option, input.to, { matterStatus: matter.status, at: now });
      if (!plan.allowed) throw transitionRefused('The option', plan.refusals);
      Object.assign(option, plan.changes);
      await this.saveChange(tx, actor, now, before, option, AuditAction.MOVE);
      await this.options.addStageStep(tx, { optionId: option.id, ...plan.history });
      return option;
    });
  }

  private async saveChange(
    tx: Tx,
    actor: Actor,
    now: Date,
    before: OptionEntity,
    after: OptionEntity,
    action?: AuditAction,
  ): Promise<OptionEntity> {
    const { processId } = await this.matters.get(tx, after.matterId);
    return this.audit.save(tx, actor, now, {
      entity: OptionEntity,
      before,
      after,
      action,
      processId,
      matterId: after.matterId,
    });
  }

  private async lockedOption(tx: Tx, id: string, field: string, actor: Actor): Promise<OptionEntity> {
    const option = await this.options.lock(tx, id, field);
    const matter = await this.matters.get(tx, option.matterId);
    actor.requireVisible(option.confidentiality, 'option', id, field);
    actor.requireVisible(matter.confidentiality, 'option', id, field);
    return option;
  }

  private async requireParticipant(tx: Tx, id: string | undefined): Promise<void> {
    if (id && !(await this.participants.participantExists(id, tx)))
      throw notFound('participant', id, 'proposerId');
  }
}
