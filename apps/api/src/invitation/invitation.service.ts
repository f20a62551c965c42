import { Injectable } from '@nestjs/common';
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
import { undoChanges } from '../common/database/turn-back';
import { UnitOfWork } from '../common/database/unit-of-work';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, invalidInput, notFound } from '../common/errors/app-error';
import { optionalText } from '../common/validation/text';
import { OutboxService } from '../events/outbox.service';
import { ParticipantRepository } from '../participant/participant.repository';
import type {
  CorrectMeetingInvitationInput,
  InviteToMeetingInput,
  ReplyToMeetingInvitationInput,
  WithdrawMeetingInvitationInput,
} from './dto/invitation.inputs';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { InvitationRepository } from './invitation.repository';

/** The instants of an invitation and of a reply, which the audit trail keeps as ISO text. */
const INVITATION_INSTANTS = new Set(['sentAt', 'correctedAt', 'withdrawnAt', 'repliedAt']);

@Injectable()
export class InvitationService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly participants: ParticipantRepository,
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
    return this.unitOfWork.run(async (tx) => {
      // Locked: two clicks on "send" for one meeting are taken one after the other, and the second sees the first.
      const milestone = await this.invitations.lockMeeting(tx, input.milestoneId);
      if (!milestone) throw notFound('milestone', input.milestoneId, 'milestoneId');
      assertValid([invitationRefusal(milestone)]);
      const participants = await this.participants.all(tx);
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
      const earlier = await this.invitations.participantsInvitedTo(milestone.id, tx);
      const reached = chosen.filter((addressee) => !earlier.has(addressee.participant.id));
      if (!reached.some((addressee) => !addressee.copied)) {
        throw invalidInput([
          refusal('ALREADY_INVITED', 'milestoneId', 'ALREADY_INVITED', { meeting: milestone.title }),
        ]);
      }
      const invitation = await this.audit.save(tx, actor, now, {
        entity: MeetingInvitationEntity,
        before: null,
        after: Object.assign(new MeetingInvitationEntity(), {
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
      await this.invitations.addRecipients(
        tx,
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
      await this.outbox.emit(tx, now, actor, {
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
    return this.unitOfWork.run(async (tx) => {
      const invitation = await this.invitations.lockInvitation(tx, input.invitationId);
      requireVersion(invitation, input.expectedVersion, 'invitation');
      const milestone = await this.invitations.meeting(invitation.milestoneId, tx);
      assertValid(refusals(invitation, milestone, now));
      const saved = await this.audit.save(tx, actor, now, {
        entity: MeetingInvitationEntity,
        before: { ...invitation },
        after: Object.assign(invitation, changes),
        processId: milestone.processId,
        matterId: null,
      });
      await this.outbox.emit(tx, now, actor, { type: event, payload: { invitationId: saved.id } });
      return saved;
    });
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
    return this.unitOfWork.run(async (tx) => {
      // An invitation that did not reach the actor's participant answers as one that does not exist.
      const row = actor.participant
        ? await this.invitations.lockRecipient(tx, input.invitationId, actor.participant.id)
        : null;
      if (!row) throw notFound('invitation', input.invitationId, 'invitationId');
      const invitation = await this.invitations.invitation(row.invitationId, tx);
      const milestone = await this.invitations.meeting(invitation.milestoneId, tx);
      const withdrawn = withdrawnRefusal(invitation, milestone);
      const refusals = [...(withdrawn ? [withdrawn] : []), ...replyRefusals(reply, milestone, now)];
      if (refusals.length > 0) throw invalidInput(refusals);
      const before = { ...row };
      return this.audit.save(tx, actor, now, {
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
    const later = await this.invitations.changesAfter(
      rows.map((row) => row.id),
      asOf,
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
    const invitations = await this.invitations.list(milestoneId, seesAll ? null : ownId);
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
    return this.invitations.recipients(invitationIds, seesAll ? null : actor.participant!.id);
  }
}
