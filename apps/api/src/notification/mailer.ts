import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { CalendarAttachment } from '../calendar/ics';

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from (event, recipient): a resend after a crash carries the same id, which mail clients collapse. */
  messageId: string;
  calendar?: CalendarAttachment;
  /** The same message already built for others (Mailer.letter): only this email's To and Message-ID are set. */
  letter?: Letter;
}

const TO_PLACEHOLDER = 'recipient@placeholder.invalid';
const ID_PLACEHOLDER = '<message@placeholder.invalid>';
/** Header values a built message can take as they are: printable ASCII, short enough never to be folded. */
const PLAIN_HEADER = /^[\x21-\x7e]{1,60}$/;

/**
 * One message built for many people: building an email's MIME (encoding its text and HTML) costs more CPU than
 * sending it, and only its To and Message-ID headers differ between the people it goes to.
 */
export class Letter {
  private readonly head: string;
  private readonly body: string;

  constructor(
    raw: string,
    /** The envelope's sender: the address of the From header. */
    private readonly sender: string | false,
  ) {
    const end = raw.indexOf('\r\n\r\n');
    this.head = raw.slice(0, end);
    this.body = raw.slice(end);
  }

  /** The message as `to` gets it, or null when their address or id must be encoded (then built whole). */
  for(
    to: string,
    messageId: string,
  ): { envelope: { from: string | false; to: string[] }; raw: Buffer } | null {
    if (!PLAIN_HEADER.test(to) || !PLAIN_HEADER.test(messageId)) return null;
    const head = this.head
      .replace(`\r\nTo: ${TO_PLACEHOLDER}`, `\r\nTo: ${to}`)
      .replace(`\r\nMessage-ID: ${ID_PLACEHOLDER}`, `\r\nMessage-ID: ${messageId}`);
    return { envelope: { from: this.sender, to: [to] }, raw: Buffer.from(head + this.body, 'latin1') };
  }
}

/** An SMTP answer that will not change on retry (5xx, a refused address), as opposed to a busy server. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

/** What a queued job remembers across its attempts (with the job, in Redis): that its email was accepted. */
export interface AcceptedMemory {
  accepted: boolean;
  remember(): Promise<void>;
}

/**
 * Sends email through the configured SMTP server, over a pool of connections kept open: a new connection waits for
 * the server's greeting (often 100 ms or more), which per email would cap a worker at a few emails a second.
 */
export class Mailer {
  private readonly transport: Transporter;
  private memory: AcceptedMemory | null = null;

  /** `connections`: at most this many messages in flight, one per connection (the worker's concurrency). */
  constructor(
    smtpUrl: string,
    private readonly from: string,
    readonly connections: number,
  ) {
    // maxRequeues is not in @types/nodemailer.
    const options: SMTPPool.Options & { maxRequeues: number } = {
      pool: true,
      maxConnections: connections,
      // Servers limit messages per connection; reconnecting now and then is cheap.
      maxMessages: 1_000,
      // A message whose connection closed under it fails its attempt, retried (and counted) by the job, rather than
      // resent behind its back by the pool.
      maxRequeues: 0,
      // A server that stops answering fails the attempt, which the job retries (nodemailer waits minutes by default).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      // SMTP_URL's query may set any of these otherwise.
      ...parseConnectionUrl(smtpUrl),
      // Without TCP_NODELAY, the end of a message's data waits for the server's delayed ACK: 40 ms per email on
      // Linux. Handed over connecting, the socket is nodemailer's from there (errors, greeting timeout); smtps://
      // (TLS from the first byte) connects as nodemailer does by default.
      getSocket: ({ host, port, secure }, callback) =>
        callback(
          null,
          secure ? false : { connection: net.connect({ host, port: port || 587, noDelay: true }) },
        ),
    };
    this.transport = nodemailer.createTransport(options);
  }

  /**
   * This mailer for one job's attempts: once the mail server has accepted the message, the job remembers it, so
   * an attempt that fails afterwards (PostgreSQL away while the delivery is marked sent) does not send it again.
   */
  forJob(memory: AcceptedMemory): Mailer {
    const mailer = Object.create(this) as Mailer;
    mailer.memory = memory;
    return mailer;
  }

  /**
   * Resolves once the mail server has accepted the message, with the job's remembering it still under way: the
   * caller marks the delivery sent meanwhile (either keeps a retry from sending it again) and awaits both.
   */
  async send({ calendar, letter, ...email }: Email): Promise<{ remembered: Promise<void> }> {
    if (this.memory?.accepted) return { remembered: Promise.resolve() };
    const built = letter?.for(email.to, email.messageId);
    const message = built
      ? null
      : new MailComposer({
          from: this.from,
          ...email,
          // Both a text/calendar alternative (mail programs show it as an invitation) and an .ics attachment.
          ...(calendar ? { icalEvent: calendar } : {}),
        }).compile();
    // Built whole before it is sent: streamed, each of its parts would go out in a TCP packet of its own. Given the
    // Message-ID the raw message carries, nodemailer does not draw one at random for each email (it never sends it).
    const { messageId } = email;
    await this.transport.sendMail(
      message
        ? { envelope: message.getEnvelope(), raw: await message.build(), messageId }
        : { ...built!, messageId },
    );
    // Unremembered (Redis away), marking the delivery sent still keeps a retry from sending it again.
    return { remembered: this.memory?.remember().catch(() => undefined) ?? Promise.resolve() };
  }

  /** A message without a calendar built once, for the people it goes to alike (Email.letter). */
  async letter(content: Pick<Email, 'subject' | 'text' | 'html'>): Promise<Letter> {
    const message = new MailComposer({
      from: this.from,
      ...content,
      to: TO_PLACEHOLDER,
      messageId: ID_PLACEHOLDER,
    }).compile();
    return new Letter((await message.build()).toString('latin1'), message.getEnvelope().from);
  }

  close(): void {
    this.transport.close();
  }
}
