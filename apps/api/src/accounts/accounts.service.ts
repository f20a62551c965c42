import { Injectable } from '@nestjs/common';
import { Capacity } from '@prepcom/domain';
import type { Actor } from '../identity/actor';
import { AuthService, type IssuedLink } from '../auth/auth.service';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import type { InviteAccountInput } from '../auth/dto/auth.inputs';
import { OutboxService } from '../events/outbox.service';
import { AccountsRepository } from './accounts.repository';
import { AccountStatus, type ManagedAccount } from './managed-account.type';

/**
 * Managing accounts: listing them, and every one-time link (invitation, reset) made and announced for its email in
 * one transaction, so a link exists exactly when its email is owed (decision 29).
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: AccountsRepository,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
  ) {}

  /** Every account for an administrator; for a Co-Chair, their own delegation's (those they may invite). */
  async list(actor: Actor, now: Date, accountId: string | null = null): Promise<ManagedAccount[]> {
    const ownOnly = actor.capacities.includes(Capacity.ADMINISTRATOR)
      ? null
      : (actor.participant?.id ?? null);
    if (!ownOnly && !actor.capacities.includes(Capacity.ADMINISTRATOR)) return [];
    const rows = await this.accounts.managed(ownOnly, now, accountId);
    const participantIds = [...new Set(rows.map((row) => row.participant_id).filter((id) => id !== null))];
    const participants = new Map(
      (await this.accounts.participants(participantIds)).map((participant) => [participant.id, participant]),
    );
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      accountRole: row.account_role,
      language: row.language,
      participant: row.participant_id ? (participants.get(row.participant_id) ?? null) : null,
      status: row.disabled
        ? AccountStatus.DISABLED
        : row.accepted
          ? AccountStatus.ACTIVE
          : AccountStatus.INVITED,
      lastSignedInAt: row.last_signed_in_at,
      invitationExpiresAt: row.accepted ? null : row.invitation_expires_at,
    }));
  }

  invite(input: InviteAccountInput, inviter: Actor, now: Date): Promise<IssuedLink> {
    return this.announced(now, (tx) => this.auth.invite(tx, input, inviter, now));
  }

  resendInvitation(accountId: string, inviter: Actor, now: Date): Promise<IssuedLink> {
    return this.announced(now, (tx) => this.auth.renewInvitation(tx, accountId, inviter, now));
  }

  passwordResetLink(accountId: string, administrator: Actor, now: Date): Promise<IssuedLink> {
    return this.announced(now, (tx) => this.auth.passwordResetLink(tx, accountId, administrator, now));
  }

  /** Emails a reset link when the address has an enabled account; nothing otherwise, and the caller cannot tell. */
  async requestPasswordReset(email: string, now: Date): Promise<void> {
    await this.announced(now, (tx) => this.auth.requestPasswordReset(tx, email, now));
  }

  async setDisabled(
    accountId: string,
    disable: boolean,
    administrator: Actor,
    now: Date,
  ): Promise<ManagedAccount> {
    await this.unitOfWork.run((tx) => this.auth.setDisabled(tx, accountId, disable, administrator, now));
    const [account] = await this.list(administrator, now, accountId);
    return account!;
  }

  /** Makes a link and owes its email, in one transaction. */
  private announced<T extends IssuedLink | null>(now: Date, make: (tx: Tx) => Promise<T>): Promise<T> {
    return this.unitOfWork.run(async (tx) => {
      const link = await make(tx);
      // The email carries the link itself: owed to its account even when that account asked for it (no actor).
      if (link)
        await this.outbox.emit(tx, now, null, {
          type: 'ACCOUNT_LINK_ISSUED',
          payload: { linkId: link.linkId },
        });
      return link;
    });
  }
}
