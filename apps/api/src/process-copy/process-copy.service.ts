import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  daysToOpenOn,
  finalMilestone,
  MatterStatus,
  MilestoneStatus,
  movedCalendarFits,
  refusal,
  requireText,
  shiftByDays,
  shorten,
  type IsoDate,
} from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { assertValid, invalidInput, notFound } from '../common/errors/app-error';
import { optionalText } from '../common/validation/text';
import { MatterDependencyEntity } from '../matter/matter-dependency.entity';
import { MatterTransitionEntity } from '../matter/matter-transition.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ProcessEntity } from '../process/process.entity';
import type { CopyProcessInput } from './dto/copy-process.input';
import { txOf } from '../common/database/tx-manager';

interface Change {
  manager: EntityManager;
  actor: Actor;
  now: Date;
}

/**
 * Starts a process from an existing one, in one transaction: the process, optionally its milestones moved to new
 * dates and its matters as identified, each with its audit events. The original is only read. Participants and
 * role terms are the Convention's, shared by every process, so there is nothing of theirs to copy (decision 31).
 */
@Injectable()
export class ProcessCopyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async copy(input: CopyProcessInput, now: Date, actor: Actor): Promise<ProcessEntity> {
    const targetOpensOn = input.milestonesMovedSoTargetOpensOn ?? null;
    assertValid([
      requireText('title', input.title, 'title'),
      optionalText('description', input.description, 'description'),
      requireText('conveningBody', input.conveningBody, 'conveningBody'),
      requireText('targetEvent', input.targetEvent, 'targetEvent'),
      input.copyMatters && !targetOpensOn
        ? refusal('MATTERS_NEED_MILESTONES', 'copyMatters', 'MATTERS_NEED_MILESTONES', {})
        : null,
    ]);
    return this.db.transaction(async (manager) => {
      const change = { manager, actor, now };
      // Everything is read in the transaction that writes, so the copy is of one consistent original.
      const source = await manager.findOneBy(ProcessEntity, { id: input.sourceProcessId });
      if (!source) throw notFound('process', input.sourceProcessId, 'sourceProcessId');
      const milestones = targetOpensOn ? await this.movedMilestones(manager, source, targetOpensOn) : [];
      const copyOf = new Map(milestones.map(({ original, copy }) => [original.id, copy]));
      const copyIdOf = (id: string | null) => (id ? (copyOf.get(id)?.id ?? null) : null);
      // The process first, since milestones refer to it; then its target event and deadline, which refer to them.
      const process = await manager.save(
        manager.create(ProcessEntity, {
          title: input.title.trim(),
          description: (input.description ?? '').trim(),
          conveningBody: input.conveningBody.trim(),
          targetEvent: input.targetEvent.trim(),
          targetMilestoneId: null,
          decisionDeadlineMilestoneId: null,
        }),
      );
      for (const { original, copy } of milestones) {
        copy.processId = process.id;
        await this.saveMilestone(change, original, copy);
      }
      process.targetMilestoneId = copyIdOf(source.targetMilestoneId);
      process.decisionDeadlineMilestoneId = copyIdOf(source.decisionDeadlineMilestoneId);
      // A plain UPDATE: the row was made in this transaction, so it stays at its first version.
      await manager.query(
        `UPDATE process SET target_milestone_id = $2, decision_deadline_milestone_id = $3 WHERE id = $1`,
        [process.id, process.targetMilestoneId, process.decisionDeadlineMilestoneId],
      );
      await this.audit.record(txOf(manager), actor, now, {
        entity: ProcessEntity,
        before: null,
        after: process,
        processId: process.id,
        matterId: null,
        extra: { before: {}, after: { copiedFromProcessId: source.id } },
      });
      if (input.copyMatters) await this.copyMatters(change, source, process, copyIdOf);
      return process;
    });
  }

  /**
   * Each milestone of the original and its copy, planned, moved by the days that bring the one the process ends
   * with (its target event) to open on the day asked, at its venue.
   */
  private async movedMilestones(manager: EntityManager, source: ProcessEntity, targetOpensOn: IsoDate) {
    const originals = await manager.find(MilestoneEntity, {
      where: { processId: source.id },
      relations: { convenors: true, contacts: true },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const anchor = finalMilestone(originals, source.targetMilestoneId);
    if (!anchor) {
      throw invalidInput([
        refusal('NO_MILESTONES_TO_COPY', 'milestonesMovedSoTargetOpensOn', 'NO_MILESTONES_TO_COPY', {
          title: shorten(source.title),
        }),
      ]);
    }
    const days = daysToOpenOn(anchor, targetOpensOn);
    if (!movedCalendarFits(originals, days)) {
      throw invalidInput([
        refusal('CALENDAR_OUT_OF_RANGE', 'milestonesMovedSoTargetOpensOn', 'CALENDAR_OUT_OF_RANGE', {
          day: targetOpensOn,
        }),
      ]);
    }
    return originals.map((original) => ({
      original,
      copy: manager.create(MilestoneEntity, {
        kind: original.kind,
        title: original.title,
        shortTitle: original.shortTitle,
        description: original.description,
        startsAt: shiftByDays(original.startsAt, original.timeZone, days),
        endsAt: shiftByDays(original.endsAt, original.timeZone, days),
        timeZone: original.timeZone,
        venue: original.venue,
        room: original.room,
        status: MilestoneStatus.PLANNED,
        convenors: original.convenors,
        contacts: original.contacts,
      }),
    }));
  }

  private async saveMilestone(
    { manager, actor, now }: Change,
    original: MilestoneEntity,
    copy: MilestoneEntity,
  ) {
    // A new round's meetings are not announced one by one as they are copied: the support unit announces them
    // when they are confirmed (an edit of each then notifies as usual).
    await this.audit.save(txOf(manager), actor, now, {
      entity: MilestoneEntity,
      before: null,
      after: copy,
      processId: copy.processId,
      matterId: null,
      extra: {
        before: {},
        after: {
          copiedFromMilestoneId: original.id,
          convenorIds: original.convenors?.map((participant) => participant.id) ?? [],
          contactIds: original.contacts?.map((person) => person.id) ?? [],
        },
      },
    });
  }

  /**
   * The original's matters the copier may see, as IDENTIFIED, each to be decided at the copy of the milestone it
   * was first to be decided at (a deferral belonged to the old round), with their dependencies on each other.
   */
  private async copyMatters(
    { manager, actor, now }: Change,
    source: ProcessEntity,
    process: ProcessEntity,
    copyIdOf: (milestoneId: string | null) => string | null,
  ) {
    const originals = (
      await manager.find(MatterEntity, {
        where: { processId: source.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      })
    ).filter((matter) => actor.sees(matter.confidentiality));
    if (originals.length === 0) return;
    const firstDeciding = new Map(
      (
        await manager.find(MatterTransitionEntity, {
          where: { matterId: In(originals.map((matter) => matter.id)), fromStatus: IsNull() },
        })
      ).map((step) => [step.matterId, step.decidingMilestoneId]),
    );
    const copyIds = new Map<string, string>();
    const copies: { original: MatterEntity; matter: MatterEntity }[] = [];
    for (const original of originals) {
      const decidingMilestoneId = copyIdOf(firstDeciding.get(original.id) ?? original.decidingMilestoneId)!;
      const matter = await manager.save(
        manager.create(MatterEntity, {
          processId: process.id,
          title: original.title,
          description: original.description,
          decidingMilestoneId,
          status: MatterStatus.IDENTIFIED,
          outcome: null,
          outcomeMilestoneId: null,
          confidentiality: original.confidentiality,
          observersMayGiveViews: original.observersMayGiveViews,
        }),
      );
      copyIds.set(original.id, matter.id);
      copies.push({ original, matter });
      await manager.insert(MatterTransitionEntity, {
        matterId: matter.id,
        fromStatus: null,
        toStatus: MatterStatus.IDENTIFIED,
        at: now,
        atMilestoneId: null,
        decidingMilestoneId,
        note: null,
      });
    }
    const dependencies = (
      await manager.findBy(MatterDependencyEntity, { matterId: In(originals.map((matter) => matter.id)) })
    ).filter((dependency) => copyIds.has(dependency.dependsOnId));
    if (dependencies.length > 0) {
      await manager.insert(
        MatterDependencyEntity,
        dependencies.map((dependency) => ({
          matterId: copyIds.get(dependency.matterId)!,
          dependsOnId: copyIds.get(dependency.dependsOnId)!,
        })),
      );
    }
    for (const { original, matter } of copies) {
      await this.audit.record(txOf(manager), actor, now, {
        entity: MatterEntity,
        before: null,
        after: matter,
        processId: process.id,
        matterId: matter.id,
        extra: {
          before: {},
          after: {
            copiedFromMatterId: original.id,
            dependsOnIds: dependencies
              .filter((dependency) => dependency.matterId === original.id)
              .map((dependency) => copyIds.get(dependency.dependsOnId)!),
          },
        },
      });
    }
  }
}
