import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkOptionMove, isOpenMatter, OptionStage, requireText, TEXT_LIMITS } from '@prepcom/domain';
import { assertValid, invalidInput, notFound, transitionRefused } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { MatterEntity } from '../matter/matter.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import type { CreateOptionInput, MoveOptionInput, UpdateOptionInput } from './dto/option.inputs';
import { OptionStageChangeEntity } from './option-stage-change.entity';
import { OptionEntity } from './option.entity';

@Injectable()
export class OptionService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: CreateOptionInput, now: Date): Promise<OptionEntity> {
    return this.db.transaction(async (manager) => {
      const matter = await findForUpdate(manager, MatterEntity, input.matterId, 'matter', 'matterId');
      if (!isOpenMatter(matter.status)) {
        throw invalidInput([
          {
            guard: 'MATTER_CLOSED',
            field: 'matterId',
            message: `The matter "${matter.title}" is ${matter.status.toLowerCase()}; no new option can be tabled.`,
          },
        ]);
      }
      assertValid([requireText('text', input.text, 'option text', TEXT_LIMITS.description)]);
      await this.requireParticipant(manager, input.proposerId);
      const option = await manager.save(
        manager.create(OptionEntity, {
          matterId: matter.id,
          text: input.text.trim(),
          proposerId: input.proposerId ?? null,
          stage: OptionStage.TABLED,
          tabledAt: now,
        }),
      );
      await manager.insert(OptionStageChangeEntity, {
        optionId: option.id,
        fromStage: null,
        toStage: OptionStage.TABLED,
        at: now,
      });
      return option;
    });
  }

  async update(input: UpdateOptionInput): Promise<OptionEntity> {
    return this.db.transaction(async (manager) => {
      const option = await this.lockedOption(manager, input.id, 'id');
      if (input.text !== undefined) {
        assertValid([requireText('text', input.text, 'option text', TEXT_LIMITS.description)]);
        option.text = input.text.trim();
      }
      if (input.proposerId !== undefined) {
        await this.requireParticipant(manager, input.proposerId ?? undefined);
        option.proposerId = input.proposerId;
      }
      return manager.save(option);
    });
  }

  async move(input: MoveOptionInput, now: Date): Promise<OptionEntity> {
    return this.db.transaction(async (manager) => {
      const option = await this.lockedOption(manager, input.optionId, 'optionId');
      const matter = await manager.findOneByOrFail(MatterEntity, { id: option.matterId });
      const failures = checkOptionMove(option.stage, input.to, { matterStatus: matter.status });
      if (failures.length > 0) throw transitionRefused('The option', failures);
      const from = option.stage;
      option.stage = input.to;
      await manager.save(option);
      await manager.insert(OptionStageChangeEntity, {
        optionId: option.id,
        fromStage: from,
        toStage: input.to,
        at: now,
      });
      return option;
    });
  }

  private async lockedOption(manager: EntityManager, id: string, field: string): Promise<OptionEntity> {
    return findForUpdate(manager, OptionEntity, id, 'option', field);
  }

  private async requireParticipant(manager: EntityManager, id: string | undefined): Promise<void> {
    if (id && !(await manager.existsBy(ParticipantEntity, { id })))
      throw notFound('participant', id, 'proposerId');
  }
}
