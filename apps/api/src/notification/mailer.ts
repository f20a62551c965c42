import nodemailer, { type Transporter } from 'nodemailer';

/** An iCalendar object (RFC 5546) sent with an email, such as a meeting invitation. */
export interface CalendarAttachment {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from (event, recipient): a resend after a crash carries the same id, which mail clients collapse. */
  messageId: string;
  calendar?: CalendarAttachment;
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

/** Sends email through the configured SMTP server. */
export class Mailer {
  private readonly transport: Transporter;
  private memory: AcceptedMemory | null = null;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
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

  async send({ calendar, ...email }: Email): Promise<void> {
    if (this.memory?.accepted) return;
    await this.transport.sendMail({
      from: this.from,
      ...email,
      // Both a text/calendar alternative (mail programs show it as an invitation) and an .ics attachment.
      ...(calendar ? { icalEvent: calendar } : {}),
    });
    // Unremembered (Redis away), marking the delivery sent still keeps a retry from sending it again.
    await this.memory?.remember().catch(() => undefined);
  }

  close(): void {
    this.transport.close();
  }
}
