import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addressees,
  invitationChangeRefusals,
  invitationRefusal,
  localDate,
  refusal,
  replyRefusals,
  withdrawalRefusals,
  withdrawnRefusal,
} from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import { type EarlierValue, undoChanges } from '../common/database/turn-back';
import type { Actor } from '../identity/actor';
import { findForUpdate } from '../common/database/transaction';
import { requireVersion } from '../common/database/versioning';
import { assertValid, invalidInput, notFound } from '../common/errors/app-error';
import { optionalText } from '../common/validation/text';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OutboxService } from '../events/outbox.service';
import { ParticipantEntity } from '../participant/participant.entity';
import type {
  CorrectMeetingInvitationInput,
  InviteToMeetingInput,
  ReplyToMeetingInvitationInput,
  WithdrawMeetingInvitationInput,
} from './dto/invitation.inputs';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { txOf } from '../common/database/tx-manager';

/** The instants of an invitation and of a reply, which the audit trail keeps as ISO text. */
const INVITATION_INSTANTS = new Set(['sentAt', 'correctedAt', 'withdrawnAt', 'repliedAt']);

@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Resolves the groups to participants as of today, records one row per participant reached, and announces the
   * invitation in the same transaction; the workers send it, in each person's language, with its .ics.
   */
  async invite(input: InviteToMeetingInput, now: Date, actor: Actor): Promise<MeetingInvitationEntity> {
    const note = input.note?.trim() ?? '';
    assertValid([optionalText('note', note, 'note')]);
    const choice = {
      invited: input.invited ?? [],
      invitedParticipantIds: input.invitedParticipantIds ?? [],
      copied: input.copied ?? [],
      copiedParticipantIds: input.copiedParticipantIds ?? [],
    };
    return this.db.transaction(async (manager) => {
      // Locked: two clicks on "send" for one meeting are taken one after the other, and the second sees the first.
      const milestone = await manager.findOne(MilestoneEntity, {
        where: { id: input.milestoneId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!milestone) throw notFound('milestone', input.milestoneId, 'milestoneId');
      assertValid([invitationRefusal(milestone)]);
      const participants = await manager.find(ParticipantEntity, { order: { name: 'ASC' } });
      const known = new Set(participants.map((participant) => participant.id));
      for (const field of ['invitedParticipantIds', 'copiedParticipantIds'] as const) {
        const unknown = choice[field].find((id) => !known.has(id));
        if (unknown) throw notFound('participant', unknown, field);
      }
      const chosen = addressees(participants, choice, localDate(now, 'UTC'));
      if (!chosen.some((addressee) => !addressee.copied)) {
        throw invalidInput([refusal('NOBODY_INVITED', 'invited', 'NOBODY_INVITED', {})]);
      }
      // A meeting is invited to once per participant: a further invitation adds only those not reached yet.
      const earlier = await this.reachedBefore(manager, milestone.id);
      const reached = chosen.filter((addressee) => !earlier.has(addressee.participant.id));
      if (!reached.some((addressee) => !addressee.copied)) {
        throw invalidInput([
          refusal('ALREADY_INVITED', 'milestoneId', 'ALREADY_INVITED', { meeting: milestone.title }),
        ]);
      }
      const invitation = await this.audit.save(txOf(manager), actor, now, {
        entity: MeetingInvitationEntity,
        before: null,
        after: manager.create(MeetingInvitationEntity, {
          milestoneId: milestone.id,
          sentByAccountId: actor.account!.id,
          sentByParticipantId: actor.participant?.id ?? null,
          sentAt: now,
          invitedAudiences: choice.invited,
          copiedAudiences: choice.copied,
          note,
        }),
        processId: milestone.processId,
        matterId: null,
        extra: {
          before: {},
          after: {
            invitedParticipantIds: choice.invitedParticipantIds,
            copiedParticipantIds: choice.copiedParticipantIds,
          },
        },
      });
      await manager.insert(
        MeetingInvitationRecipientEntity,
        reached.map(({ participant, copied }) => ({
          invitationId: invitation.id,
          participantId: participant.id,
          copied,
          attending: null,
          attendeeCount: 0,
          attendeeNames: [],
          repliedByAccountId: null,
          repliedAt: null,
        })),
      );
      await this.outbox.emit(txOf(manager), now, actor, {
        type: 'INVITATION_SENT',
        payload: { invitationId: invitation.id },
      });
      return invitation;
    });
  }

  /** New words for a sent invitation, until its meeting begins; everyone it reached is told. */
  async correct(
    input: CorrectMeetingInvitationInput,
    now: Date,
    actor: Actor,
  ): Promise<MeetingInvitationEntity> {
    const note = input.note.trim();
    assertValid([optionalText('note', note, 'note')]);
    return this.change(input, now, actor, invitationChangeRefusals, {
      changes: { note, correctedAt: now },
      event: 'INVITATION_CORRECTED',
    });
  }

  /**
   * Takes back an invitation sent by mistake, until its meeting begins: everyone it reached is told why (with a
   * calendar cancellation) and may be invited again; it takes no more replies.
   */
  async withdraw(
    input: WithdrawMeetingInvitationInput,
    now: Date,
    actor: Actor,
  ): Promise<MeetingInvitationEntity> {
    const reason = input.reason.trim();
    return this.change(
      input,
      now,
      actor,
      (invitation, meeting, at) => withdrawalRefusals(invitation, meeting, at, reason),
      { changes: { withdrawnAt: now, withdrawalReason: reason }, event: 'INVITATION_WITHDRAWN' },
    );
  }

  private change(
    input: { invitationId: string; expectedVersion: number },
    now: Date,
    actor: Actor,
    refusals: typeof invitationChangeRefusals,
    {
      changes,
      event,
    }: {
      changes: Partial<MeetingInvitationEntity>;
      event: 'INVITATION_CORRECTED' | 'INVITATION_WITHDRAWN';
    },
  ): Promise<MeetingInvitationEntity> {
    return this.db.transaction(async (manager) => {
      const invitation = await findForUpdate(
        manager,
        MeetingInvitationEntity,
        input.invitationId,
        'invitation',
        'invitationId',
      );
      requireVersion(invitation, input.expectedVersion, 'invitation');
      const milestone = await manager.findOneByOrFail(MilestoneEntity, { id: invitation.milestoneId });
      assertValid(refusals(invitation, milestone, now));
      const saved = await this.audit.save(txOf(manager), actor, now, {
        entity: MeetingInvitationEntity,
        before: { ...invitation },
        after: Object.assign(invitation, changes),
        processId: milestone.processId,
        matterId: null,
      });
      await this.outbox.emit(txOf(manager), now, actor, { type: event, payload: { invitationId: saved.id } });
      return saved;
    });
  }

  /** The participants an invitation to the meeting still standing reached, invited or copied. */
  private async reachedBefore(manager: EntityManager, milestoneId: string): Promise<Set<string>> {
    const rows = await manager
      .createQueryBuilder(MeetingInvitationRecipientEntity, 'r')
      .innerJoin(MeetingInvitationEntity, 'i', 'i.id = r.invitation_id')
      .where('i.milestone_id = :milestoneId AND i.withdrawn_at IS NULL', { milestoneId })
      .select('r.participant_id', 'participantId')
      .getRawMany<{ participantId: string }>();
    return new Set(rows.map((row) => row.participantId));
  }

  /** Records (or changes) the reply of the actor's own participant, until the meeting starts. */
  async reply(
    input: ReplyToMeetingInvitationInput,
    now: Date,
    actor: Actor,
  ): Promise<MeetingInvitationRecipientEntity> {
    const attendeeNames = (input.attendeeNames ?? []).map((name) => name.trim());
    const reply = {
      attending: input.attending,
      attendeeNames,
      attendeeCount: input.attendeeCount ?? (input.attending ? Math.max(1, attendeeNames.length) : 0),
    };
    return this.db.transaction(async (manager) => {
      // An invitation that did not reach the actor's participant answers as one that does not exist.
      const row = actor.participant
        ? await manager.findOne(MeetingInvitationRecipientEntity, {
            where: { invitationId: input.invitationId, participantId: actor.participant.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!row) throw notFound('invitation', input.invitationId, 'invitationId');
      const invitation = await manager.findOneByOrFail(MeetingInvitationEntity, { id: row.invitationId });
      const milestone = await manager.findOneByOrFail(MilestoneEntity, { id: invitation.milestoneId });
      const withdrawn = withdrawnRefusal(invitation, milestone);
      const refusals = [...(withdrawn ? [withdrawn] : []), ...replyRefusals(reply, milestone, now)];
      if (refusals.length > 0) throw invalidInput(refusals);
      const before = { ...row };
      return this.audit.save(txOf(manager), actor, now, {
        entity: MeetingInvitationRecipientEntity,
        before,
        after: Object.assign(row, { ...reply, repliedByAccountId: actor.account!.id, repliedAt: now }),
        processId: milestone.processId,
        matterId: null,
      });
    });
  }

  /**
   * The list as it stood at `asOf`: the invitations sent by then, with their words, their withdrawal and each reply
   * as they were at that instant (the audit trail turns later corrections, withdrawals and replies back).
   */
  async listAsOf(
    actor: Actor,
    milestoneId: string | undefined,
    asOf: Date,
  ): Promise<MeetingInvitationEntity[]> {
    const invitations = (await this.list(actor, milestoneId)).filter(
      (invitation) => invitation.sentAt <= asOf,
    );
    const rows = invitations.flatMap((invitation) => [invitation, ...invitation.recipients!]);
    if (rows.length === 0) return invitations;
    const later = await this.db.query<EarlierValue[]>(
      `SELECT DISTINCT ON (entity_id, field) entity_id, field, old_value
         FROM audit_event
        WHERE entity_id = ANY($1::uuid[]) AND at > $2 AND action = 'UPDATE'
          AND entity_type IN ('meeting_invitation', 'meeting_invitation_recipient')
        ORDER BY entity_id, field, at, id`,
      [rows.map((row) => row.id), asOf],
    );
    undoChanges(rows, later, INVITATION_INSTANTS);
    return invitations;
  }

  /**
   * Newest first, each with the recipients its reader may see: those who steer see every invitation and every
   * reply, anyone else the invitations their participant received and its own reply.
   */
  async list(actor: Actor, milestoneId: string | undefined): Promise<MeetingInvitationEntity[]> {
    const seesAll = actor.can('invitation.readReplies');
    const ownId = actor.participant?.id ?? null;
    if (!seesAll && !ownId) return [];
    const query = this.db
      .getRepository(MeetingInvitationEntity)
      .createQueryBuilder('i')
      .orderBy('i.sent_at', 'DESC')
      .addOrderBy('i.id');
    if (milestoneId) query.andWhere('i.milestone_id = :milestoneId', { milestoneId });
    if (!seesAll) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM meeting_invitation_recipient r WHERE r.invitation_id = i.id AND r.participant_id = :ownId)',
        { ownId },
      );
    }
    const invitations = await query.getMany();
    const recipients = await this.visibleRecipients(
      invitations.map((invitation) => invitation.id),
      actor,
    );
    for (const invitation of invitations) {
      invitation.recipients = recipients.filter((recipient) => recipient.invitationId === invitation.id);
    }
    return invitations;
  }

  /** The recipients of these invitations that `actor` may see, in the order of their participants' names. */
  async visibleRecipients(
    invitationIds: string[],
    actor: Actor,
  ): Promise<MeetingInvitationRecipientEntity[]> {
    const seesAll = actor.can('invitation.readReplies');
    if (invitationIds.length === 0 || (!seesAll && !actor.participant)) return [];
    const query = this.db
      .getRepository(MeetingInvitationRecipientEntity)
      .createQueryBuilder('r')
      .innerJoin(ParticipantEntity, 'p', 'p.id = r.participant_id')
      .where('r.invitation_id IN (:...invitationIds)', { invitationIds })
      .orderBy('p.name')
      .addOrderBy('r.id');
    if (!seesAll) query.andWhere('r.participant_id = :ownId', { ownId: actor.participant!.id });
    return query.getMany();
  }
}
