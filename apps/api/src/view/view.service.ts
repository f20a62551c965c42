import { Injectable } from '@nestjs/common';
import {
  mayGiveViewOn,
  mayRecordViewFor,
  narrowest,
  Position,
  refusal,
  type GuardFailure,
} from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../events/outbox.service';
import type { Actor } from '../identity/actor';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { requireVersion } from '../common/database/versioning';
import { AppError, assertValid, invalidInput, notFound } from '../common/errors/app-error';
import { optionalText, textOrNull } from '../common/validation/text';
import type { MatterEntity } from '../matter/matter.entity';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneRepository } from '../milestone/milestone.repository';
import type { OptionEntity } from '../option/option.entity';
import { OptionRepository } from '../option/option.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import type { CreateViewInput, UpdateViewInput } from './dto/view.inputs';
import { ParticipantViewEntity } from './view.entity';
import { ViewRepository } from './view.repository';

function commentRules(position: Position, comment: string | null): (GuardFailure | null)[] {
  return [
    optionalText('comment', comment, 'comment'),
    position === Position.COMMENT && !textOrNull(comment)
      ? refusal('COMMENT_REQUIRED', 'comment', 'COMMENT_REQUIRED', {})
      : null,
  ];
}

@Injectable()
export class ViewService {
  /** A delegate speaks for their own participant only; the support unit records what anyone said in the room. */
  private requireSpeaksFor(actor: Actor, participantId: string): void {
    const person = { participantId: actor.participant?.id ?? null, capacities: actor.capacities };
    if (mayRecordViewFor(person, participantId)) return;
    throw new AppError('FORBIDDEN', "You can give or change only your own participant's views.", {
      field: 'participantId',
    });
  }

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly views: ViewRepository,
    private readonly matters: MatterRepository,
    private readonly options: OptionRepository,
    private readonly milestones: MilestoneRepository,
    private readonly participants: ParticipantLookupRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateViewInput, now: Date, actor: Actor): Promise<ParticipantViewEntity> {
    const expressedAt = input.expressedAt ?? now;
    this.requireSpeaksFor(actor, input.participantId);
    assertValid([
      ...commentRules(input.position, input.comment ?? null),
      Number.isNaN(expressedAt.getTime()) || expressedAt > now
        ? refusal('EXPRESSED_IN_FUTURE', 'expressedAt', 'EXPRESSED_IN_FUTURE', {})
        : null,
    ]);
    const [participantExists, matter] = await Promise.all([
      this.participants.participantExists(input.participantId),
      this.matters.find(input.matterId),
    ]);
    if (!participantExists) throw notFound('participant', input.participantId, 'participantId');
    if (!matter) throw notFound('matter', input.matterId, 'matterId');
    actor.requireVisible(matter.confidentiality, 'matter', matter.id, 'matterId');
    if (!mayGiveViewOn(actor.capacities, matter)) {
      throw new AppError('FORBIDDEN', `The matter "${matter.title}" is not open to views from observers.`, {
        field: 'matterId',
      });
    }
    const option = input.optionId ? await this.optionOf(matter, input.optionId, actor) : null;
    // A view is never more open than what it is about: the matter, and the option if it is on one.
    const subjectTier = option
      ? narrowest(matter.confidentiality, option.confidentiality)
      : matter.confidentiality;
    const confidentiality = input.confidentiality ?? subjectTier;
    actor.requireTierWithinClearance(confidentiality);
    if (narrowest(confidentiality, subjectTier) !== confidentiality) {
      throw invalidInput([
        refusal('VIEW_WIDER_THAN_SUBJECT', 'confidentiality', 'VIEW_WIDER_THAN_SUBJECT', {
          tier: subjectTier,
        }),
      ]);
    }
    if (input.milestoneId) {
      const milestone = await this.milestones.find(input.milestoneId);
      if (!milestone || milestone.processId !== matter.processId)
        throw notFound('milestone of this process', input.milestoneId, 'milestoneId');
    }
    return this.unitOfWork.run(async (tx) => {
      const view = await this.saveChange(
        tx,
        actor,
        now,
        matter.processId,
        null,
        Object.assign(new ParticipantViewEntity(), {
          participantId: input.participantId,
          matterId: matter.id,
          optionId: input.optionId ?? null,
          position: input.position,
          comment: textOrNull(input.comment),
          expressedAt,
          milestoneId: input.milestoneId ?? null,
          confidentiality,
        }),
      );
      await this.outbox.emit(tx, now, actor, {
        type: 'VIEW_SUBMITTED',
        payload: { viewId: view.id },
      });
      return view;
    });
  }

  async update(input: UpdateViewInput, now: Date, actor: Actor): Promise<ParticipantViewEntity> {
    return this.unitOfWork.run(async (tx) => {
      const view = await this.views.lock(tx, input.id);
      const [matter, option] = await Promise.all([
        this.matters.get(tx, view.matterId),
        view.optionId ? this.options.get(tx, view.optionId) : null,
      ]);
      // Hidden when what it is about is hidden, whatever tier the view itself was given.
      actor.requireVisible(
        narrowest(view.confidentiality, matter.confidentiality, ...(option ? [option.confidentiality] : [])),
        'view',
        view.id,
      );
      this.requireSpeaksFor(actor, view.participantId);
      requireVersion(view, input.expectedVersion, 'view');
      const before = { ...view };
      const position = input.position ?? view.position;
      const comment = input.comment !== undefined ? input.comment : view.comment;
      assertValid(commentRules(position, comment));
      const { processId } = matter;
      return this.saveChange(
        tx,
        actor,
        now,
        processId,
        before,
        Object.assign(view, { position, comment: textOrNull(comment) }),
      );
    });
  }

  /** The option a view is about, visible to the writer and of the same matter. */
  private async optionOf(matter: MatterEntity, optionId: string, actor: Actor): Promise<OptionEntity> {
    const option = await this.options.find(optionId);
    if (!option) throw notFound('option', optionId, 'optionId');
    actor.requireVisible(option.confidentiality, 'option', option.id, 'optionId');
    if (option.matterId !== matter.id) {
      throw invalidInput([
        refusal('OPTION_OF_OTHER_MATTER', 'optionId', 'OPTION_OF_OTHER_MATTER', { title: matter.title }),
      ]);
    }
    return option;
  }

  private saveChange(
    tx: Tx,
    actor: Actor,
    now: Date,
    processId: string,
    before: ParticipantViewEntity | null,
    after: ParticipantViewEntity,
  ): Promise<ParticipantViewEntity> {
    return this.audit.save(tx, actor, now, {
      entity: ParticipantViewEntity,
      before,
      after,
      processId,
      matterId: after.matterId,
    });
  }
}
