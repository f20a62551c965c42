import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@prepcom/api/dist/config/app-config';
import { DeliveryService } from '@prepcom/api/dist/notification/delivery.service';
import { DigestService } from '@prepcom/api/dist/notification/digest.service';
import { HealthWatchService } from '@prepcom/api/dist/notification/health-watch.service';
import { NotificationPipeline } from '@prepcom/api/dist/notification/pipeline';
import { JOB, type DeliverBatchJob, type DeliverJob } from '@prepcom/api/dist/notification/pipeline-jobs';
import { PreferencesService } from '@prepcom/api/dist/notification/preferences.service';
import { RecipientsService } from '@prepcom/api/dist/notification/recipients.service';
import { ReminderSweepService } from '@prepcom/api/dist/notification/reminder-sweep.service';
import { WorkerModule } from '@prepcom/api/dist/worker/worker.module';
import type { InAppRow, MinimalDeliverer } from './minimal-deliverer';
import type { ReceivedEmail, SmtpSink } from './smtp-sink';

/** The worker's own concurrency (NotificationPipeline's default), given to the fan-out and the no-op worker too. */
export const CONCURRENCY = 8;
const NOOP_QUEUE = 'bench-noop';
/** R5's baseline queues: the pipeline's two (fan-outs and in-app deliveries, emails), for BullMQ alone. */
const RAW_QUEUES = ['bench-raw', 'bench-raw-emails'] as const;
const DELIVERY_TIMEOUT_MS = 180_000;
/** A meeting of the States Parties: 144 of them invited, about 500 people (3 or 4 delegates each). */
export const INVITED_STATES_PARTIES = 144;

export interface Timed {
  jobs: number;
  seconds: number;
}

interface BulkJob {
  name: string;
  data: unknown;
  opts: JobsOptions;
}

/**
 * The work a relay and fan-out queued, as one job per delivery would queue it (decision 0043 put a batch of up to
 * DELIVERY_BATCH people in each job): the relay's batch of fan-out jobs, then each event's deliveries for each queue
 * (in-app on the main one, emails on theirs), a job each, with the options the pipeline gave its batch jobs.
 */
export interface QueuedDeliveries {
  relay: BulkJob[];
  events: { inApp: BulkJob[]; emails: BulkJob[] }[];
}

/** A job read back from Redis as it was added (BullMQ keeps its id apart from its options). */
const asAdded = (job: Job): BulkJob => ({
  name: job.name,
  data: job.data as unknown,
  opts: { ...job.opts, jobId: job.id },
});

/** A batch job's deliveries as the pipeline queued them before decision 0043: a `deliver` job each, same options. */
const oneJobPerDelivery = (batch: Job<DeliverBatchJob>): BulkJob[] => {
  const { eventId, channel, accountIds, trace } = batch.data;
  return accountIds.map((accountId) => ({
    name: JOB.DELIVER,
    data: { eventId, accountId, channel, trace } satisfies DeliverJob,
    opts: { ...batch.opts, jobId: `deliver-${eventId}-${accountId}-${channel}` },
  }));
};

const deliveriesIn = (batches: Job<DeliverBatchJob>[]) =>
  batches.reduce((sum, batch) => sum + batch.data.accountIds.length, 0);

async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

const noopJobs = (count: number) =>
  Array.from({ length: count }, () => ({ name: 'noop', data: {}, opts: {} as JobsOptions }));

const seconds = (since: number) => (performance.now() - since) / 1000;

/** New outbox rows announcing a status change of as many public matters: everyone hears of them, in-app and by email. */
async function matterEvents(db: DataSource, processId: string, count: number): Promise<string[]> {
  const rows = await db.query<{ id: string }[]>(
    `INSERT INTO outbox_event (type, payload, occurred_at)
     SELECT 'MATTER_STATUS_CHANGED',
            jsonb_build_object('matterId', id, 'from', 'IDENTIFIED', 'to', 'OPTIONS_DEVELOPING'), now()
       FROM (SELECT id FROM matter WHERE process_id = $1 AND confidentiality = 'PUBLIC' ORDER BY title LIMIT $2) m
     RETURNING id`,
    [processId, count],
  );
  return rows.map((row) => String(row.id));
}

/**
 * R5 and R6. The pipeline's arms run the API's own code: `NotificationPipeline` over the worker's Nest context for
 * the relay and fan-out, the worker process (processes/worker-process.ts) for deliveries. The baselines are BullMQ
 * alone, on a queue of their own under the same Redis key prefix.
 */
export class NotificationBench {
  private noopWorker: Worker | null = null;
  private readonly connections: IORedis[] = [];
  /** The events of R5's rounds, one list per round. */
  private readonly fanOutEvents: string[][] = [];

  private constructor(
    private readonly context: { close(): Promise<void> },
    private readonly db: DataSource,
    private readonly pipeline: NotificationPipeline,
    private readonly noop: Queue,
    private readonly raw: readonly [Queue, Queue],
    private readonly config: AppConfig,
    private readonly processId: string,
    /** R6's events (matterEvents), fanned out afresh in each of its rounds; R5 makes new ones for each round. */
    readonly eventIds: string[],
  ) {}

  static async start(config: AppConfig, databaseUrl: string, processId: string, events: number) {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
      logger: false,
    });
    const db = context.get(DataSource);
    const pipeline = new NotificationPipeline(config, WorkerModule.pipelineRepositories(context), {
      recipients: context.get(RecipientsService),
      preferences: context.get(PreferencesService),
      deliveries: context.get(DeliveryService),
      digests: context.get(DigestService),
      reminders: context.get(ReminderSweepService),
      health: context.get(HealthWatchService),
    });
    const eventIds = await matterEvents(db, processId, events);
    // R6 fans them out itself: the relay of R5's rounds leaves them alone.
    await db.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1)`, [eventIds]);
    const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
    const queue = (name: string) => new Queue(name, { connection, prefix: config.queuePrefix });
    const bench = new NotificationBench(
      context,
      db,
      pipeline,
      queue(NOOP_QUEUE),
      [queue(RAW_QUEUES[0]), queue(RAW_QUEUES[1])],
      config,
      processId,
      eventIds,
    );
    bench.connections.push(connection);
    return bench;
  }

  private async queuedJobs(...queues: Queue[]): Promise<number> {
    let total = 0;
    for (const queue of queues) {
      const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active');
      total += Object.values(counts).reduce((sum, count) => sum + count, 0);
    }
    return total;
  }

  /** Runs `work` on the pipeline's queues (in-app and sweeps, emails). */
  private async eachQueue(work: (queue: Queue) => Promise<unknown>): Promise<void> {
    for (const queue of this.pipeline.queues) await work(queue);
  }

  /**
   * R5's arm A: new outbox rows, as many as `eventIds`, relayed to fan-out jobs (relayOnce until none is left), then
   * every event fanned out, CONCURRENCY at a time as the worker would: each delivery owed recorded PENDING and
   * queued in a batch job. Counts deliveries, checked in both stores. Each round has events of its own, as
   * production does: rows and index entries written for the same keys again and again would cost PostgreSQL more
   * with every round. Nothing consumes the queue here.
   */
  async fanOut(): Promise<Timed> {
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    const eventIds = await matterEvents(this.db, this.processId, this.eventIds.length);
    this.fanOutEvents.push(eventIds);
    const started = performance.now();
    let relayed = 0;
    for (let batch = await this.pipeline.relayOnce(); batch > 0; batch = await this.pipeline.relayOnce()) {
      relayed += batch;
    }
    await inParallel(eventIds, CONCURRENCY, (eventId) => this.pipeline.fanOut({ eventId }));
    const time = seconds(started);
    if (relayed !== eventIds.length) throw new Error(`Relayed ${relayed} of ${eventIds.length} events.`);
    const [owed] = await this.db.query<{ count: string }[]>(
      `SELECT count(*) FROM delivery WHERE event_id = ANY($1) AND status = 'PENDING'`,
      [eventIds],
    );
    const deliveries = Number(owed!.count);
    const queued = deliveriesIn(await this.batchJobs());
    if (deliveries === 0 || queued !== deliveries)
      throw new Error(`Fan-out recorded ${deliveries} deliveries and queued ${queued}.`);
    return { jobs: deliveries, seconds: time };
  }

  /** The batch jobs waiting in the pipeline's queues, in-app ones then emails. */
  private async batchJobs(): Promise<Job<DeliverBatchJob>[]> {
    const waiting = await Promise.all(this.pipeline.queues.map((queue) => queue.getJobs(['wait'])));
    return waiting.flat().filter((job): job is Job<DeliverBatchJob> => job.name === JOB.DELIVER_BATCH);
  }

  /** What the last `fanOut` queued, a job per delivery, for the raw arms to add (see QueuedDeliveries). */
  async queuedDeliveries(): Promise<QueuedDeliveries> {
    const [main] = this.pipeline.queues;
    const relay = (await main!.getJobs(['wait'])).filter((job) => job.name === JOB.FAN_OUT).map(asAdded);
    const batches = await this.batchJobs();
    const ofEvent = (eventId: string, channel: DeliverJob['channel']) =>
      batches
        .filter((batch) => batch.data.eventId === eventId && batch.data.channel === channel)
        .flatMap(oneJobPerDelivery);
    return {
      relay,
      events: this.fanOutEvents.at(-1)!.map((eventId) => ({
        inApp: ofEvent(eventId, 'IN_APP'),
        emails: ofEvent(eventId, 'EMAIL'),
      })),
    };
  }

  /**
   * R5's arm B: BullMQ alone adding a job per delivery (names, data, ids, retries, retention as the pipeline gave
   * them before decision 0043) to two queues of its own, in the batches the pipeline then used and with the same
   * parallelism: the relay's batch, then each event's two batches at once, CONCURRENCY events at a time. Only the
   * pipeline's own work (reads, choices, rows) is left out. Counts the deliveries queued.
   */
  async rawAddBulk(work: QueuedDeliveries): Promise<Timed> {
    const [main, emails] = this.raw;
    await Promise.all(this.raw.map((queue) => queue.obliterate({ force: true })));
    const started = performance.now();
    await main.addBulk(work.relay);
    await inParallel(work.events, CONCURRENCY, (event) =>
      Promise.all([main.addBulk(event.inApp), emails.addBulk(event.emails)]),
    );
    const time = seconds(started);
    return { jobs: (await this.queuedJobs(...this.raw)) - work.relay.length, seconds: time };
  }

  /**
   * R5 until issue 18's third step: a no-op job per delivery and per relayed event (no data, no options: BullMQ
   * numbers them), in the same batches, CONCURRENCY at a time. Kept for continuity; it leaves out what every real
   * job carries. Counts the deliveries queued.
   */
  async noopAddBulk(work: QueuedDeliveries): Promise<Timed> {
    await this.noop.obliterate({ force: true });
    const started = performance.now();
    await this.noop.addBulk(noopJobs(work.relay.length));
    await inParallel(work.events, CONCURRENCY, (event) =>
      this.noop.addBulk(noopJobs(event.inApp.length + event.emails.length)),
    );
    const time = seconds(started);
    return { jobs: (await this.queuedJobs(this.noop)) - work.relay.length, seconds: time };
  }

  /**
   * Empties the queues before a worker starts on them, and deletes the deliveries R5's fan-outs left PENDING: the
   * worker's reconciler would deliver them DELIVERY_GRACE_MS later, in the middle of R6's rounds.
   */
  async clearQueue(): Promise<void> {
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.db.query(`DELETE FROM delivery WHERE event_id = ANY($1)`, [this.fanOutEvents.flat()]);
  }

  /**
   * R6's arm A, against a running worker process: with the queue paused, fans the first `events` events out afresh
   * (their earlier deliveries deleted), then resumes the queue and waits until every delivery is marked SENT; then
   * checks that each in-app delivery is in an inbox and each email reached the SMTP sink.
   */
  async deliver(events: number, sink: SmtpSink): Promise<Timed> {
    const eventIds = this.eventIds.slice(0, events);
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.eachQueue((queue) => queue.pause());
    await this.db.query(`DELETE FROM notification WHERE event_id = ANY($1)`, [eventIds]);
    await this.db.query(`DELETE FROM delivery WHERE event_id = ANY($1)`, [eventIds]);
    await inParallel(eventIds, CONCURRENCY, (eventId) => this.pipeline.fanOut({ eventId }));
    // Counted in PostgreSQL: the queues also hold the job schedules, which the worker recreates after obliterate.
    const [owed] = await this.db.query<{ count: string }[]>(
      `SELECT count(*) FROM delivery WHERE event_id = ANY($1)`,
      [eventIds],
    );
    const jobs = Number(owed!.count);
    const mailedBefore = sink.received;
    const started = performance.now();
    await this.eachQueue((queue) => queue.resume());
    await this.untilSent(eventIds, jobs, started);
    const time = seconds(started);
    await this.expectDelivered(eventIds, jobs, sink.received - mailedBefore);
    return { jobs, seconds: time };
  }

  /** Waits until `deliveries` deliveries of these events are SENT (polled every 20 ms). */
  private async untilSent(eventIds: string[], deliveries: number, started: number): Promise<void> {
    for (let sent = 0; sent < deliveries;) {
      if (performance.now() - started > DELIVERY_TIMEOUT_MS) {
        throw new Error(
          `Only ${sent} of ${deliveries} deliveries were sent after ${DELIVERY_TIMEOUT_MS / 1000} s.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = await this.db.query<{ sent: string }[]>(
        `SELECT count(*) AS sent FROM delivery WHERE event_id = ANY($1) AND status = 'SENT'`,
        [eventIds],
      );
      sent = Number(row!.sent);
    }
  }

  /** Checks that the deliveries are in the inboxes and at the mail server, as many as there were. */
  private async expectDelivered(eventIds: string[], deliveries: number, mailed: number): Promise<void> {
    const [inbox] = await this.db.query<{ count: string }[]>(
      `SELECT count(*) FROM notification WHERE event_id = ANY($1)`,
      [eventIds],
    );
    if (Number(inbox!.count) + mailed !== deliveries) {
      throw new Error(
        `${deliveries} deliveries: ${inbox!.count} in the inboxes and ${mailed} emails received.`,
      );
    }
  }

  /**
   * What the worker delivered for the first `events` events, for the minimal deliverer to do again: the in-app
   * rows as written, and the emails as the sink received them (the sink records the worker's run).
   */
  async recordDelivery(
    events: number,
    sink: SmtpSink,
  ): Promise<Timed & { rows: InAppRow[]; emails: ReceivedEmail[] }> {
    const recording = sink.record();
    const timed = await this.deliver(events, sink);
    const emails = recording.stop();
    const rows = await this.db.query<InAppRow[]>(
      `SELECT account_id AS "accountId", event_id AS "eventId", subject, body, link
         FROM notification WHERE event_id = ANY($1) ORDER BY created_at, id`,
      [this.eventIds.slice(0, events)],
    );
    if (rows.length + emails.length !== timed.jobs)
      throw new Error(
        `Recorded ${rows.length} rows and ${emails.length} emails of ${timed.jobs} deliveries.`,
      );
    return { ...timed, rows, emails };
  }

  /** R6's arm B: the minimal deliverer writing the same rows (the worker's removed first) and sending the same emails. */
  async minimalDeliver(
    deliverer: MinimalDeliverer,
    recorded: { rows: InAppRow[]; emails: ReceivedEmail[] },
    sink: SmtpSink,
  ): Promise<Timed> {
    const eventIds = [...new Set(recorded.rows.map((row) => row.eventId))];
    await this.db.query(`DELETE FROM notification WHERE event_id = ANY($1)`, [eventIds]);
    const mailedBefore = sink.received;
    const started = performance.now();
    await deliverer.deliver(recorded.rows, recorded.emails);
    const time = seconds(started);
    const jobs = recorded.rows.length + recorded.emails.length;
    await this.expectDelivered(eventIds, jobs, sink.received - mailedBefore);
    return { jobs, seconds: time };
  }

  /**
   * Gives the first INVITED_STATES_PARTIES States Parties (by name) 3 or 4 delegates' accounts in all, about 500
   * people; returns how many. Done after R6, whose events reach every account.
   */
  async addDelegates(): Promise<number> {
    await this.db.query(
      `INSERT INTO account (email, display_name, participant_id, account_role, language)
       SELECT 'delegate-' || n || '-' || k || '@bench.example', 'Delegate ' || k || ' of ' || name, id, 'DELEGATE',
              (ARRAY['en', 'fr', 'es'])[1 + (n + k) % 3]
         FROM (SELECT id, name, row_number() OVER (ORDER BY name) AS n FROM participant
                WHERE kind = 'STATE' AND became_party_on IS NOT NULL ORDER BY name LIMIT $1) p,
              generate_series(2, 3 + (n % 2)::int) AS k`,
      [INVITED_STATES_PARTIES],
    );
    const [row] = await this.db.query<{ people: string }[]>(
      `SELECT count(*) AS people FROM account WHERE participant_id IN (
         SELECT id FROM participant WHERE kind = 'STATE' AND became_party_on IS NOT NULL ORDER BY name LIMIT $1)`,
      [INVITED_STATES_PARTIES],
    );
    return Number(row!.people);
  }

  /**
   * One invitation to a meeting for every person of INVITED_STATES_PARTIES States Parties, through the running
   * worker: the invitation and its outbox event committed together (as InvitationService does), then relayed, fanned
   * out and delivered in-app and by email with its .ics. Timed from the commit until every delivery is SENT; sent
   * by an observer's delegate, who is not told.
   */
  async invite(sink: SmtpSink): Promise<Timed> {
    const eventId = await this.db.transaction(async (manager) => {
      const [invitation] = await manager.query<{ id: string; sender: string }[]>(
        `INSERT INTO meeting_invitation (milestone_id, sent_by_account_id, sent_by_participant_id, sent_at,
                                         invited_audiences, copied_audiences, note)
         SELECT m.id, a.id, a.participant_id, now(), '{}', '{}', ''
           FROM (SELECT id FROM milestone
                  WHERE process_id = $1 AND kind <> 'DEADLINE' AND status <> 'CANCELLED' AND starts_at > now()
                  ORDER BY starts_at LIMIT 1) m,
                (SELECT a.id, a.participant_id FROM account a JOIN participant p ON p.id = a.participant_id
                  WHERE p.kind = 'ORGANISATION' ORDER BY a.email LIMIT 1) a
         RETURNING id, sent_by_account_id AS sender`,
        [this.processId],
      );
      await manager.query(
        `INSERT INTO meeting_invitation_recipient (invitation_id, participant_id, copied, attendee_count, attendee_names)
         SELECT $1, id, false, 0, '{}' FROM participant
          WHERE kind = 'STATE' AND became_party_on IS NOT NULL ORDER BY name LIMIT $2`,
        [invitation!.id, INVITED_STATES_PARTIES],
      );
      const [event] = await manager.query<{ id: string }[]>(
        `INSERT INTO outbox_event (type, payload, occurred_at, actor_account_id)
         VALUES ('INVITATION_SENT', jsonb_build_object('invitationId', $1::text), now(), $2) RETURNING id`,
        [invitation!.id, invitation!.sender],
      );
      return String(event!.id);
    });
    const mailedBefore = sink.received;
    const started = performance.now();
    const [{ people }] = await this.db.query<[{ people: string }]>(
      `SELECT count(*) AS people FROM account a JOIN meeting_invitation_recipient r ON r.participant_id = a.participant_id
         JOIN outbox_event e ON r.invitation_id = (e.payload ->> 'invitationId')::uuid WHERE e.id = $1`,
      [eventId],
    );
    const deliveries = 2 * Number(people);
    await this.untilSent([eventId], deliveries, started);
    const time = seconds(started);
    await this.expectDelivered([eventId], deliveries, sink.received - mailedBefore);
    return { jobs: deliveries, seconds: time };
  }

  /** R6's arm B: as many no-op jobs, queued while paused, worked by a BullMQ worker doing nothing, same concurrency. */
  async noopDeliver(jobs: number): Promise<Timed> {
    this.noopWorker ??= this.startNoopWorker();
    const worker = this.noopWorker;
    await this.noop.obliterate({ force: true });
    await this.noop.pause();
    for (let added = 0; added < jobs; added += 1_000) {
      await this.noop.addBulk(noopJobs(Math.min(1_000, jobs - added)));
    }
    let completed = 0;
    const done = new Promise<void>((resolve) => {
      const count = () => {
        completed += 1;
        if (completed < jobs) return;
        worker.off('completed', count);
        resolve();
      };
      worker.on('completed', count);
    });
    const started = performance.now();
    await this.noop.resume();
    await done;
    return { jobs, seconds: seconds(started) };
  }

  private startNoopWorker(): Worker {
    const connection = new IORedis(this.config.redisUrl, { maxRetriesPerRequest: null });
    this.connections.push(connection);
    return new Worker(NOOP_QUEUE, async () => undefined, {
      connection,
      prefix: this.config.queuePrefix,
      concurrency: CONCURRENCY,
    });
  }

  /** Closes what this bench opened; the Redis keys go with the bench's prefix. */
  async stop(): Promise<void> {
    await this.noopWorker?.close();
    await this.noop.obliterate({ force: true });
    await this.noop.close();
    for (const queue of this.raw) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.pipeline.stop();
    await Promise.all(this.connections.map((connection) => connection.quit()));
    await this.context.close();
  }
}
