import { Injectable } from '@nestjs/common';
import { requireText } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { optionalText } from '../common/validation/text';
import { MilestoneRepository } from '../milestone/milestone.repository';
import type { CreateProcessInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessEntity } from './process.entity';
import { ProcessRepository } from './process.repository';

@Injectable()
export class ProcessService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly processes: ProcessRepository,
    private readonly milestones: MilestoneRepository,
    private readonly audit: AuditService,
  ) {}

  /** The process asked for, or the only (oldest) one when no id is given. */
  async find(id: string | undefined): Promise<ProcessEntity> {
    const process = id ? await this.processes.find(id) : await this.processes.oldest();
    if (!process)
      throw id ? notFound('process', id) : notFound('process', '(none: no process has been created yet)');
    return process;
  }

  list(): Promise<ProcessEntity[]> {
    return this.processes.list();
  }

  async create(input: CreateProcessInput, now: Date, actor: Actor): Promise<ProcessEntity> {
    assertValid([
      requireText('title', input.title, 'title'),
      optionalText('description', input.description, 'description'),
      requireText('conveningBody', input.conveningBody, 'conveningBody'),
      requireText('targetEvent', input.targetEvent, 'targetEvent'),
    ]);
    return this.audit.saveAlone(actor, now, {
      entity: ProcessEntity,
      before: null,
      processId: null,
      matterId: null,
      after: Object.assign(new ProcessEntity(), {
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
    return this.unitOfWork.run(async (tx) => {
      const process = await this.processes.lock(tx, input.id);
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
          tx,
          process,
          input.targetMilestoneId,
          'targetMilestoneId',
        );
      }
      if (input.decisionDeadlineMilestoneId !== undefined) {
        process.decisionDeadlineMilestoneId = await this.ownMilestone(
          tx,
          process,
          input.decisionDeadlineMilestoneId,
          'decisionDeadlineMilestoneId',
        );
      }
      return this.audit.save(tx, actor, now, {
        entity: ProcessEntity,
        before,
        after: process,
        processId: process.id,
        matterId: null,
      });
    });
  }

  private async ownMilestone(tx: Tx, process: ProcessEntity, id: string, field: string): Promise<string> {
    return (await this.milestones.inProcess(tx, id, field, process.id)).id;
  }
}
