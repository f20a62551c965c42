import { Injectable } from '@nestjs/common';
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
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { optionalText } from '../common/validation/text';
import { MatterEntity } from '../matter/matter.entity';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ProcessEntity } from '../process/process.entity';
import { ProcessRepository } from '../process/process.repository';
import type { CopyProcessInput } from './dto/copy-process.input';
import { ProcessCopyRepository } from './process-copy.repository';

interface Change {
  tx: Tx;
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
    private readonly unitOfWork: UnitOfWork,
    private readonly copies: ProcessCopyRepository,
    private readonly processes: ProcessRepository,
    private readonly matters: MatterRepository,
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
    return this.unitOfWork.run(async (tx) => {
      const change = { tx, actor, now };
      // Everything is read in the transaction that writes, so the copy is of one consistent original.
      const source = await this.processes.find(input.sourceProcessId, tx);
      if (!source) throw notFound('process', input.sourceProcessId, 'sourceProcessId');
      const milestones = targetOpensOn ? await this.movedMilestones(tx, source, targetOpensOn) : [];
      const copyOf = new Map(milestones.map(({ original, copy }) => [original.id, copy]));
      const copyIdOf = (id: string | null) => (id ? (copyOf.get(id)?.id ?? null) : null);
      // The process first, since milestones refer to it; then its target event and deadline, which refer to them.
      const process = await this.processes.insert(
        tx,
        Object.assign(new ProcessEntity(), {
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
      await this.copies.setMilestones(tx, process);
      await this.audit.record(tx, actor, now, {
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
  private async movedMilestones(tx: Tx, source: ProcessEntity, targetOpensOn: IsoDate) {
    const originals = await this.copies.milestonesWithLinks(tx, source.id);
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
      copy: Object.assign(new MilestoneEntity(), {
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

  private async saveMilestone({ tx, actor, now }: Change, original: MilestoneEntity, copy: MilestoneEntity) {
    // A new round's meetings are not announced one by one as they are copied: the support unit announces them
    // when they are confirmed (an edit of each then notifies as usual).
    await this.audit.save(tx, actor, now, {
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
    { tx, actor, now }: Change,
    source: ProcessEntity,
    process: ProcessEntity,
    copyIdOf: (milestoneId: string | null) => string | null,
  ) {
    const originals = (await this.matters.ofProcess(tx, source.id)).filter((matter) =>
      actor.sees(matter.confidentiality),
    );
    if (originals.length === 0) return;
    const originalIds = originals.map((matter) => matter.id);
    const firstDeciding = new Map(
      (await this.matters.firstSteps(tx, originalIds)).map((step) => [
        step.matterId,
        step.decidingMilestoneId,
      ]),
    );
    const copyIds = new Map<string, string>();
    const copies: { original: MatterEntity; matter: MatterEntity }[] = [];
    for (const original of originals) {
      const decidingMilestoneId = copyIdOf(firstDeciding.get(original.id) ?? original.decidingMilestoneId)!;
      const matter = await this.matters.save(
        tx,
        Object.assign(new MatterEntity(), {
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
      await this.matters.addStep(tx, {
        matterId: matter.id,
        fromStatus: null,
        toStatus: MatterStatus.IDENTIFIED,
        at: now,
        atMilestoneId: null,
        decidingMilestoneId,
        note: null,
      });
    }
    const dependencies = (await this.matters.dependenciesOf(tx, originalIds)).filter((dependency) =>
      copyIds.has(dependency.dependsOnId),
    );
    if (dependencies.length > 0) {
      await this.matters.addDependencies(
        tx,
        dependencies.map((dependency) => ({
          matterId: copyIds.get(dependency.matterId)!,
          dependsOnId: copyIds.get(dependency.dependsOnId)!,
        })),
      );
    }
    for (const { original, matter } of copies) {
      await this.audit.record(tx, actor, now, {
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
