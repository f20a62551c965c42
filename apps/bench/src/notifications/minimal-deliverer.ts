import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { Pool } from 'pg';
import { NOTIFICATION_CHANNEL } from '@prepcom/api/dist/notification/live-inbox.signal';
import type { ReceivedEmail } from './smtp-sink';

/** An in-app notification as the product's worker wrote it. */
export interface InAppRow {
  accountId: string;
  eventId: string;
  subject: string;
  body: string;
  link: string | null;
}

/**
 * R6's baseline: the cheapest delivery a person would write by hand of the same external work as the product's
 * worker. The same in-app rows, announced on the live inbox's channel, written to the same PostgreSQL in batches as
 * large as the worker's concurrency, one statement at a time (as the worker's group commit does); the same emails,
 * byte for byte (as the SMTP sink received them from the worker), over a pooled transport with the worker's options
 * (as many connections as its email concurrency, TCP_NODELAY, messages written whole) to the same loopback server,
 * as many in flight as connections. No queue, no claims, no rendering, no retries: it shares no code with the API's
 * delivery path.
 */
export class MinimalDeliverer {
  private constructor(
    private readonly pool: Pool,
    private readonly transport: Transporter,
    private readonly concurrency: number,
  ) {}

  static start(databaseUrl: string, smtpUrl: string, concurrency: number): MinimalDeliverer {
    const { hostname, port } = new URL(smtpUrl);
    const options: SMTPPool.Options = {
      pool: true,
      host: hostname,
      port: Number(port),
      maxConnections: concurrency,
      maxMessages: 1_000,
      getSocket: (_options, callback) =>
        callback(null, { connection: net.connect({ host: hostname, port: Number(port), noDelay: true }) }),
    };
    return new MinimalDeliverer(
      new Pool({ connectionString: databaseUrl, max: 1 }),
      nodemailer.createTransport(options),
      concurrency,
    );
  }

  /** Writes the rows and sends the emails, both at once, and resolves when all are done. */
  async deliver(rows: InAppRow[], emails: ReceivedEmail[]): Promise<void> {
    await Promise.all([this.writeInApp(rows), this.send(emails)]);
  }

  private async writeInApp(rows: InAppRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += this.concurrency) {
      const batch = rows.slice(start, start + this.concurrency);
      await this.pool.query(
        `WITH added AS (
           INSERT INTO notification (account_id, event_id, subject, body, link, created_at)
           SELECT account_id, event_id, subject, body, link, now()
             FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[])
               AS i (account_id, event_id, subject, body, link)
           RETURNING id, account_id
         )
         SELECT pg_notify($6, json_build_object('notificationId', id, 'accountId', account_id)::text) FROM added`,
        [
          batch.map((row) => row.accountId),
          batch.map((row) => row.eventId),
          batch.map((row) => row.subject),
          batch.map((row) => row.body),
          batch.map((row) => row.link),
          NOTIFICATION_CHANNEL,
        ],
      );
    }
  }

  private async send(emails: ReceivedEmail[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < emails.length) {
        const { from, to, raw } = emails[next++]!;
        await this.transport.sendMail({ envelope: { from, to }, raw });
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, lane));
  }

  async stop(): Promise<void> {
    this.transport.close();
    await this.pool.end();
  }
}
