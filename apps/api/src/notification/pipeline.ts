import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { DeliveryService } from './delivery.service';
import type { DigestService } from './digest.service';
import {
  EVENT_KIND,
  JOB,
  NOTIFICATION_QUEUE,
  traceOf,
  type DeliverJob,
  type FanOutJob,
} from './domain-event';
import type { HealthWatchService } from './health-watch.service';
import { Mailer } from './mailer';
import { OutboxEventEntity } from './outbox-event.entity';
import type { PreferencesService } from './preferences.service';
import type { RecipientsService } from './recipients.service';
import type { ReminderSweepService } from './reminder-sweep.service';

const RELAY_BATCH = 200;
const RELAY_INTERVAL_MS = 500;
/** Transient failures (SMTP 4xx, timeouts) are retried: 2 s, 4 s, 8 s, … up to 8 attempts. */
const RETRIES = { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } } as const;
/** Completed jobs are kept a day so a re-relayed event finds its job id taken and adds nothing. */
const KEEP = { removeOnComplete: { age: 86_400 }, removeOnFail: false } as const;

export class RedisPolicyError extends Error {}

/** What the pipeline's jobs call into (the worker's Nest context provides them). */
export interface PipelineServices {
  recipients: RecipientsService;
  preferences: PreferencesService;
  deliveries: DeliveryService;
  digests: DigestService;
  reminders: ReminderSweepService;
  health: HealthWatchService;
}

/** An event's delivery jobs; each id is derived from (event, person, channel), so a repeated fan-out adds nothing. */
const deliverJobs = (name: string, event: OutboxEventEntity) => {
  // Once per event, not per job: hundreds of jobs share it.
  const trace = traceOf(event);
  return (accountId: string, channel: DeliverJob['channel']) => ({
    name,
    data: { eventId: event.id, accountId, channel, trace } satisfies DeliverJob,
    opts: { jobId: `deliver-${event.id}-${accountId}-${channel}`, ...RETRIES, ...KEEP },
  });
};

/** Runs one job's work; the worker process wraps it to log and count each job (observability/job-observer.ts). */
export type ObserveJob = (job: Job, work: () => Promise<unknown>) => Promise<unknown>;

/** Workers need every job to survive memory pressure: Redis must never evict keys. */
export async function requireNoEviction(redis: IORedis): Promise<void> {
  const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
  if (policy !== 'noeviction') {
    throw new RedisPolicyError(
      `Redis maxmemory-policy is "${policy}"; the workers need "noeviction" so that no queued notification is ever ` +
        'evicted. Set it with: CONFIG SET maxmemory-policy noeviction (and in redis.conf).',
    );
  }
}

/**
 * The worker side: relays the outbox to BullMQ (job id = outbox id, so a repeated relay adds nothing), fans each
 * event out to its recipients, and delivers. Several workers may run: the relay locks rows with SKIP LOCKED and
 * BullMQ gives each job to one worker.
 */
export class NotificationPipeline {
  private readonly log = new Logger('Notifications');
  private readonly connection: IORedis;
  /** The worker blocks on its own connection; BullMQ leaves connections it was given for us to close. */
  private readonly workerConnection: IORedis;
  readonly queue: Queue;
  private worker: Worker | null = null;
  private relayTimer: NodeJS.Timeout | null = null;
  private relaying: Promise<unknown> = Promise.resolve();
  private readonly mailer: Mailer | null;
  private readonly concurrency: number;

  constructor(
    private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly services: PipelineServices,
    private readonly options: {
      concurrency?: number;
      reminderSweepMs?: number;
      healthWatchMs?: number;
      observe?: ObserveJob;
    } = {},
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnection = this.connection.duplicate();
    this.queue = new Queue(NOTIFICATION_QUEUE, { connection: this.connection, prefix: config.queuePrefix });
    this.mailer = config.smtpUrl ? new Mailer(config.smtpUrl, config.mailFrom, this.concurrency) : null;
  }

  async start(): Promise<void> {
    const observe = this.options.observe ?? ((_job, work) => work());
    this.worker = new Worker(NOTIFICATION_QUEUE, (job) => observe(job, () => this.process(job)), {
      connection: this.workerConnection,
      prefix: this.config.queuePrefix,
      concurrency: this.concurrency,
      // A worker that dies (SIGKILL, lost machine) stops renewing its locks; another worker takes its jobs back.
      lockDuration: this.config.queueLockMs,
      stalledInterval: this.config.queueStalledCheckMs,
    });
    // Lost connections are retried by ioredis; say so once per error rather than let them reach the console raw.
    this.worker.on('error', (error) => this.log.warn(`Queue connection: ${error.message}`));
    this.queue.on('error', (error) => this.log.warn(`Queue connection: ${error.message}`));
    this.worker.on('failed', (job, error) =>
      this.log.warn(`Job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`),
    );
    // A job scheduler, not a timer: however many workers run, Redis holds one schedule and one job per tick. A tick
    // that fails (PostgreSQL away) is retried like any job rather than left failed until the next one.
    await this.queue.upsertJobScheduler(
      'reminder-sweep',
      { every: this.options.reminderSweepMs ?? this.config.reminderSweepMs },
      { name: JOB.SWEEP_REMINDERS, opts: { ...RETRIES, ...KEEP } },
    );
    await this.queue.upsertJobScheduler(
      'health-watch',
      { every: this.options.healthWatchMs ?? 600_000 },
      { name: JOB.WATCH_HEALTH, opts: { ...RETRIES, ...KEEP } },
    );
    this.relayTimer = setInterval(() => {
      this.relaying = this.relayOnce().catch((error: unknown) =>
        this.log.error(`Relay failed: ${String(error)}`),
      );
    }, RELAY_INTERVAL_MS);
  }

  /** Moves unrelayed outbox rows to the queue; the rows stay unrelayed if Redis refuses, and are tried again. */
  async relayOnce(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const events = await manager
        .getRepository(OutboxEventEntity)
        .createQueryBuilder('e')
        .where('e.relayed_at IS NULL')
        .orderBy('e.id')
        .limit(RELAY_BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (events.length === 0) return 0;
      await this.queue.addBulk(
        events.map((event) => ({
          name: JOB.FAN_OUT,
          data: { eventId: event.id, trace: traceOf(event) } satisfies FanOutJob,
          opts: { jobId: `event-${event.id}`, ...RETRIES, ...KEEP },
        })),
      );
      await manager.getRepository(OutboxEventEntity).update(
        events.map((event) => event.id),
        { relayedAt: new Date() },
      );
      return events.length;
    });
  }

  private async process(job: Job): Promise<unknown> {
    const { deliveries, digests, reminders, health } = this.services;
    switch (job.name) {
      case JOB.FAN_OUT:
        return this.fanOut(job.data as FanOutJob);
      case JOB.SWEEP_REMINDERS:
        return reminders.sweep(new Date());
      case JOB.WATCH_HEALTH:
        return health.watch(new Date());
      case JOB.DELIVER_DIGEST:
        return digests.deliver(
          job.data as DeliverJob,
          this.mailerFor(job),
          this.config.publicUrl,
          new Date(),
        );
      default:
        return deliveries.deliver(
          job.data as DeliverJob,
          this.mailerFor(job),
          this.config.publicUrl,
          new Date(),
        );
    }
  }

  /** The mailer for one delivery job: the job remembers, in Redis, that the mail server accepted its email. */
  private mailerFor(job: Job<DeliverJob>): Mailer | null {
    return (
      this.mailer?.forJob({
        accepted: job.data.emailAccepted === true,
        remember: () => job.updateData({ ...job.data, emailAccepted: true }),
      }) ?? null
    );
  }

  /**
   * In-app to every recipient; email at once, in a digest or never, as each person chose for the event's kind. A
   * digest event itself is one email per person who has something in it. Public for the benchmark (apps/bench),
   * which times it apart from the worker that runs it as a job.
   */
  async fanOut({ eventId }: FanOutJob): Promise<number> {
    const event = await this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: eventId });
    const accounts = await this.services.recipients.of(event, new Date());
    if (event.type === 'DIGEST_DUE') {
      const digestJob = deliverJobs(JOB.DELIVER_DIGEST, event);
      if (this.mailer) await this.queue.addBulk(accounts.map((id) => digestJob(id, 'EMAIL')));
      return accounts.length;
    }
    const deliverJob = deliverJobs(JOB.DELIVER, event);
    const jobs = accounts.map((id) => deliverJob(id, 'IN_APP'));
    if (this.mailer) {
      const email = await this.services.preferences.routeEmail(EVENT_KIND[event.type], accounts);
      await this.services.digests.hold(eventId, email.digest);
      jobs.push(...email.immediately.map((id) => deliverJob(id, 'EMAIL')));
    }
    await this.queue.addBulk(jobs);
    return accounts.length;
  }

  /** Whether the BullMQ worker is taking jobs (the worker's readiness probe). */
  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Stops taking work, lets jobs in hand finish (or go back to the queue), and closes connections. */
  async stop(): Promise<void> {
    if (this.relayTimer) clearInterval(this.relayTimer);
    await this.relaying;
    await this.worker?.close();
    await this.queue.close();
    this.mailer?.close();
    await Promise.all([this.connection.quit(), this.workerConnection.quit()]);
  }
}
