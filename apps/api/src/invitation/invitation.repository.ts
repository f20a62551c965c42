import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';
import { findForUpdate } from '../common/database/transaction';
import type { EarlierValue } from '../common/database/turn-back';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';

const CHANGES_AFTER = sqlFile(__dirname, 'invitation-changes-after.sql');

/** Invitations to meetings, the participants each reached and their replies. */
@Injectable()
export class InvitationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The meeting, locked for the rest of `tx`: invitations to it are sent one after the other. */
  lockMeeting(tx: Tx, milestoneId: string): Promise<MilestoneEntity | null> {
    return managerOf(tx).findOne(MilestoneEntity, {
      where: { id: milestoneId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The meeting of an invitation (which exists while its invitations do). */
  meeting(milestoneId: string, tx?: Tx): Promise<MilestoneEntity> {
    return (tx ? managerOf(tx) : this.db.manager).findOneByOrFail(MilestoneEntity, { id: milestoneId });
  }

  /** An invitation known to exist. */
  invitation(id: string, tx?: Tx): Promise<MeetingInvitationEntity> {
    return (tx ? managerOf(tx) : this.db.manager).findOneByOrFail(MeetingInvitationEntity, { id });
  }

  /** Locks an invitation for the rest of `tx`; an unknown id answers NOT_FOUND. */
  lockInvitation(tx: Tx, id: string): Promise<MeetingInvitationEntity> {
    return findForUpdate(managerOf(tx), MeetingInvitationEntity, id, 'invitation', 'invitationId');
  }

  async addRecipients(
    tx: Tx,
    recipients: Omit<MeetingInvitationRecipientEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>[],
  ): Promise<void> {
    await managerOf(tx).insert(MeetingInvitationRecipientEntity, recipients);
  }

  /** A participant's place in an invitation, locked for the rest of `tx` (while its reply is written). */
  lockRecipient(tx: Tx, invitationId: string, participantId: string) {
    return managerOf(tx).findOne(MeetingInvitationRecipientEntity, {
      where: { invitationId, participantId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** A participant's place in an invitation, if it reached them. */
  recipient(invitationId: string, participantId: string): Promise<MeetingInvitationRecipientEntity | null> {
    return this.db.getRepository(MeetingInvitationRecipientEntity).findOneBy({ invitationId, participantId });
  }

  /**
   * The participants whose calendars hold the meeting, invited or copied, and so get the same entry again when it
   * moves or is cancelled. A withdrawn invitation cancelled its entries: its recipients are not among them.
   */
  async participantsInvitedTo(milestoneId: string, tx?: Tx): Promise<Set<string>> {
    const rows = await invitedToMeeting(tx ? managerOf(tx) : this.db.manager, milestoneId)
      .select('DISTINCT r.participant_id', 'participant_id')
      .getRawMany<{ participant_id: string }>();
    return new Set(rows.map((row) => row.participant_id));
  }

  /** A participant's place in the latest invitation still standing to the meeting. */
  latestInvitedTo(
    milestoneId: string,
    participantId: string,
  ): Promise<MeetingInvitationRecipientEntity | null> {
    return invitedToMeeting(this.db.manager, milestoneId)
      .andWhere('r.participant_id = :participantId', { participantId })
      .orderBy('i.sent_at', 'DESC')
      .getOne();
  }

  /** Newest first; to one meeting when `milestoneId` is given, and only those that reached `participantId` when given. */
  list(milestoneId: string | undefined, participantId: string | null): Promise<MeetingInvitationEntity[]> {
    const query = this.db
      .getRepository(MeetingInvitationEntity)
      .createQueryBuilder('i')
      .orderBy('i.sent_at', 'DESC')
      .addOrderBy('i.id');
    if (milestoneId) query.andWhere('i.milestone_id = :milestoneId', { milestoneId });
    if (participantId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM meeting_invitation_recipient r WHERE r.invitation_id = i.id AND r.participant_id = :ownId)',
        { ownId: participantId },
      );
    }
    return query.getMany();
  }

  /** The recipients of these invitations (only `participantId`'s when given), by their participants' names. */
  recipients(
    invitationIds: string[],
    participantId: string | null,
  ): Promise<MeetingInvitationRecipientEntity[]> {
    const query = this.db
      .getRepository(MeetingInvitationRecipientEntity)
      .createQueryBuilder('r')
      .innerJoin(ParticipantEntity, 'p', 'p.id = r.participant_id')
      .where('r.invitation_id IN (:...invitationIds)', { invitationIds })
      .orderBy('p.name')
      .addOrderBy('r.id');
    if (participantId) query.andWhere('r.participant_id = :ownId', { ownId: participantId });
    return query.getMany();
  }

  /** The values of these invitations' and replies' fields before their first change after `asOf`. */
  changesAfter(ids: string[], asOf: Date): Promise<EarlierValue[]> {
    return this.db.query<EarlierValue[]>(CHANGES_AFTER, [ids, asOf]);
  }
}

/** Every participant's place (`r`) in the invitations still standing (`i`) to one meeting. */
const invitedToMeeting = (manager: EntityManager, milestoneId: string) =>
  manager
    .getRepository(MeetingInvitationRecipientEntity)
    .createQueryBuilder('r')
    .innerJoin(MeetingInvitationEntity, 'i', 'i.id = r.invitation_id')
    .where('i.milestone_id = :milestoneId AND i.withdrawn_at IS NULL', { milestoneId });
