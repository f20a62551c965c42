import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { canSee, Confidentiality } from '@prepcom/domain';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { AccountEntity } from '../auth/account.entity';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { storedEvent, type StoredEvent } from '../events/domain-event';
import { InvitationCalendarService } from '../invitation/invitation-calendar.service';
import { isPermanent, type Letter, type Mailer } from './mailer';
import { Batcher } from './batcher';
import { FACTS_FRESH_MS, RecentReads } from '../common/recent-reads';
import { accountMissing, DeliveryRepository, type EmailClaim } from './delivery.repository';
import type { Language, Message } from './messages';
import { NoticeFactsRepository } from './notice-facts.repository';
import { noticeOf, type ReadNotice } from './notices';
import type { DeliverBatchJob, DeliverJob } from './pipeline-jobs';
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

interface EventFacts {
  event: StoredEvent;
  facts: ReadNotice | null;
}

/** What one email's attempt came to. */
type EmailOutcome =
  | { kind: 'SENT' | 'SKIPPED' }
  /** Another attempt holds the delivery's claim until then (null: it has not committed yet). */
  | { kind: 'HELD'; until: Date | null }
  /** The mail server did not accept it: FAILED for good (permanent) or let go for a retry. */
  | { kind: 'NOT_ACCEPTED'; error: Error; permanent: boolean }
  /** The mail server accepted it, but it could not be marked sent (PostgreSQL away). */
  | { kind: 'UNMARKED'; error: Error }
  /** An earlier attempt ended it FAILED, with this error. */
  | { kind: 'GAVE_UP'; error: string };

/** A delivery a batch could not finish, for a job of its own; `retry`: after a failed attempt (so with backoff). */
export interface HandOff {
  job: DeliverJob;
  retry: boolean;
}

/** What a batch did: deliveries sent and skipped, and those handed to jobs of their own. */
export interface BatchOutcome {
  sent: number;
  skipped: number;
  handedOff: HandOff[];
}

/** A person to write to, and what to say: null when there is nothing to send them. */
interface Addressee {
  account: AccountEntity;
  message: Message | null;
}

/**
 * How long accepted emails wait to be marked sent together (decision 0043): each mark is a statement and a commit,
 * and the pool accepts thousands of emails a second; without it a statement marked 3 or 4. An email accepted but not
 * yet marked is the one a crash may send twice (decision 0017): the window grows by this much.
 */
const MARK_GATHER_MS = 10;

const refusal = (error: unknown) => `The mail server refused the message: ${(error as Error).message}`;

/** Runs `work` on every item, at most `limit` at a time. */
async function eachBounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Delivers an event to people on one channel, exactly once in-app and never twice by email: each delivery row,
 * unique on (event, account, channel) and written PENDING by the fan-out, is claimed before anything is sent. A
 * batch job (decision 0043) claims, writes and marks its deliveries together; a delivery job does one, and takes
 * what a batch could not finish, with its own retries.
 */
@Injectable()
export class DeliveryService {
  private readonly recentFacts = new RecentReads<string, EventFacts>(FACTS_FRESH_MS);
  /** The people each event is owed to, read as its facts are: once for the deliveries starting together. */
  private readonly recentRecipients = new RecentReads<string, Map<string, AccountEntity>>(FACTS_FRESH_MS);
  /**
   * Sent emails marked together as they are accepted, across the batches and jobs under way (group commit), gathered
   * for MARK_GATHER_MS before each statement.
   */
  private readonly emailsSent = new Batcher(async (claims: EmailClaim[]) => {
    await this.deliveries.markEmailsSent(claims);
    return claims.map(() => undefined);
  }, MARK_GATHER_MS);
  private readonly claimMs: number;

  constructor(
    private readonly deliveries: DeliveryRepository,
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
      this.deliveries.event(job.eventId),
      this.deliveries.account(job.accountId),
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
      const event = storedEvent(await this.deliveries.event(eventId));
      return { event, facts: await this.facts(event) };
    });
  }

  /**
   * The people deliveries go to: with everyone the event is owed to (its delivery rows), read once as its facts
   * are; those not among them are read by id. An account that does not exist is left out.
   */
  private async recipients(eventId: string, accountIds: string[]): Promise<AccountEntity[]> {
    const owed = await this.recentRecipients.get(eventId, () => this.deliveries.accountsOwed(eventId));
    const missing = accountIds.filter((id) => !owed.has(id));
    const others = missing.length > 0 ? await this.deliveries.accounts(missing) : new Map();
    return accountIds.flatMap((id) => owed.get(id) ?? others.get(id) ?? []);
  }

  /**
   * What each person is told of the event now, in their language: the same message for everyone who reads it in
   * that language. Null for those with nothing to send: the record is gone, has been closed to them since the
   * fan-out (a delayed or retried delivery), or they already acted.
   */
  private async addressees(
    event: StoredEvent,
    facts: ReadNotice | null,
    accounts: AccountEntity[],
    now: Date,
  ): Promise<Addressee[]> {
    if (!facts) return accounts.map((account) => ({ account, message: null }));
    const [clearances, acted] = await Promise.all([
      facts.tier === Confidentiality.PUBLIC
        ? null
        : this.readers.clearancesOf(
            accounts.map((account) => account.id),
            now,
          ),
      this.actedAlready(event, accounts),
    ]);
    const said = new Map<string, Message>();
    const say = (language: Language) => {
      if (!said.has(language)) said.set(language, facts.say(language));
      return said.get(language)!;
    };
    return accounts.map((account, index) => ({
      account,
      message:
        (clearances && !canSee(facts.tier, clearances[index]!)) || acted.has(account.participantId ?? '')
          ? null
          : say(account.language as Language),
    }));
  }

  /** The participants (of these accounts) who gave the view a reminder asks for since it was queued. */
  private async actedAlready(event: StoredEvent, accounts: AccountEntity[]): Promise<Set<string>> {
    if (event.type !== 'REMINDER_VIEW') return new Set();
    const participants = accounts.flatMap((account) => account.participantId ?? []);
    return this.deliveries.gaveView(event.payload.matterId, participants);
  }

  /** One batch job: its people's deliveries of one event on one channel. */
  async deliverBatch(
    batch: DeliverBatchJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<BatchOutcome> {
    const [{ event, facts }, accounts] = await Promise.all([
      this.eventFacts(batch.eventId),
      this.recipients(batch.eventId, batch.accountIds),
    ]);
    const addressees = await this.addressees(event, facts, accounts, now);
    const nothingToSend = addressees.filter((addressee) => !addressee.message);
    const outcome: BatchOutcome = { sent: 0, skipped: nothingToSend.length, handedOff: [] };
    if (batch.channel === 'IN_APP') {
      const written = addressees.filter((addressee) => addressee.message);
      const added = await this.addInApp(batch.eventId, written, now);
      outcome.sent = added.size;
      outcome.skipped += written.length - added.size;
    } else {
      const emailed = await this.sendEmails(event, addressees, mailer, publicUrl, now);
      for (const [index, result] of emailed.entries()) {
        const job = {
          eventId: batch.eventId,
          accountId: addressees[index]!.account.id,
          channel: 'EMAIL' as const,
        };
        if (result.kind === 'SENT') outcome.sent++;
        else if (result.kind === 'SKIPPED') outcome.skipped++;
        else if (result.kind === 'UNMARKED')
          outcome.handedOff.push({ job: { ...job, emailAccepted: true }, retry: false });
        else if (result.kind === 'HELD' || (result.kind === 'NOT_ACCEPTED' && !result.permanent))
          outcome.handedOff.push({ job, retry: true });
        // A refused address (or one an earlier attempt gave up on) is handed on too, to fail for good in a job of
        // its own that administrators see and can send again; a job already there is not added twice.
        else outcome.handedOff.push({ job, retry: false });
      }
    }
    await this.deliveries.skip(
      batch.eventId,
      batch.channel,
      nothingToSend.map((addressee) => addressee.account.id),
    );
    return outcome;
  }

  /** One delivery job: SENT or SKIPPED, or it throws for BullMQ to retry it (or fail it for good). */
  async deliver(
    job: DeliverJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<'SENT' | 'SKIPPED'> {
    const [{ event, facts }, [account]] = await Promise.all([
      this.eventFacts(job.eventId),
      this.recipients(job.eventId, [job.accountId]),
    ]);
    if (!account) throw accountMissing(job.accountId);
    const [addressee] = await this.addressees(event, facts, [account], now);
    if (!addressee!.message) return 'SKIPPED';
    if (job.channel === 'IN_APP')
      return (await this.addInApp(job.eventId, [addressee!], now)).size > 0 ? 'SENT' : 'SKIPPED';
    const [outcome] = await this.sendEmails(event, [addressee!], mailer, publicUrl, now);
    return this.settle(job, outcome!);
  }

  /** A composed message by email, for a job of its own (a digest). */
  async sendEmail(
    job: DeliverJob,
    account: AccountEntity,
    message: Message,
    mailer: Mailer | null,
    publicUrl: string,
  ): Promise<'SENT' | 'SKIPPED'> {
    const event = (await this.eventFacts(job.eventId)).event;
    const [outcome] = await this.sendEmails(event, [{ account, message }], mailer, publicUrl, null);
    return this.settle(job, outcome!);
  }

  /** A job's one email: SENT or SKIPPED, or an error for BullMQ to retry the job (or fail it for good). */
  private async settle(job: DeliverJob, outcome: EmailOutcome): Promise<'SENT' | 'SKIPPED'> {
    switch (outcome.kind) {
      case 'SENT':
      case 'SKIPPED':
        return outcome.kind;
      case 'HELD':
        // This job's own earlier attempt got the email accepted, then could not mark it (PostgreSQL away).
        if (job.emailAccepted) return (await this.deliveries.markSentOnceAccepted(job)) ? 'SENT' : 'SKIPPED';
        throw new Error(
          `Another attempt holds this email's delivery until ${outcome.until?.toISOString() ?? 'it commits'}.`,
        );
      case 'NOT_ACCEPTED':
        // A refused address will be refused again: the job fails for good (kept for administrators to see).
        throw outcome.permanent ? new UnrecoverableError(outcome.error.message) : outcome.error;
      case 'UNMARKED':
        throw outcome.error;
      case 'GAVE_UP':
        // A batch's attempt was refused, or an earlier job's last attempt failed: reported, never sent.
        throw new UnrecoverableError(outcome.error);
    }
  }

  /**
   * Claims in-app deliveries, adds their notifications and announces them, in one statement. Returns the ids of the
   * accounts it added them for; the others were claimed already.
   */
  private async addInApp(eventId: string, addressees: Addressee[], now: Date): Promise<Set<string>> {
    if (addressees.length === 0) return new Set();
    const added = await this.deliveries.addInApp(
      addressees.map(({ account, message }) => ({
        eventId,
        accountId: account.id,
        subject: message!.subject,
        body: message!.body,
        link: message!.link,
        createdAt: now,
      })),
    );
    return new Set(
      addressees
        .filter(({ account }) => added.has(`${eventId}.${account.id}`))
        .map(({ account }) => account.id),
    );
  }

  /**
   * Sends composed messages by email, never twice: the deliveries are claimed first, in one statement (a fencing
   * token and a deadline each), then sent over the mail pool's connections at once, each marked sent by the holder
   * of its claim as the mail server accepts it; those not accepted are let go (or failed for good) in one
   * statement. A job's mailer remembers an accepted email (Mailer.forJob); a batch's does not, and hands on what
   * it could not mark. `now`: when the invitation's .ics is dated, null for messages that carry none (digests).
   */
  private async sendEmails(
    event: StoredEvent,
    addressees: Addressee[],
    mailer: Mailer | null,
    publicUrl: string,
    now: Date | null,
  ): Promise<EmailOutcome[]> {
    const outcomes: EmailOutcome[] = addressees.map(() => ({ kind: 'SKIPPED' }));
    const sending = addressees.flatMap(({ account, message }, index) =>
      message ? [{ account, message, index }] : [],
    );
    if (sending.length === 0) return outcomes;
    if (!mailer) throw new UnrecoverableError('No mail server is configured (SMTP_URL).');
    const claims = await this.deliveries.claimEmails(
      sending.map(({ account }) => ({ eventId: event.id, accountId: account.id, token: randomUUID() })),
      this.claimMs,
    );
    // The same message (one per language) is rendered and built once for everyone it goes to without a calendar.
    const rendered = new Map<Message, { text: string; html: string }>();
    const renderOnce = (message: Message) => {
      if (!rendered.has(message)) rendered.set(message, render(message, publicUrl));
      return rendered.get(message)!;
    };
    const letters = new Map<Message, Promise<Letter>>();
    const letterOnce = (message: Message) => {
      if (!letters.has(message))
        letters.set(message, mailer.letter({ subject: message.subject, ...renderOnce(message) }));
      return letters.get(message)!;
    };
    const notAccepted: (EmailClaim & { permanent: boolean; error: string })[] = [];
    const claimed = sending.flatMap((item, position) => {
      const claim = claims[position]!;
      if (claim.token) return [{ ...item, claim: { ...claim, token: claim.token } }];
      const ended = claim.status === 'SENT' || claim.status === 'SKIPPED';
      outcomes[item.index] = ended
        ? { kind: 'SKIPPED' }
        : claim.status === 'FAILED'
          ? { kind: 'GAVE_UP', error: claim.lastError ?? 'The delivery failed.' }
          : { kind: 'HELD', until: claim.heldUntil };
      return [];
    });
    await eachBounded(claimed, mailer.connections, async ({ account, message, index, claim }) => {
      let remembered: Promise<void>;
      try {
        const calendar =
          now && (await this.invitationCalendars.attachmentFor(event, account, message.body, publicUrl, now));
        ({ remembered } = await mailer.send({
          to: account.email,
          subject: message.subject,
          ...renderOnce(message),
          messageId: `<event-${event.id}.${account.id}@prepcom>`,
          ...(calendar ? { calendar } : { letter: await letterOnce(message) }),
        }));
      } catch (error) {
        const permanent = isPermanent(error);
        const failure = permanent ? new Error(refusal(error)) : (error as Error);
        notAccepted.push({ ...claim, permanent, error: failure.message });
        outcomes[index] = { kind: 'NOT_ACCEPTED', error: failure, permanent };
        return;
      }
      // Marked sent while the job remembers the acceptance, not after: a failure to mark is reported only once the
      // memory is written, which the job's retry then finds.
      const [marked] = await Promise.allSettled([this.emailsSent.add(claim), remembered]);
      outcomes[index] =
        marked.status === 'fulfilled'
          ? { kind: 'SENT' }
          : { kind: 'UNMARKED', error: marked.reason as Error };
    });
    // A refused address ends its delivery; otherwise the claim is let go at once, for the next attempt.
    await this.deliveries.endFailedClaims(notAccepted);
    // A link's token is kept only until its email is out (decision 29).
    if (event.type === 'ACCOUNT_LINK_ISSUED' && outcomes.some((outcome) => outcome.kind === 'SENT'))
      await this.deliveries.forgetMailToken(event.payload.linkId);
    return outcomes;
  }

  /** A delivery with nothing to send ends SKIPPED. */
  skipped(job: DeliverJob): Promise<void> {
    return this.deliveries.skip(job.eventId, job.channel, [job.accountId]);
  }

  /**
   * Deliveries whose job used its last attempt (or failed for good) end FAILED with the error, unless an attempt
   * still holds a live claim on one (that attempt ends it).
   */
  failed(job: DeliverJob | DeliverBatchJob, error: Error): Promise<void> {
    const accountIds = 'accountIds' in job ? job.accountIds : [job.accountId];
    return this.deliveries.fail(job.eventId, job.channel, accountIds, error.message);
  }

  /** What the event's message says, read now, with the tier of what it is about; null when the record is gone. */
  facts(event: StoredEvent): Promise<ReadNotice | null> {
    return noticeOf(event.type).read(event, { records: this.records, snapshots: this.snapshots });
  }
}
