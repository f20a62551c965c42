import { Injectable } from '@nestjs/common';
import { ICalCalendarMethod } from 'ical-generator';
import type { AccountEntity } from '../auth/account.entity';
import { AccountRepository } from '../auth/account.repository';
import { addMilestone, newCalendar, type CalendarAttachment } from '../calendar/ics';
import type { StoredEvent } from '../events/domain-event';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import { FACTS_FRESH_MS, RecentReads } from '../common/recent-reads';
import type { ParticipantEntity } from '../participant/participant.entity';
import { ParticipantRepository } from '../participant/participant.repository';
import { InvitationRepository } from './invitation.repository';
import type { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';

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

  constructor(
    private readonly invitations: InvitationRepository,
    private readonly accounts: AccountRepository,
    private readonly participants: ParticipantRepository,
  ) {}

  private async invitationWithSender(invitationId: string): Promise<InvitationWithSender> {
    const invitation = await this.invitations.invitation(invitationId);
    const [milestone, sender, sendingParticipant] = await Promise.all([
      this.invitations.meeting(invitation.milestoneId),
      this.accounts.byId(invitation.sentByAccountId),
      invitation.sentByParticipantId ? this.participants.byId(invitation.sentByParticipantId) : null,
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
    switch (event.type) {
      case 'INVITATION_SENT':
      case 'INVITATION_CORRECTED':
      case 'INVITATION_WITHDRAWN':
        return this.invitations.recipient(event.payload.invitationId, participantId);
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
        return this.invitations.latestInvitedTo(event.payload.milestoneId, participantId);
      default:
        return null;
    }
  }
}
