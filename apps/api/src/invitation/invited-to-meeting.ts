import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';

/**
 * Every participant's place in the invitations to one meeting (`r`, joined to its invitation `i`): those whose
 * calendars hold the meeting, and so get the same entry again when it moves or is cancelled. A withdrawn invitation
 * cancelled its entries: its recipients are not among them.
 */
export function invitedToMeeting(
  manager: EntityManager,
  milestoneId: string,
): SelectQueryBuilder<MeetingInvitationRecipientEntity> {
  return manager
    .getRepository(MeetingInvitationRecipientEntity)
    .createQueryBuilder('r')
    .innerJoin(MeetingInvitationEntity, 'i', 'i.id = r.invitation_id')
    .where('i.milestone_id = :milestoneId AND i.withdrawn_at IS NULL', { milestoneId });
}
