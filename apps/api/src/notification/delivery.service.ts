import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { EntityNotFoundError, In, type DataSource } from 'typeorm';
import { canSee, Confidentiality } from '@prepcom/domain';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { AccountEntity } from '../auth/account.entity';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { storedEvent, type StoredEvent } from '../events/domain-event';
import { InvitationCalendarService } from '../invitation/invitation-calendar.service';
import { ParticipantViewEntity } from '../view/view.entity';
import { isPermanent, type Mailer } from './mailer';
import { Batcher } from './batcher';
import { FACTS_FRESH_MS, RecentReads } from '../common/recent-reads';
import { announceNotificationSql } from './live-inbox.signal';
import type { Language, Message } from './messages';
import { NoticeFactsRepository } from './notice-facts.repository';
import { noticeOf, type ReadNotice } from './notices';
import type { DeliverJob } from './pipeline-jobs';
import { RecipientsService } from './recipients.service';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The email's text and HTML: the body, its sections as lists, and the link back to the dashboard. */
function render(message: Message, publicUrl: string): { text: string; html: string } {
  const url = (link: string | null) => (link ? `${publicUrl}${link}` : publicUrl);
  const sections = message.sections ?? [];
  const text = [
    message.body,
    ...sections.map(
      (section) =>
        `${section.heading}\n${section.lines.map((line) => `- ${line.text}${line.link ? ` <${url(line.link)}>` : ''}`).join('\n')}`,
    ),
    url(message.link),
  ].join('\n\n');
  const anchor = (label: string, link: string | null) =>
    `<a href="${escapeHtml(url(link))}">${escapeHtml(label)}</a>`;
  const html = [
    `<p>${escapeHtml(message.body)}</p>`,
    ...sections.map(
      (section) =>
        `<h3>${escapeHtml(section.heading)}</h3><ul>${section.lines
          .map((line) => `<li>${line.link ? anchor(line.text, line.link) : escapeHtml(line.text)}</li>`)
          .join('')}</ul>`,
    ),
    `<p>${anchor(url(message.link), message.link)}</p>`,
  ].join('');
  return { text: `${text}\n`, html };
}

interface InApp {
  job: DeliverJob;
  message: Message;
  now: Date;
}

/** One attempt's claim on an email delivery: the token names the attempt. */
interface EmailClaim {
  job: DeliverJob;
  token: string;
}

/** The claim is ours (token); or the delivery ended (done); or another attempt holds it until `heldUntil`. */
interface ClaimOutcome {
  done: boolean;
  token: string | null;
  heldUntil?: Date | null;
}

interface EventFacts {
  event: StoredEvent;
  facts: ReadNotice | null;
}

/**
 * Delivers one event to one person on one channel, exactly once in-app and never twice by email: the delivery row,
 * unique on (event, account, channel) and written PENDING by the fan-out, is claimed before anything is sent.
 */
@Injectable()
export class DeliveryService {
  private readonly recentFacts = new RecentReads<string, EventFacts>(FACTS_FRESH_MS);
  /** The people each event is owed to, read as its facts are: once for the deliveries starting together. */
  private readonly recentRecipients = new RecentReads<string, Map<string, AccountEntity>>(FACTS_FRESH_MS);
  private readonly inAppBatches = new Batcher((deliveries: InApp[]) => this.inApp(deliveries));
  private readonly emailClaims = new Batcher((claims: EmailClaim[]) => this.claimEmails(claims));
  private readonly emailsSent = new Batcher((claims: EmailClaim[]) => this.markEmailsSent(claims));
  private readonly claimMs: number;
  /** The people concurrent jobs deliver to, read together. */
  private readonly accountBatches = new Batcher(async (ids: string[]) => {
    const found = new Map(
      (await this.db.getRepository(AccountEntity).findBy({ id: In(ids) })).map((account) => [
        account.id,
        account,
      ]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });

  /** Concurrent jobs' recipients' clearances, read together (one check that accounts and terms are unchanged). */
  private readonly clearanceBatches = new Batcher(async (items: { accountId: string; now: Date }[]) =>
    this.readers.clearancesOf(
      items.map((item) => item.accountId),
      items[0]!.now,
    ),
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitationCalendars: InvitationCalendarService,
    private readonly readers: RecipientsService,
    private readonly snapshots: SnapshotRepository,
    private readonly records: NoticeFactsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.claimMs = config.deliveryClaimMs;
  }

  /** The event a job delivers and the person it goes to. */
  async load(job: DeliverJob): Promise<{ event: StoredEvent; account: AccountEntity }> {
    const [event, account] = await Promise.all([
      this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: job.eventId }),
      this.db.getRepository(AccountEntity).findOneByOrFail({ id: job.accountId }),
    ]);
    return { event: storedEvent(event), account };
  }

  /**
   * An event with its facts, read once for the deliveries that start within FACTS_FRESH_MS of the first: a fan-out
   * queues all of an event's deliveries at once. Such a delivery uses texts as read up to that long before, as if it
   * had run then.
   */
  private eventFacts(eventId: string): Promise<EventFacts> {
    return this.recentFacts.get(eventId, async () => {
      const event = storedEvent(
        await this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: eventId }),
      );
      return { event, facts: await this.facts(event) };
    });
  }

  /**
   * The person a delivery goes to: with everyone the event is owed to (its delivery rows), read once as its facts
   * are, instead of one statement per batch of deliveries; alone when not among them.
   */
  private async recipient(job: DeliverJob): Promise<AccountEntity | null> {
    const owed = await this.recentRecipients.get(job.eventId, async () => {
      const accounts = await this.db
        .getRepository(AccountEntity)
        .createQueryBuilder('account')
        .where('account.id IN (SELECT account_id FROM delivery WHERE event_id = :eventId)', {
          eventId: job.eventId,
        })
        .getMany();
      return new Map(accounts.map((account) => [account.id, account]));
    });
    return owed.get(job.accountId) ?? this.accountBatches.add(job.accountId);
  }

  async deliver(
    job: DeliverJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<'SENT' | 'SKIPPED'> {
    const [{ event, facts }, account] = await Promise.all([
      this.eventFacts(job.eventId),
      this.recipient(job),
    ]);
    if (!account) throw new EntityNotFoundError(AccountEntity, { id: job.accountId });
    // Recipients were chosen when the event was fanned out; the record may have been closed to them since (a
    // delayed or retried delivery), so their clearance is checked again against what the message would say now.
    if (!facts || !(await this.mayRead(account.id, facts.tier, now))) return 'SKIPPED';
    if (await this.alreadyActed(event, account)) return 'SKIPPED';
    const message = facts.say(account.language as Language);
    if (job.channel === 'EMAIL') {
      message.calendar = await this.invitationCalendars.attachmentFor(
        event,
        account,
        message.body,
        publicUrl,
        now,
      );
    }
    if (job.channel === 'IN_APP') return this.inAppBatches.add({ job, message, now });
    const sent = await this.sendEmail(job, account, message, mailer, publicUrl);
    // A link's token is kept only until its email is out (decision 29).
    if (event.type === 'ACCOUNT_LINK_ISSUED') {
      await this.db
        .getRepository(OneTimeTokenEntity)
        .update({ id: event.payload.linkId }, { mailToken: null });
    }
    return sent;
  }

  /**
   * Claims in-app deliveries, adds their notifications and announces them: one statement, so all or nothing, for
   * the deliveries of all the jobs that wait on it (Batcher). Each answers SENT, or SKIPPED when already claimed.
   */
  private async inApp(deliveries: InApp[]): Promise<('SENT' | 'SKIPPED')[]> {
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
        deliveries.map(({ job }) => job.eventId),
        deliveries.map(({ job }) => job.accountId),
        deliveries.map(({ message }) => message.subject),
        deliveries.map(({ message }) => message.body),
        deliveries.map(({ message }) => message.link),
        deliveries.map(({ now }) => now),
      ],
    );
    const sent = new Set(added.map((row) => `${row.event_id}.${row.account_id}`));
    return deliveries.map(({ job }) => (sent.has(`${job.eventId}.${job.accountId}`) ? 'SENT' : 'SKIPPED'));
  }

  /** Whether an account may read a record of `tier` today; everyone may read what is public. */
  private async mayRead(accountId: string, tier: Confidentiality, now: Date): Promise<boolean> {
    if (tier === Confidentiality.PUBLIC) return true;
    return canSee(tier, await this.clearanceBatches.add({ accountId, now }));
  }

  /**
   * Sends a composed message by email, once: the delivery is claimed first (a fencing token and a deadline), then
   * marked sent by the holder of that claim only. A claim another attempt holds is waited out: this attempt fails
   * and is retried, and takes the delivery over only once the claim's deadline has passed.
   */
  async sendEmail(
    job: DeliverJob,
    account: AccountEntity,
    message: Message,
    mailer: Mailer | null,
    publicUrl: string,
  ): Promise<'SENT' | 'SKIPPED'> {
    if (!mailer) throw new UnrecoverableError('No mail server is configured (SMTP_URL).');
    const claim = await this.emailClaims.add({ job, token: randomUUID() });
    if (claim.done) return 'SKIPPED';
    if (!claim.token) {
      // This job's own earlier attempt got the email accepted, then could not mark it (PostgreSQL away).
      if (job.emailAccepted) return (await this.markSentOnceAccepted(job)) ? 'SENT' : 'SKIPPED';
      throw new Error(
        `Another attempt holds this email's delivery until ${claim.heldUntil?.toISOString() ?? 'it commits'}.`,
      );
    }
    let remembered: Promise<void>;
    try {
      ({ remembered } = await mailer.send({
        to: account.email,
        subject: message.subject,
        ...render(message, publicUrl),
        messageId: `<event-${job.eventId}.${job.accountId}@prepcom>`,
        calendar: message.calendar,
      }));
    } catch (error) {
      const permanent = isPermanent(error);
      // A refused address ends the delivery; otherwise the claim is let go at once, for this job's next attempt.
      await this.db.query(
        `UPDATE delivery SET status = $5, last_error = $6, claim_expires_at = now(), updated_at = now()
          WHERE event_id = $1 AND account_id = $2 AND channel = $3 AND status = 'SENDING' AND claim_token = $4`,
        [
          job.eventId,
          job.accountId,
          'EMAIL',
          claim.token,
          permanent ? 'FAILED' : 'SENDING',
          String((error as Error).message).slice(0, 500),
        ],
      );
      // A refused address will be refused again: fail the job for good (kept for administrators to see).
      if (permanent)
        throw new UnrecoverableError(`The mail server refused the message: ${(error as Error).message}`);
      throw error;
    }
    // Marked sent while the job remembers the acceptance, not after: a round trip less per email. A failure to mark
    // is thrown only once the memory is written, which the retry then finds.
    const [marked] = await Promise.allSettled([this.emailsSent.add({ job, token: claim.token }), remembered]);
    if (marked.status === 'rejected') throw marked.reason;
    return 'SENT';
  }

  /**
   * Claims email deliveries: a delivery not yet tried (PENDING), or one whose last claim's deadline has passed. A
   * delivery that ended (SENT, SKIPPED, FAILED) is done; one under a live claim is held until that claim's deadline.
   */
  private async claimEmails(claims: EmailClaim[]): Promise<ClaimOutcome[]> {
    const rows = await this.db.query<
      {
        event_id: string;
        account_id: string;
        token: string | null;
        status: string | null;
        until: Date | null;
      }[]
    >(
      `WITH input AS (
         SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[]) AS i (event_id, account_id, token)
       ), claimed AS (
         INSERT INTO delivery (event_id, account_id, channel, status, attempts, claim_token, claim_expires_at)
         SELECT event_id, account_id, 'EMAIL', 'SENDING', 1, token, now() + $4 * interval '1 millisecond' FROM input
         ON CONFLICT (event_id, account_id, channel) DO UPDATE
           SET status = 'SENDING', attempts = delivery.attempts + 1, claim_token = EXCLUDED.claim_token,
               claim_expires_at = EXCLUDED.claim_expires_at, updated_at = now()
           WHERE delivery.status = 'PENDING'
              OR (delivery.status = 'SENDING' AND coalesce(delivery.claim_expires_at, '-infinity') <= now())
         RETURNING event_id, account_id, claim_token
       )
       SELECT i.event_id, i.account_id, c.claim_token AS token, d.status, d.claim_expires_at AS until
         FROM input i
         LEFT JOIN claimed c USING (event_id, account_id)
         LEFT JOIN delivery d ON d.event_id = i.event_id AND d.account_id = i.account_id AND d.channel = 'EMAIL'`,
      [
        claims.map(({ job }) => job.eventId),
        claims.map(({ job }) => job.accountId),
        claims.map(({ token }) => token),
        this.claimMs,
      ],
    );
    const byPair = new Map(rows.map((row) => [`${row.event_id}.${row.account_id}`, row]));
    return claims.map(({ job }) => {
      const row = byPair.get(`${job.eventId}.${job.accountId}`);
      if (row?.token) return { done: false, token: row.token };
      // The statement's snapshot may miss a row a concurrent attempt just inserted: held, tried again later.
      const done = row?.status === 'SENT' || row?.status === 'SKIPPED' || row?.status === 'FAILED';
      return { done, token: null, heldUntil: row?.until ?? null };
    });
  }

  /** Marks sent the deliveries whose claim these attempts still hold; a claim taken over meanwhile is left alone. */
  private async markEmailsSent(claims: EmailClaim[]): Promise<void[]> {
    await this.db.query(
      `UPDATE delivery SET status = 'SENT', last_error = NULL, claim_expires_at = NULL, updated_at = now()
         FROM unnest($1::bigint[], $2::uuid[], $3::uuid[]) AS i (event_id, account_id, token)
        WHERE delivery.event_id = i.event_id AND delivery.account_id = i.account_id AND channel = 'EMAIL'
          AND delivery.status = 'SENDING' AND delivery.claim_token = i.token`,
      [
        claims.map(({ job }) => job.eventId),
        claims.map(({ job }) => job.accountId),
        claims.map(({ token }) => token),
      ],
    );
    return claims.map(() => undefined);
  }

  /** The mail server accepted this job's email: whichever attempt holds the claim, the delivery is sent. */
  private async markSentOnceAccepted(job: DeliverJob): Promise<boolean> {
    const [, count] = (await this.db.query(
      `UPDATE delivery SET status = 'SENT', last_error = NULL, claim_expires_at = NULL, updated_at = now()
        WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL' AND status = 'SENDING'`,
      [job.eventId, job.accountId],
    )) as [unknown, number];
    return count > 0;
  }

  /** A delivery with nothing to send (its record is gone, or the person already acted) ends SKIPPED. */
  async skipped(job: DeliverJob): Promise<void> {
    await this.db.query(
      `UPDATE delivery SET status = 'SKIPPED', updated_at = now()
        WHERE event_id = $1 AND account_id = $2 AND channel = $3 AND status = 'PENDING'`,
      [job.eventId, job.accountId, job.channel],
    );
  }

  /**
   * A delivery whose job used its last attempt (or failed for good) ends FAILED with the error, unless an attempt
   * still holds a live claim on it (that attempt ends it).
   */
  async failed(job: DeliverJob, error: Error): Promise<void> {
    await this.db.query(
      `UPDATE delivery SET status = 'FAILED', last_error = $4, claim_expires_at = NULL, updated_at = now()
        WHERE event_id = $1 AND account_id = $2 AND channel = $3
          AND (status = 'PENDING'
               OR (status = 'SENDING' AND coalesce(claim_expires_at, '-infinity') <= now()))`,
      [job.eventId, job.accountId, job.channel, String(error.message).slice(0, 500)],
    );
  }

  /** A State that gave its view after the reminder was queued is not reminded of it. */
  private async alreadyActed(event: StoredEvent, account: AccountEntity): Promise<boolean> {
    if (event.type !== 'REMINDER_VIEW' || !account.participantId) return false;
    return this.db
      .getRepository(ParticipantViewEntity)
      .existsBy({ matterId: event.payload.matterId, participantId: account.participantId });
  }

  /** What the event's message says, read now, with the tier of what it is about; null when the record is gone. */
  facts(event: StoredEvent): Promise<ReadNotice | null> {
    return noticeOf(event.type).read(event, { records: this.records, snapshots: this.snapshots });
  }
}
