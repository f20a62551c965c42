import { Injectable } from '@nestjs/common';
import { MilestoneStatus, requireEndAfterStart, requireText, requireTimeZone } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import { applyGiven } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { optionalText, textOrNull } from '../common/validation/text';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { ProcessRepository } from '../process/process.repository';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './dto/milestone.inputs';
import { MilestoneEntity } from './milestone.entity';
import { MilestoneRepository } from './milestone.repository';
import { movesMeeting } from './milestone-move';

@Injectable()
export class MilestoneService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly milestones: MilestoneRepository,
    private readonly processes: ProcessRepository,
    private readonly participants: ParticipantLookupRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateMilestoneInput, now: Date, actor: Actor): Promise<MilestoneEntity> {
    return this.unitOfWork.run(async (tx) => {
      if (!(await this.processes.exists(tx, input.processId))) {
        throw notFound('process', input.processId, 'processId');
      }
      const milestone = Object.assign(new MilestoneEntity(), {
        processId: input.processId,
        kind: input.kind,
        title: input.title,
        shortTitle: input.shortTitle,
        description: input.description ?? '',
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        venue: input.venue,
        room: input.room ?? null,
        status: input.status ?? MilestoneStatus.PLANNED,
      });
      const saved = await this.validateAndSave(tx, milestone, input, { actor, now, before: null });
      await this.outbox.emit(tx, now, actor, {
        type: 'MILESTONE_SCHEDULED',
        payload: { milestoneId: saved.id },
      });
      return saved;
    });
  }

  async update(input: UpdateMilestoneInput, now: Date, actor: Actor): Promise<MilestoneEntity> {
    return this.unitOfWork.run(async (tx) => {
      const milestone = await this.milestones.lock(tx, input.id);
      requireVersion(milestone, input.expectedVersion, 'milestone');
      const before = { ...milestone };
      const {
        id: _id,
        expectedVersion: _version,
        convenorIds: _convenors,
        contactIds: _contacts,
        ...fields
      } = input;
      const saved = await this.validateAndSave(tx, applyGiven(milestone, fields), input, {
        actor,
        now,
        before,
      });
      if (movesMeeting(before, saved)) {
        await this.outbox.emit(tx, now, actor, {
          type: 'MILESTONE_MOVED',
          payload: { milestoneId: saved.id, previousStartsAt: before.startsAt.toISOString() },
        });
      }
      if (saved.status === MilestoneStatus.CANCELLED && before.status !== MilestoneStatus.CANCELLED) {
        await this.outbox.emit(tx, now, actor, {
          type: 'MILESTONE_CANCELLED',
          payload: { milestoneId: saved.id },
        });
      }
      return saved;
    });
  }

  private async validateAndSave(
    tx: Tx,
    milestone: MilestoneEntity,
    links: { convenorIds?: string[]; contactIds?: string[] },
    change: { actor: Actor; now: Date; before: MilestoneEntity | null },
  ): Promise<MilestoneEntity> {
    assertValid([
      requireText('title', milestone.title, 'title'),
      requireText('shortTitle', milestone.shortTitle, 'shortTitle'),
      optionalText('description', milestone.description, 'description'),
      requireText('venue', milestone.venue, 'venue'),
      optionalText('room', milestone.room, 'room'),
      requireTimeZone('timeZone', milestone.timeZone),
      requireEndAfterStart(milestone.startsAt, milestone.endsAt),
    ]);
    milestone.title = milestone.title.trim();
    milestone.shortTitle = milestone.shortTitle.trim();
    milestone.description = milestone.description.trim();
    milestone.venue = milestone.venue.trim();
    milestone.room = textOrNull(milestone.room);
    const linksBefore = change.before
      ? await this.milestones.links(tx, milestone.id)
      : { convenorIds: [], contactIds: [] };
    if (links.convenorIds) {
      milestone.convenors = await this.participants.participants(tx, links.convenorIds, 'convenorIds');
    }
    if (links.contactIds) {
      milestone.contacts = await this.participants.people(tx, links.contactIds, 'contactIds');
    }
    const linksAfter = {
      convenorIds: milestone.convenors?.map((p) => p.id) ?? linksBefore.convenorIds,
      contactIds: milestone.contacts?.map((p) => p.id) ?? linksBefore.contactIds,
    };
    return this.audit.save(tx, change.actor, change.now, {
      entity: MilestoneEntity,
      before: change.before,
      after: milestone,
      processId: milestone.processId,
      matterId: null,
      extra: { before: linksBefore, after: linksAfter },
    });
  }
}
