import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AccountRole } from '@prepcom/domain';
import { sqlFile } from '../common/database/sql-file';
import { ParticipantEntity } from '../participant/participant.entity';

const MANAGED_ACCOUNTS = sqlFile(__dirname, 'managed-accounts.sql');

/** An account as those who manage accounts see it. */
export interface ManagedAccountRow {
  id: string;
  email: string;
  display_name: string;
  account_role: AccountRole;
  language: string;
  participant_id: string | null;
  disabled: boolean;
  accepted: boolean;
  last_signed_in_at: Date | null;
  invitation_expires_at: Date | null;
}

/** The reads of managing accounts. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By name; only `participantId`'s when given, only `accountId` when given; invitations open at `now`. */
  managed(participantId: string | null, now: Date, accountId: string | null): Promise<ManagedAccountRow[]> {
    return this.db.query<ManagedAccountRow[]>(MANAGED_ACCOUNTS, [participantId, now, accountId]);
  }

  participants(ids: string[]): Promise<ParticipantEntity[]> {
    return this.db.getRepository(ParticipantEntity).findBy({ id: In(ids) });
  }
}
