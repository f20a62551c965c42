import { Injectable } from '@nestjs/common';
import { AccountRole, Capacity, requireLanguage, requireText } from '@prepcom/domain';
import { AppError, assertValid, notFound } from '../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { ParticipantRepository } from '../participant/participant.repository';
import { AccountEntity } from './account.entity';
import { AccountRepository } from './account.repository';
import type { Actor } from '../identity/actor';
import type { InviteAccountInput } from './dto/auth.inputs';
import { linkPath, TokenPurpose } from './one-time-token.entity';
import { OneTimeTokenRepository } from './one-time-token.repository';
import { hashPassword, passwordRule, verifyPassword } from './password';
import { SessionRepository } from './session.repository';
import { hashToken, newToken, SESSION_HOURS } from '../identity/session-token';

const HOUR = 3_600_000;
const LINK_LIFETIME_HOURS: Record<TokenPurpose, number> = { INVITATION: 7 * 24, PASSWORD_RESET: 1 };

/** A link just made: its token appears only in `path`, for whoever made it, and in its email. */
export interface IssuedLink {
  account: AccountEntity;
  linkId: string;
  path: string;
  expiresAt: Date;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  accountId: string;
}

const disabled = (field: string) =>
  new AppError('CONFLICT', 'This account is disabled; enable it first.', { field });

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

/**
 * Whether the inviter may make (or renew) `account`: an administrator any account; anyone else only a delegate of
 * their own participant.
 */
function requireMayAttach(inviter: Actor, account: Pick<AccountEntity, 'participantId' | 'accountRole'>) {
  if (inviter.capacities.includes(Capacity.ADMINISTRATOR)) return;
  const ownDelegate =
    account.accountRole === AccountRole.DELEGATE &&
    account.participantId !== null &&
    account.participantId === inviter.participant?.id;
  if (ownDelegate) return;
  throw new AppError(
    'FORBIDDEN',
    account.accountRole === AccountRole.ADMINISTRATOR
      ? 'Only an administrator can invite an administrator, or renew their invitation.'
      : 'You can invite only delegates of your own delegation: an account speaks for its participant, so an ' +
          'administrator attaches accounts to other participants, once their credentials are checked.',
    { field: account.accountRole === AccountRole.ADMINISTRATOR ? 'accountRole' : 'participantId' },
  );
}

/** Accounts, sessions and one-time links. Tokens leave this service once and are stored only as hashes. */
@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly links: OneTimeTokenRepository,
    private readonly participants: ParticipantRepository,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, now: Date): Promise<NewSession> {
    const account = await this.accounts.byEmail(email);
    const valid = await verifyPassword(
      account?.disabledAt ? null : (account?.passwordHash ?? null),
      password,
    );
    if (!account || !valid)
      throw new AppError('INVALID_CREDENTIALS', WRONG_CREDENTIALS, { field: 'password' });
    return this.openSession(undefined, account.id, now);
  }

  async signOut(sessionId: string | null, now: Date): Promise<void> {
    if (sessionId) await this.sessions.revoke(sessionId, now);
  }

  /**
   * Makes (or renews) an account not yet in use and its invitation link, in the caller's transaction (which also
   * announces the link for its email). Who may attach an account to which participant: an administrator to any,
   * with any role; a Co-Chair only delegates of their own delegation (participantId defaults to it), since an
   * account speaks for its participant with all its powers, and a State's or the support unit's credentials are not
   * the Co-Chairs' to give. Renewing an invitation may not change what an earlier inviter set unless this inviter
   * could have set it; the new link ends every earlier one.
   */
  async invite(tx: Tx, input: InviteAccountInput, inviter: Actor, now: Date): Promise<IssuedLink> {
    const administrator = inviter.capacities.includes(Capacity.ADMINISTRATOR);
    const accountRole = input.accountRole ?? AccountRole.DELEGATE;
    const participantId = input.participantId ?? (administrator ? null : (inviter.participant?.id ?? null));
    requireMayAttach(inviter, { accountRole, participantId });
    assertValid([
      requireText('displayName', input.displayName, 'name'),
      requireLanguage('language', input.language),
    ]);
    if (participantId && !(await this.participants.exists(participantId, tx))) {
      throw notFound('participant', participantId, 'participantId');
    }
    const existing = await this.accounts.lockByEmail(tx, input.email);
    if (existing?.passwordHash) {
      throw new AppError(
        'CONFLICT',
        `${input.email} already has an account; send a password reset instead.`,
        {
          field: 'email',
        },
      );
    }
    // Someone else's pending invitation: renewing it must not take it over.
    if (existing) requireMayAttach(inviter, existing);
    if (existing?.disabledAt) throw disabled('email');
    const before = existing ? { ...existing } : null;
    const account = Object.assign(
      existing ??
        Object.assign(new AccountEntity(), {
          email: input.email.trim(),
          passwordHash: null,
          disabledAt: null,
        }),
      { displayName: input.displayName.trim(), participantId, accountRole },
      input.language ? { language: input.language } : {},
    );
    const saved = await this.audit.save(tx, inviter, now, {
      entity: AccountEntity,
      before,
      after: account,
      processId: null,
      matterId: null,
    });
    return this.issueLink(tx, saved, TokenPurpose.INVITATION, inviter.account?.id ?? null, now);
  }

  /**
   * A new invitation link for a pending account, made as its first was (and by someone who could have made it):
   * the earlier link ends.
   */
  async renewInvitation(tx: Tx, accountId: string, inviter: Actor, now: Date): Promise<IssuedLink> {
    const account = await this.accounts.lockForUpdate(tx, accountId);
    if (account.passwordHash) {
      throw new AppError(
        'CONFLICT',
        'This person has accepted their invitation; send a password reset instead.',
        {
          field: 'accountId',
        },
      );
    }
    return this.invite(
      tx,
      {
        email: account.email,
        displayName: account.displayName,
        participantId: account.participantId ?? undefined,
        accountRole: account.accountRole,
      },
      inviter,
      now,
    );
  }

  /** A reset link for an account, made by an administrator: emailed to its holder, and handed to the administrator. */
  async passwordResetLink(tx: Tx, accountId: string, administrator: Actor, now: Date): Promise<IssuedLink> {
    const account = await this.accounts.lockForUpdate(tx, accountId);
    if (account.disabledAt) throw disabled('accountId');
    return this.issueLink(tx, account, TokenPurpose.PASSWORD_RESET, administrator.account?.id ?? null, now);
  }

  /**
   * A person asks for a reset of their own password: a link for an enabled account with that address, or none. The
   * caller answers the same either way, so it reveals no one.
   */
  async requestPasswordReset(tx: Tx, email: string, now: Date): Promise<IssuedLink | null> {
    // A malformed address is refused whoever's it is: no account is looked up, so the answer reveals none.
    assertValid([requireText('email', email, 'emailAddress')]);
    const account = await this.accounts.lockByEmail(tx, email);
    if (!account || account.disabledAt) return null;
    return this.issueLink(tx, account, TokenPurpose.PASSWORD_RESET, null, now);
  }

  /**
   * Disables or re-enables an account; disabling ends its sessions at once (the trigger of migration 1765200000000)
   * and its unused links. Nobody disables their own account: the last administrator could lock everyone out.
   */
  async setDisabled(
    tx: Tx,
    accountId: string,
    disable: boolean,
    administrator: Actor,
    now: Date,
  ): Promise<AccountEntity> {
    if (disable && administrator.account?.id === accountId) {
      throw new AppError('FORBIDDEN', 'You cannot disable your own account; ask another administrator.', {
        field: 'accountId',
      });
    }
    const account = await this.accounts.lockForUpdate(tx, accountId);
    if (Boolean(account.disabledAt) === disable) return account;
    const before = { ...account };
    account.disabledAt = disable ? now : null;
    if (disable) await this.links.endUnused(tx, account.id, now);
    return this.audit.save(tx, administrator, now, {
      entity: AccountEntity,
      before,
      after: account,
      processId: null,
      matterId: null,
    });
  }

  /**
   * Accepts an invitation or a reset link: sets the password and signs in. The new password ends every other session
   * of the account (a trigger on account.password_hash, migration 1765200000000).
   */
  async setPasswordWithToken(token: string, password: string, now: Date): Promise<NewSession> {
    assertValid([passwordRule(password)]);
    return this.unitOfWork.run(async (tx) => {
      const link = await this.links.lockUsable(tx, hashToken(token), now);
      // A disabled account's links open nothing (disabling ends them; this covers a link made just before).
      const holder = link && (await this.accounts.enabled(link.accountId, tx));
      if (!link || !holder) {
        throw new AppError(
          'BAD_USER_INPUT',
          'This link is not valid any more: it was used already or has expired.',
          {
            field: 'token',
          },
        );
      }
      await this.links.markUsed(tx, link.id, now);
      await this.accounts.setPasswordHash(tx, link.accountId, await hashPassword(password));
      return this.openSession(tx, link.accountId, now);
    });
  }

  async setLanguage(actor: Actor, language: string, now: Date): Promise<void> {
    assertValid([requireLanguage('language', language)]);
    await this.unitOfWork.run(async (tx) => {
      const account = await this.accounts.byId(actor.account!.id, tx);
      const before = { ...account };
      account.language = language;
      await this.audit.save(tx, actor, now, {
        entity: AccountEntity,
        before,
        after: account,
        processId: null,
        matterId: null,
      });
    });
  }

  private async issueLink(
    tx: Tx,
    account: AccountEntity,
    purpose: TokenPurpose,
    createdByAccountId: string | null,
    now: Date,
  ): Promise<IssuedLink> {
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + LINK_LIFETIME_HOURS[purpose] * HOUR);
    // One live link per account: a link left unused would otherwise stay a way in for days (an invitation is a
    // 7-day password reset), whoever now holds the account.
    await this.links.endUnused(tx, account.id, now);
    const linkId = await this.links.insert(tx, {
      tokenHash: hash,
      purpose,
      accountId: account.id,
      createdByAccountId,
      createdAt: now,
      expiresAt,
      usedAt: null,
      mailToken: token,
    });
    return {
      account,
      linkId,
      path: linkPath(purpose, token),
      expiresAt,
    };
  }

  /** Opens a session for the account, in `tx` when given. */
  private async openSession(tx: Tx | undefined, accountId: string, now: Date): Promise<NewSession> {
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR);
    await this.sessions.open({ tokenHash: hash, accountId, createdAt: now, expiresAt, revokedAt: null }, tx);
    return { token, expiresAt, accountId };
  }
}
