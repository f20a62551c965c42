import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EntityNotFoundError, In, type DataSource } from 'typeorm';
import { AccountEntity } from '../auth/account.entity';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import { sqlFile } from '../common/database/sql-file';
import { announceNotificationSql } from './notification.entity';

const CLAIM_EMAILS = sqlFile(__dirname, 'claim-emails.sql');
const MARK_EMAILS_SENT = sqlFile(__dirname, 'mark-emails-sent.sql');
const END_FAILED_CLAIMS = sqlFile(__dirname, 'end-failed-claims.sql');
const FAIL_DELIVERIES = sqlFile(__dirname, 'fail-deliveries.sql');

export type Channel = 'IN_APP' | 'EMAIL';

/** A delivery: unique on (event, account, channel). */
export interface DeliveryKey {
  eventId: string;
  accountId: string;
}

/** An in-app notification to add, with its delivery. */
export interface InAppRow extends DeliveryKey {
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
}

/** One attempt's claim on an email delivery: the token names the attempt. */
export interface EmailClaim extends DeliveryKey {
  token: string;
}

/**
 * What claiming an email delivery found: the claim (token), or the delivery's state when it was not ours: ended
 * (SENT, SKIPPED, FAILED, with the failure's error) or held by another attempt until `heldUntil`.
 */
export interface ClaimRow extends DeliveryKey {
  token: string | null;
  status: string | null;
  heldUntil: Date | null;
  lastError: string | null;
}

/** An attempt's email the mail server did not accept: FAILED for good (permanent), or let go for a retry. */
export interface EmailFailure extends EmailClaim {
  permanent: boolean;
  error: string;
}

/** What a job fails with when its person's account does not exist: the error a read of it by id throws. */
export const accountMissing = (accountId: string): Error =>
  new EntityNotFoundError(AccountEntity, { id: accountId });

const keyOf = (key: DeliveryKey) => `${key.eventId}.${key.accountId}`;
const errorText = (error: string) => error.slice(0, 500);

/**
 * The delivery rows' statements (decisions 0016, 0017, 0043): every change after the fan-out's PENDING row is a
 * claim or is guarded by one, and each statement covers as many deliveries as its caller has.
 */
@Injectable()
export class DeliveryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  event(eventId: string): Promise<OutboxEventEntity> {
    return this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: eventId });
  }

  account(accountId: string): Promise<AccountEntity> {
    return this.db.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
  }

  /** The accounts of these ids that exist, by id. */
  async accounts(ids: string[]): Promise<Map<string, AccountEntity>> {
    const found = await this.db.getRepository(AccountEntity).findBy({ id: In(ids) });
    return new Map(found.map((account) => [account.id, account]));
  }

  /** The types of these events, by id (a failed job's description). */
  async eventTypes(eventIds: string[]): Promise<Map<string, string>> {
    const events = await this.db
      .getRepository(OutboxEventEntity)
      .find({ select: { id: true, type: true }, where: { id: In(eventIds) } });
    return new Map(events.map((event) => [event.id, event.type]));
  }

  /** The email addresses of these accounts, by id (a failed job's description). */
  async emailsOf(accountIds: string[]): Promise<Map<string, string>> {
    const accounts = await this.db
      .getRepository(AccountEntity)
      .find({ select: { id: true, email: true }, where: { id: In(accountIds) } });
    return new Map(accounts.map((account) => [account.id, account.email]));
  }

  /** Everyone an event is owed to (its delivery rows), by id. */
  async accountsOwed(eventId: string): Promise<Map<string, AccountEntity>> {
    const accounts = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .where('account.id IN (SELECT account_id FROM delivery WHERE event_id = :eventId)', { eventId })
      .getMany();
    return new Map(accounts.map((account) => [account.id, account]));
  }

  /** Of these participants, those that gave their view on a matter. */
  async gaveView(matterId: string, participantIds: string[]): Promise<Set<string>> {
    if (participantIds.length === 0) return new Set();
    const views = await this.db
      .getRepository(ParticipantViewEntity)
      .find({ select: { participantId: true }, where: { matterId, participantId: In(participantIds) } });
    return new Set(views.map((view) => view.participantId));
  }

  /** A link's token is kept only until its email is out (decision 29). */
  async forgetMailToken(linkId: string): Promise<void> {
    await this.db.getRepository(OneTimeTokenEntity).update({ id: linkId }, { mailToken: null });
  }

  /**
   * Claims in-app deliveries, adds their notifications and announces them: one statement, so all or nothing.
   * Returns the keys (`event.account`) of those it added; the others were claimed already.
   */
  async addInApp(rows: InAppRow[]): Promise<Set<string>> {
    const added = await this.db.query<{ event_id: string; account_id: string }[]>(
      `WITH input AS (
         SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
           AS i (event_id, account_id, subject, body, link, created_at)
       ), claimed AS (
         INSERT INTO delivery (event_id, account_id, channel, status, attempts)
         SELECT event_id, account_id, 'IN_APP', 'SENT', 1 FROM input
         ON CONFLICT (event_id, account_id, channel) DO UPDATE SET status = 'SENT', attempts = 1, updated_at = now()
           WHERE delivery.status = 'PENDING'
         RETURNING event_id, account_id
       ), added AS (
         INSERT INTO notification (account_id, event_id, subject, body, link, created_at, read_at)
         SELECT account_id, event_id, subject, body, link, created_at, NULL
           FROM input JOIN claimed USING (event_id, account_id)
         RETURNING id, event_id, account_id
       )
       SELECT event_id, account_id, ${announceNotificationSql('id', 'account_id')} FROM added`,
      [
        rows.map((row) => row.eventId),
        rows.map((row) => row.accountId),
        rows.map((row) => row.subject),
        rows.map((row) => row.body),
        rows.map((row) => row.link),
        rows.map((row) => row.createdAt),
      ],
    );
    return new Set(added.map((row) => keyOf({ eventId: row.event_id, accountId: row.account_id })));
  }

  /**
   * Claims email deliveries for `claimMs`: a delivery not yet tried (PENDING), or one whose last claim's deadline
   * has passed. Answers claim by claim, in order.
   */
  async claimEmails(claims: EmailClaim[], claimMs: number): Promise<ClaimRow[]> {
    const rows = await this.db.query<
      {
        event_id: string;
        account_id: string;
        token: string | null;
        status: string | null;
        until: Date | null;
        last_error: string | null;
      }[]
    >(CLAIM_EMAILS, [
      claims.map((claim) => claim.eventId),
      claims.map((claim) => claim.accountId),
      claims.map((claim) => claim.token),
      claimMs,
    ]);
    const byKey = new Map(
      rows.map((row) => [keyOf({ eventId: row.event_id, accountId: row.account_id }), row]),
    );
    return claims.map((claim) => {
      const row = byKey.get(keyOf(claim));
      return {
        eventId: claim.eventId,
        accountId: claim.accountId,
        token: row?.token ?? null,
        // The statement's snapshot may miss a row a concurrent attempt just inserted: no status, held.
        status: row?.token ? 'SENDING' : (row?.status ?? null),
        heldUntil: row?.until ?? null,
        lastError: row?.last_error ?? null,
      };
    });
  }

  /** Marks sent the deliveries whose claim these attempts still hold; a claim taken over meanwhile is left alone. */
  async markEmailsSent(claims: EmailClaim[]): Promise<void> {
    await this.db.query(MARK_EMAILS_SENT, [
      claims.map((claim) => claim.eventId),
      claims.map((claim) => claim.accountId),
      claims.map((claim) => claim.token),
    ]);
  }

  /**
   * Ends the claims of emails the mail server did not accept, under the same claims: a permanent failure FAILED, a
   * transient one let go at once (claim deadline now), for a retry.
   */
  async endFailedClaims(failures: EmailFailure[]): Promise<void> {
    if (failures.length === 0) return;
    await this.db.query(END_FAILED_CLAIMS, [
      failures.map((failure) => failure.eventId),
      failures.map((failure) => failure.accountId),
      failures.map((failure) => failure.token),
      failures.map((failure) => (failure.permanent ? 'FAILED' : 'SENDING')),
      failures.map((failure) => errorText(failure.error)),
    ]);
  }

  /** The mail server accepted this delivery's email: whichever attempt holds the claim, it is sent. */
  async markSentOnceAccepted(key: DeliveryKey): Promise<boolean> {
    const [, count] = (await this.db.query(
      `UPDATE delivery SET status = 'SENT', last_error = NULL, claim_expires_at = NULL, updated_at = now()
        WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL' AND status = 'SENDING'`,
      [key.eventId, key.accountId],
    )) as [unknown, number];
    return count > 0;
  }

  /** Deliveries with nothing to send (their record is gone, or the person already acted) end SKIPPED. */
  async skip(eventId: string, channel: Channel, accountIds: string[]): Promise<void> {
    if (accountIds.length === 0) return;
    await this.db.query(
      `UPDATE delivery SET status = 'SKIPPED', updated_at = now()
        WHERE event_id = $1 AND account_id = ANY($2::uuid[]) AND channel = $3 AND status = 'PENDING'`,
      [eventId, accountIds, channel],
    );
  }

  /**
   * Deliveries whose job used its last attempt (or failed for good) end FAILED with the error, unless an attempt
   * still holds a live claim on one (that attempt ends it).
   */
  async fail(eventId: string, channel: Channel, accountIds: string[], error: string): Promise<void> {
    await this.db.query(FAIL_DELIVERIES, [eventId, accountIds, channel, errorText(error)]);
  }

  /** Deliveries that gave up (FAILED), opened again for a job an administrator sends again. */
  async reopenFailed(eventId: string, channel: Channel, accountIds: string[]): Promise<void> {
    await this.db.query(
      `UPDATE delivery SET status = 'PENDING', updated_at = now()
        WHERE event_id = $1 AND account_id = ANY($2::uuid[]) AND channel = $3 AND status = 'FAILED'`,
      [eventId, accountIds, channel],
    );
  }
}
