import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { refusal, requireText } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, invalidInput, notFound } from '../common/errors/app-error';
import { findForUpdate } from '../common/database/transaction';
import { optionalText } from '../common/validation/text';
import { MilestoneEntity } from '../milestone/milestone.entity';
import type { CreateProcessInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessEntity } from './process.entity';
import { txOf } from '../common/database/tx-manager';

@Injectable()
export class ProcessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The process asked for, or the only (oldest) one when no id is given. */
  async find(id: string | undefined): Promise<ProcessEntity> {
    const process = id
      ? await this.db.getRepository(ProcessEntity).findOneBy({ id })
      : await this.db
          .getRepository(ProcessEntity)
          .findOne({ where: {}, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!process)
      throw id ? notFound('process', id) : notFound('process', '(none: no process has been created yet)');
    return process;
  }

  list(): Promise<ProcessEntity[]> {
    return this.db.getRepository(ProcessEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async create(input: CreateProcessInput, now: Date, actor: Actor): Promise<ProcessEntity> {
    assertValid([
      requireText('title', input.title, 'title'),
      optionalText('description', input.description, 'description'),
      requireText('conveningBody', input.conveningBody, 'conveningBody'),
      requireText('targetEvent', input.targetEvent, 'targetEvent'),
    ]);
    const repository = this.db.getRepository(ProcessEntity);
    return this.audit.saveAlone(actor, now, {
      entity: ProcessEntity,
      before: null,
      processId: null,
      matterId: null,
      after: repository.create({
        title: input.title.trim(),
        description: (input.description ?? '').trim(),
        conveningBody: input.conveningBody.trim(),
        targetEvent: input.targetEvent.trim(),
        targetMilestoneId: null,
        decisionDeadlineMilestoneId: null,
      }),
    });
  }

  async update(input: UpdateProcessInput, now: Date, actor: Actor): Promise<ProcessEntity> {
    return this.db.transaction(async (manager) => {
      const process = await findForUpdate(manager, ProcessEntity, input.id, 'process');
      requireVersion(process, input.expectedVersion, 'process');
      const before = { ...process };
      assertValid([
        input.title !== undefined ? requireText('title', input.title, 'title') : null,
        optionalText('description', input.description, 'description'),
        input.conveningBody !== undefined
          ? requireText('conveningBody', input.conveningBody, 'conveningBody')
          : null,
        input.targetEvent !== undefined ? requireText('targetEvent', input.targetEvent, 'targetEvent') : null,
      ]);
      if (input.title !== undefined) process.title = input.title.trim();
      if (input.description !== undefined) process.description = input.description.trim();
      if (input.conveningBody !== undefined) process.conveningBody = input.conveningBody.trim();
      if (input.targetEvent !== undefined) process.targetEvent = input.targetEvent.trim();
      if (input.targetMilestoneId !== undefined) {
        process.targetMilestoneId = await this.ownMilestone(
          manager,
          process,
          input.targetMilestoneId,
          'targetMilestoneId',
        );
      }
      if (input.decisionDeadlineMilestoneId !== undefined) {
        process.decisionDeadlineMilestoneId = await this.ownMilestone(
          manager,
          process,
          input.decisionDeadlineMilestoneId,
          'decisionDeadlineMilestoneId',
        );
      }
      return this.audit.save(txOf(manager), actor, now, {
        entity: ProcessEntity,
        before,
        after: process,
        processId: process.id,
        matterId: null,
      });
    });
  }

  private async ownMilestone(
    manager: EntityManager,
    process: ProcessEntity,
    id: string,
    field: string,
  ): Promise<string> {
    const milestone = await manager.findOneBy(MilestoneEntity, { id });
    if (!milestone) throw notFound('milestone', id, field);
    if (milestone.processId !== process.id) {
      throw invalidInput([
        refusal('OTHER_PROCESS', field, 'OTHER_PROCESS_MILESTONE', { meeting: milestone.title }),
      ]);
    }
    return milestone.id;
  }
}
