import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Confidentiality, DigestFrequency } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { AccountRepository } from '../auth/account.repository';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import { InvitationRepository } from '../invitation/invitation.repository';
import { MeetingInvitationEntity } from '../invitation/meeting-invitation.entity';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ParticipantRepository } from '../participant/participant.repository';
import { RoleTermRepository } from '../role-term/role-term.repository';
import { ParticipantViewEntity } from '../view/view.entity';

/**
 * What notices (notices.ts) read to choose an event's recipients and say what happened: the records other folders'
 * repositories already read come through them, the rest is read here. Every read is outside a transaction, of the
 * records as they are now.
 */
@Injectable()
export class NoticeFactsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    readonly accounts: AccountRepository,
    readonly invitations: InvitationRepository,
    readonly matters: MatterRepository,
    readonly milestones: MilestoneRepository,
    readonly participants: ParticipantRepository,
    readonly roleTerms: RoleTermRepository,
  ) {}

  action(id: string): Promise<ActionEntity | null> {
    return this.db.getRepository(ActionEntity).findOneBy({ id });
  }

  /** An invitation, withdrawn or not; null when it is gone. */
  invitation(id: string): Promise<MeetingInvitationEntity | null> {
    return this.db.getRepository(MeetingInvitationEntity).findOneBy({ id });
  }

  /** A meeting with its contacts; null when it is gone. */
  meetingWithContacts(milestoneId: string): Promise<MilestoneEntity | null> {
    return this.db
      .getRepository(MilestoneEntity)
      .findOne({ where: { id: milestoneId }, relations: { contacts: true } });
  }

  view(id: string): Promise<ParticipantViewEntity | null> {
    return this.db.getRepository(ParticipantViewEntity).findOneBy({ id });
  }

  /** The participants who have given a view on the matter. */
  async participantsWithViewsOn(matterId: string): Promise<Set<string>> {
    const views = await this.db.getRepository(ParticipantViewEntity).findBy({ matterId });
    return new Set(views.map((view) => view.participantId));
  }

  /**
   * The tier of the option a view is on (null when it is gone), read by table name: the option folder writes to the
   * outbox, so notifications do not import it back.
   */
  async optionTier(optionId: string): Promise<Confidentiality | null> {
    const [row] = await this.db.query<{ confidentiality: Confidentiality }[]>(
      `SELECT confidentiality FROM matter_option WHERE id = $1`,
      [optionId],
    );
    return row?.confidentiality ?? null;
  }

  /** A one-time link with the token its email carries, while it waits (not used, replaced or expired). */
  waitingLink(linkId: string): Promise<OneTimeTokenEntity | null> {
    return this.db
      .getRepository(OneTimeTokenEntity)
      .createQueryBuilder('link')
      .addSelect('link.mailToken')
      .where('link.id = :linkId AND link.used_at IS NULL AND link.expires_at > now()', { linkId })
      .getOne();
  }

  /** The account of a one-time link still waiting for its email at `now`; none otherwise. */
  async accountAwaitingLink(linkId: string, now: Date): Promise<string[]> {
    const rows = await this.db.query<{ account_id: string }[]>(
      `SELECT account_id FROM one_time_token
        WHERE id = $1 AND mail_token IS NOT NULL AND used_at IS NULL AND expires_at > $2`,
      [linkId, now],
    );
    return rows.map((row) => row.account_id);
  }

  /** The accounts with events held for this digest: not yet taken, or taken by this digest's event. */
  async accountsWaitingForDigest(frequency: DigestFrequency, digestEventId: string): Promise<string[]> {
    const rows = await this.db.query<{ account_id: string }[]>(
      `SELECT DISTINCT account_id FROM digest_item
        WHERE frequency = $1 AND (digest_event_id IS NULL OR digest_event_id = $2)`,
      [frequency, digestEventId],
    );
    return rows.map((row) => row.account_id);
  }
}
