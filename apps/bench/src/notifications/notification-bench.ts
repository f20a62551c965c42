import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@prepcom/api/dist/config/app-config';
import { DeliveryService } from '@prepcom/api/dist/notification/delivery.service';
import { DigestService } from '@prepcom/api/dist/notification/digest.service';
import { HealthWatchService } from '@prepcom/api/dist/notification/health-watch.service';
import { NotificationPipeline } from '@prepcom/api/dist/notification/pipeline';
import { PreferencesService } from '@prepcom/api/dist/notification/preferences.service';
import { RecipientsService } from '@prepcom/api/dist/notification/recipients.service';
import { ReminderSweepService } from '@prepcom/api/dist/notification/reminder-sweep.service';
import { WorkerModule } from '@prepcom/api/dist/worker/worker.module';

/** The worker's own concurrency (NotificationPipeline's default), given to the fan-out and the no-op worker too. */
export const CONCURRENCY = 8;
const NOOP_QUEUE = 'bench-noop';
const DELIVERY_TIMEOUT_MS = 180_000;

export interface Timed {
  jobs: number;
  seconds: number;
}

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

/**
 * R5 and R6. The pipeline's arms run the API's own code: `NotificationPipeline` over the worker's Nest context for
 * the relay and fan-out, the worker process (processes/worker-process.ts) for deliveries. The baselines are BullMQ
 * alone, on a queue of their own under the same Redis key prefix.
 */
export class NotificationBench {
  private noopWorker: Worker | null = null;
  private readonly connections: IORedis[] = [];

  private constructor(
    private readonly context: { close(): Promise<void> },
    private readonly db: DataSource,
    private readonly pipeline: NotificationPipeline,
    private readonly noop: Queue,
    private readonly config: AppConfig,
    /** Events announcing a status change of a public matter: everyone hears of them, in-app and by email. */
    readonly eventIds: string[],
  ) {}

  static async start(config: AppConfig, databaseUrl: string, processId: string, events: number) {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
      logger: false,
    });
    const db = context.get(DataSource);
    const pipeline = new NotificationPipeline(config, db, {
      recipients: context.get(RecipientsService),
      preferences: context.get(PreferencesService),
      deliveries: context.get(DeliveryService),
      digests: context.get(DigestService),
      reminders: context.get(ReminderSweepService),
      health: context.get(HealthWatchService),
    });
    const rows = await db.query<{ id: string }[]>(
      `INSERT INTO outbox_event (type, payload, occurred_at)
       SELECT 'MATTER_STATUS_CHANGED',
              jsonb_build_object('matterId', id, 'from', 'IDENTIFIED', 'to', 'OPTIONS_DEVELOPING'), now()
         FROM (SELECT id FROM matter WHERE process_id = $1 AND confidentiality = 'PUBLIC' ORDER BY title LIMIT $2) m
       RETURNING id`,
      [processId, events],
    );
    const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
    const noop = new Queue(NOOP_QUEUE, { connection, prefix: config.queuePrefix });
    const bench = new NotificationBench(
      context,
      db,
      pipeline,
      noop,
      config,
      rows.map((row) => String(row.id)),
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
   * R5's arm A: the outbox rows relayed to fan-out jobs (relayOnce until none is left), then every event fanned out
   * to its recipients' delivery jobs, CONCURRENCY at a time as the worker would. Nothing consumes the queue here.
   */
  async fanOut(): Promise<Timed & { batches: number[] }> {
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.db.query(`UPDATE outbox_event SET relayed_at = NULL WHERE id = ANY($1)`, [this.eventIds]);
    const started = performance.now();
    let relayed = 0;
    for (let batch = await this.pipeline.relayOnce(); batch > 0; batch = await this.pipeline.relayOnce()) {
      relayed += batch;
    }
    await inParallel(this.eventIds, CONCURRENCY, (eventId) => this.pipeline.fanOut({ eventId }));
    const time = seconds(started);
    const jobs = await this.queuedJobs(...this.pipeline.queues);
    if (relayed !== this.eventIds.length)
      throw new Error(`Relayed ${relayed} of ${this.eventIds.length} events.`);
    const perEvent = (jobs - relayed) / relayed;
    if (!Number.isInteger(perEvent) || perEvent === 0)
      throw new Error(`Fan-out queued ${jobs - relayed} jobs.`);
    return { jobs, seconds: time, batches: [relayed, ...this.eventIds.map(() => perEvent)] };
  }

  /** R5's arm B: the same number of no-op jobs through addBulk, in the same batches, as parallel. */
  async rawAddBulk(batches: number[]): Promise<Timed> {
    await this.noop.obliterate({ force: true });
    const [first, ...rest] = batches.map(noopJobs);
    const started = performance.now();
    await this.noop.addBulk(first!);
    await inParallel(rest, CONCURRENCY, (jobs) => this.noop.addBulk(jobs));
    const time = seconds(started);
    const jobs = await this.queuedJobs(this.noop);
    return { jobs, seconds: time };
  }

  /** Empties the notifications queue before a worker starts on it (R5 leaves its jobs there). */
  clearQueue(): Promise<void> {
    return this.eachQueue((queue) => queue.obliterate({ force: true }));
  }

  /**
   * R6's arm A, against a running worker process: with the queue paused, fans the first `events` events out afresh
   * (their earlier deliveries deleted), then resumes the queue and waits until every delivery is marked SENT; then
   * checks that each in-app delivery is in an inbox and each email reached the SMTP sink.
   */
  async deliver(events: number, sinkReceived: () => number): Promise<Timed> {
    const eventIds = this.eventIds.slice(0, events);
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.eachQueue((queue) => queue.pause());
    await this.db.query(`DELETE FROM notification WHERE event_id = ANY($1)`, [eventIds]);
    await this.db.query(`DELETE FROM delivery WHERE event_id = ANY($1)`, [eventIds]);
    await inParallel(eventIds, CONCURRENCY, (eventId) => this.pipeline.fanOut({ eventId }));
    const jobs = await this.queuedJobs(...this.pipeline.queues);
    const mailedBefore = sinkReceived();
    const started = performance.now();
    await this.eachQueue((queue) => queue.resume());
    for (let sent = 0; sent < jobs;) {
      if (performance.now() - started > DELIVERY_TIMEOUT_MS) {
        throw new Error(
          `Only ${sent} of ${jobs} deliveries were sent after ${DELIVERY_TIMEOUT_MS / 1000} s.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = await this.db.query<{ sent: string }[]>(
        `SELECT count(*) AS sent FROM delivery WHERE event_id = ANY($1) AND status = 'SENT'`,
        [eventIds],
      );
      sent = Number(row!.sent);
    }
    const time = seconds(started);
    const [inbox] = await this.db.query<{ count: string }[]>(
      `SELECT count(*) FROM notification WHERE event_id = ANY($1)`,
      [eventIds],
    );
    const mailed = sinkReceived() - mailedBefore;
    if (Number(inbox!.count) + mailed !== jobs) {
      throw new Error(`${jobs} deliveries: ${inbox!.count} in the inboxes and ${mailed} emails received.`);
    }
    return { jobs, seconds: time };
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
    await this.eachQueue((queue) => queue.obliterate({ force: true }));
    await this.pipeline.stop();
    await Promise.all(this.connections.map((connection) => connection.quit()));
    await this.context.close();
  }
}
