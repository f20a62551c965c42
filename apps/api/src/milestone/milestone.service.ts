import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { MilestoneStatus, requireEndAfterStart, requireText, requireTimeZone } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import { applyGiven, findForUpdate } from '../common/database/transaction';
import { optionalText, textOrNull } from '../common/validation/text';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import type { CreateMilestoneInput, UpdateMilestoneInput } from './dto/milestone.inputs';
import { MilestoneEntity } from './milestone.entity';
import { movesMeeting } from './milestone-move';
import { txOf } from '../common/database/tx-manager';

@Injectable()
export class MilestoneService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateMilestoneInput, now: Date, actor: Actor): Promise<MilestoneEntity> {
    return this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(ProcessEntity, { id: input.processId }))) {
        throw notFound('process', input.processId, 'processId');
      }
      const milestone = manager.create(MilestoneEntity, {
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
      const saved = await this.validateAndSave(manager, milestone, input, { actor, now, before: null });
      await this.outbox.emit(txOf(manager), now, actor, {
        type: 'MILESTONE_SCHEDULED',
        payload: { milestoneId: saved.id },
      });
      return saved;
    });
  }

  async update(input: UpdateMilestoneInput, now: Date, actor: Actor): Promise<MilestoneEntity> {
    return this.db.transaction(async (manager) => {
      const milestone = await findForUpdate(manager, MilestoneEntity, input.id, 'milestone');
      requireVersion(milestone, input.expectedVersion, 'milestone');
      const before = { ...milestone };
      const {
        id: _id,
        expectedVersion: _version,
        convenorIds: _convenors,
        contactIds: _contacts,
        ...fields
      } = input;
      const saved = await this.validateAndSave(manager, applyGiven(milestone, fields), input, {
        actor,
        now,
        before,
      });
      if (movesMeeting(before, saved)) {
        await this.outbox.emit(txOf(manager), now, actor, {
          type: 'MILESTONE_MOVED',
          payload: { milestoneId: saved.id, previousStartsAt: before.startsAt.toISOString() },
        });
      }
      if (saved.status === MilestoneStatus.CANCELLED && before.status !== MilestoneStatus.CANCELLED) {
        await this.outbox.emit(txOf(manager), now, actor, {
          type: 'MILESTONE_CANCELLED',
          payload: { milestoneId: saved.id },
        });
      }
      return saved;
    });
  }

  private async validateAndSave(
    manager: EntityManager,
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
      ? await this.linkIds(manager, milestone.id)
      : { convenorIds: [], contactIds: [] };
    if (links.convenorIds) {
      milestone.convenors = await this.existing(
        manager,
        ParticipantEntity,
        links.convenorIds,
        'participant',
        'convenorIds',
      );
    }
    if (links.contactIds) {
      milestone.contacts = await this.existing(
        manager,
        PersonEntity,
        links.contactIds,
        'person',
        'contactIds',
      );
    }
    const linksAfter = {
      convenorIds: milestone.convenors?.map((p) => p.id) ?? linksBefore.convenorIds,
      contactIds: milestone.contacts?.map((p) => p.id) ?? linksBefore.contactIds,
    };
    return this.audit.save(txOf(manager), change.actor, change.now, {
      entity: MilestoneEntity,
      before: change.before,
      after: milestone,
      processId: milestone.processId,
      matterId: null,
      extra: { before: linksBefore, after: linksAfter },
    });
  }

  private async linkIds(manager: EntityManager, milestoneId: string) {
    const ids = async (table: string, column: string) =>
      (
        await manager.query<{ id: string }[]>(
          `SELECT ${column} AS id FROM ${table} WHERE milestone_id = $1`,
          [milestoneId],
        )
      ).map((row) => row.id);
    return {
      convenorIds: await ids('milestone_convenor', 'participant_id'),
      contactIds: await ids('milestone_contact', 'person_id'),
    };
  }

  private async existing<T extends { id: string }>(
    manager: EntityManager,
    entity: new () => T,
    ids: string[],
    what: string,
    field: string,
  ): Promise<T[]> {
    const rows = await manager.findBy(entity, { id: In(ids) } as never);
    const missing = ids.find((id) => !rows.some((row) => row.id === id));
    if (missing) throw notFound(what, missing, field);
    return rows;
  }
}
