import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ICalCalendarMethod } from 'ical-generator';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { addMilestone, newCalendar, type CalendarAttachment } from '../calendar/ics';
import type { StoredEvent } from '../events/domain-event';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { FACTS_FRESH_MS, RecentReads } from '../common/recent-reads';
import { ParticipantEntity } from '../participant/participant.entity';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { invitedToMeeting } from './invited-to-meeting';

interface InvitationWithSender {
  milestone: MilestoneEntity;
  sender: AccountEntity;
  sendingParticipant: ParticipantEntity | null;
}

/**
 * The .ics an email carries for an invited person (RFC 5546): the invitation itself (REQUEST), then, when the
 * meeting moves, the same event again with a higher SEQUENCE (REQUEST), or its cancellation (CANCEL). People who
 * were never invited get the news without a calendar entry.
 */
@Injectable()
export class InvitationCalendarService {
  /** An invitation's meeting and sender, the same for everyone it reached: read once for the emails sent together. */
  private readonly recentInvitations = new RecentReads<string, InvitationWithSender>(FACTS_FRESH_MS);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private async invitationWithSender(invitationId: string): Promise<InvitationWithSender> {
    const invitation = await this.db
      .getRepository(MeetingInvitationEntity)
      .findOneByOrFail({ id: invitationId });
    const [milestone, sender, sendingParticipant] = await Promise.all([
      this.db.getRepository(MilestoneEntity).findOneByOrFail({ id: invitation.milestoneId }),
      this.db.getRepository(AccountEntity).findOneByOrFail({ id: invitation.sentByAccountId }),
      invitation.sentByParticipantId
        ? this.db.getRepository(ParticipantEntity).findOneBy({ id: invitation.sentByParticipantId })
        : null,
    ]);
    return { milestone, sender, sendingParticipant };
  }

  async attachmentFor(
    event: StoredEvent,
    account: AccountEntity,
    description: string,
    publicUrl: string,
    now: Date,
  ): Promise<CalendarAttachment | undefined> {
    if (!account.participantId) return undefined;
    const recipient = await this.invitedAs(event, account.participantId);
    if (!recipient) return undefined;
    const { milestone, sender, sendingParticipant } = await this.recentInvitations.get(
      recipient.invitationId,
      () => this.invitationWithSender(recipient.invitationId),
    );
    const method =
      event.type === 'MILESTONE_CANCELLED' || event.type === 'INVITATION_WITHDRAWN'
        ? ICalCalendarMethod.CANCEL
        : ICalCalendarMethod.REQUEST;
    const calendar = newCalendar(method);
    addMilestone(calendar, milestone, {
      publicUrl,
      now,
      description,
      invitation: {
        organizer: { name: sendingParticipant?.name ?? sender.displayName, email: sender.email },
        attendee: {
          name: account.displayName,
          email: account.email,
          copied: recipient.copied,
          attending: recipient.attending,
        },
      },
    });
    return { method, filename: 'invitation.ics', content: calendar.toString() };
  }

  /** The participant's place in the invitation the event is about, or in the latest one to the moved meeting. */
  private async invitedAs(
    event: StoredEvent,
    participantId: string,
  ): Promise<MeetingInvitationRecipientEntity | null> {
    const recipients = this.db.getRepository(MeetingInvitationRecipientEntity);
    switch (event.type) {
      case 'INVITATION_SENT':
      case 'INVITATION_CORRECTED':
      case 'INVITATION_WITHDRAWN':
        return recipients.findOneBy({ invitationId: event.payload.invitationId, participantId });
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
        return invitedToMeeting(this.db.manager, event.payload.milestoneId)
          .andWhere('r.participant_id = :participantId', { participantId })
          .orderBy('i.sent_at', 'DESC')
          .getOne();
      default:
        return null;
    }
  }
}
