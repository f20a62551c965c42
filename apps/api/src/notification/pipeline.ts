import { Logger } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import type { OutboxRepository, RelayedEvent } from '../events/outbox.repository';
import type { DeliveryService } from './delivery.service';
import type { DigestService } from './digest.service';
import type { HealthWatchService } from './health-watch.service';
import type { FanOutRepository } from './fan-out.repository';
import { Mailer } from './mailer';
import { noticeOf } from './notices';
import {
  EMAIL_QUEUE,
  JOB,
  NOTIFICATION_QUEUE,
  traceOf,
  type DeliverBatchJob,
  type DeliverJob,
  type FanOutJob,
} from './pipeline-jobs';
import type { PreferencesService } from './preferences.service';
import type { RecipientsService } from './recipients.service';
import type { ReconcilerRepository } from './reconciler.repository';
import type { ReminderSweepService } from './reminder-sweep.service';
import type { ScheduleRunRepository } from './schedule-run.repository';

const RELAY_BATCH = 200;
/** People per batch job (decision 0043): enough to make a claim, a write and the marks cheap per delivery. */
export const DELIVERY_BATCH = 64;
/** The reconciler requeues at most this many events' fan-outs and this many deliveries per run. */
const RECONCILE_BATCH = 1_000;
const RELAY_INTERVAL_MS = 500;
/** Transient failures (SMTP 4xx, timeouts) are retried: 2 s, 4 s, 8 s, … (JOB_RETRY_DELAY_MS doubling), 8 attempts. */
const retries = (config: AppConfig) =>
  ({ attempts: 8, backoff: { type: 'exponential', delay: config.jobRetryDelayMs } }) as const;
type Retries = ReturnType<typeof retries>;
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

/** What the pipeline itself reads and writes in PostgreSQL (the worker's Nest context provides them). */
export interface PipelineRepositories {
  outbox: OutboxRepository;
  fanOuts: FanOutRepository;
  reconciler: ReconcilerRepository;
  scheduleRuns: ScheduleRunRepository;
}

type TracedEvent = RelayedEvent;

/** A delivery job; its id is derived from (event, person, channel), so a repeated fan-out adds nothing. */
const deliverJob = (name: string, data: DeliverJob, retried: JobsOptions) => ({
  name,
  data,
  opts: { jobId: `deliver-${data.eventId}-${data.accountId}-${data.channel}`, ...retried, ...KEEP },
});

/** An event's delivery jobs, one per (person, channel). */
const deliverJobs = (event: TracedEvent, retried: Retries) => {
  // Once per event, not per job: hundreds of jobs share it.
  const trace = traceOf(event);
  const name = event.type === 'DIGEST_DUE' ? JOB.DELIVER_DIGEST : JOB.DELIVER;
  return (accountId: string, channel: DeliverJob['channel']) =>
    deliverJob(name, { eventId: event.id, accountId, channel, trace }, retried);
};

/**
 * An event's batch jobs: its people in chunks of DELIVERY_BATCH per channel, in the order given; each id is derived
 * from (event, channel, chunk), so a repeated fan-out adds nothing.
 */
const deliverBatches = (event: TracedEvent, retried: Retries) => {
  const trace = traceOf(event);
  return (accountIds: string[], channel: DeliverJob['channel']) =>
    Array.from({ length: Math.ceil(accountIds.length / DELIVERY_BATCH) }, (_, index) => ({
      name: JOB.DELIVER_BATCH,
      data: {
        eventId: event.id,
        channel,
        accountIds: accountIds.slice(index * DELIVERY_BATCH, (index + 1) * DELIVERY_BATCH),
        trace,
      } satisfies DeliverBatchJob,
      opts: { jobId: `batch-${event.id}-${channel}-${index}`, ...retried, ...KEEP },
    }));
};

/** An event's fan-out job; its id is the outbox id, so a repeated relay adds nothing. */
const fanOutJob = (event: TracedEvent, retried: Retries) => ({
  name: JOB.FAN_OUT,
  data: { eventId: event.id, trace: traceOf(event) } satisfies FanOutJob,
  opts: { jobId: `event-${event.id}`, ...retried, ...KEEP },
});

/** A job scheduler: its id in Redis (and in `schedule_run`), the job it adds and how often. */
interface Schedule {
  id: string;
  job: string;
  every: number;
}

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
 * event out to its recipients, and delivers, emails on a queue of their own. Several workers may run: the relay
 * locks rows with SKIP LOCKED and BullMQ gives each job to one worker. What Redis loses, the reconciler queues again
 * from PostgreSQL.
 */
export class NotificationPipeline {
  private readonly log = new Logger('Notifications');
  private readonly connection: IORedis;
  /** Each worker blocks on its own connection; BullMQ leaves connections it was given for us to close. */
  private readonly workerConnections: IORedis[];
  /** Fan-outs, in-app deliveries and the schedules' sweeps. */
  readonly queue: Queue;
  /** Emails, immediate and digests, so that a hung mail server holds up nothing else. */
  readonly emailQueue: Queue;
  private workers: Worker[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private relaying: Promise<unknown> = Promise.resolve();
  private checking: Promise<unknown> = Promise.resolve();
  private readonly mailer: Mailer | null;
  private readonly schedules: Schedule[];
  private startedAt = Date.now();
  private readonly retries: Retries;

  constructor(
    private readonly config: AppConfig,
    private readonly repositories: PipelineRepositories,
    private readonly services: PipelineServices,
    private readonly options: {
      concurrency?: number;
      emailConcurrency?: number;
      reminderSweepMs?: number;
      healthWatchMs?: number;
      observe?: ObserveJob;
    } = {},
  ) {
    this.retries = retries(config);
    this.connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnections = [this.connection.duplicate(), this.connection.duplicate()];
    const queue = (name: string) =>
      new Queue(name, { connection: this.connection, prefix: config.queuePrefix });
    this.queue = queue(NOTIFICATION_QUEUE);
    this.emailQueue = queue(EMAIL_QUEUE);
    this.mailer = config.smtpUrl
      ? new Mailer(config.smtpUrl, config.mailFrom, options.emailConcurrency ?? config.emailConcurrency)
      : null;
    this.schedules = [
      {
        id: 'reminder-sweep',
        job: JOB.SWEEP_REMINDERS,
        every: options.reminderSweepMs ?? config.reminderSweepMs,
      },
      { id: 'health-watch', job: JOB.WATCH_HEALTH, every: options.healthWatchMs ?? 600_000 },
      { id: 'reconciler', job: JOB.RECONCILE, every: config.reconcileMs },
    ];
  }

  /** Both queues: the main one first. */
  get queues(): Queue[] {
    return [this.queue, this.emailQueue];
  }

  async start(): Promise<void> {
    this.startedAt = Date.now();
    const observe = this.options.observe ?? ((_job, work) => work());
    const worker = (queue: Queue, connection: IORedis, concurrency: number) =>
      new Worker(queue.name, (job) => observe(job, () => this.process(job)), {
        connection,
        prefix: this.config.queuePrefix,
        concurrency,
        // A worker that dies (SIGKILL, lost machine) stops renewing its locks; another worker takes its jobs back.
        lockDuration: this.config.queueLockMs,
        stalledInterval: this.config.queueStalledCheckMs,
      });
    this.workers = [
      worker(
        this.queue,
        this.workerConnections[0]!,
        this.options.concurrency ?? this.config.workerConcurrency,
      ),
      worker(
        this.emailQueue,
        this.workerConnections[1]!,
        this.options.emailConcurrency ?? this.config.emailConcurrency,
      ),
    ];
    // Lost connections are retried by ioredis; say so once per error rather than let them reach the console raw.
    const warn = (error: Error) => this.log.warn(`Queue connection: ${error.message}`);
    for (const running of this.workers) running.on('error', warn);
    for (const queue of this.queues) queue.on('error', warn);
    for (const running of this.workers)
      running.on('failed', (job, error) =>
        this.log.warn(`Job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`),
      );
    // Job schedulers, not timers: however many workers run, Redis holds one schedule and one job per tick. A tick
    // that fails (PostgreSQL away) is retried like any job rather than left failed until the next one.
    for (const schedule of this.schedules) await this.upsertSchedule(schedule);
    // Redis may lose the schedules (a flush, a restart without persistence): each worker puts back those missing.
    this.timers.push(
      setInterval(() => {
        this.checking = this.ensureSchedules().catch((error: unknown) =>
          this.log.warn(`Checking the job schedules failed: ${String(error)}`),
        );
      }, this.config.scheduleCheckMs),
    );
    this.timers.push(
      setInterval(() => {
        this.relaying = this.relayOnce().catch((error: unknown) =>
          this.log.error(`Relay failed: ${String(error)}`),
        );
      }, RELAY_INTERVAL_MS),
    );
    // What Redis lost while no worker ran is queued again now, not at the reconciler's first tick.
    await this.reconcile().catch((error: unknown) =>
      this.log.warn(`Reconciling deliveries at start failed: ${String(error)}`),
    );
  }

  private upsertSchedule({ id, job, every }: Schedule) {
    return this.queue.upsertJobScheduler(id, { every }, { name: job, opts: { ...this.retries, ...KEEP } });
  }

  /** Recreates the job schedulers Redis no longer holds; returns their ids. */
  async ensureSchedules(): Promise<string[]> {
    const recreated: string[] = [];
    for (const schedule of this.schedules) {
      if (await this.queue.getJobScheduler(schedule.id)) continue;
      await this.upsertSchedule(schedule);
      recreated.push(schedule.id);
    }
    if (recreated.length > 0)
      this.log.warn(`Recreated the job schedules Redis had lost: ${recreated.join(', ')}`);
    return recreated;
  }

  /** Moves unrelayed outbox rows to the queue; the rows stay unrelayed if Redis refuses, and are tried again. */
  async relayOnce(): Promise<number> {
    return this.repositories.outbox.relay(RELAY_BATCH, (events) =>
      this.queue.addBulk(events.map((event) => fanOutJob(event, this.retries))),
    );
  }

  private async process(job: Job): Promise<unknown> {
    const { deliveries, digests, reminders, health } = this.services;
    switch (job.name) {
      case JOB.FAN_OUT:
        return this.fanOut(job.data as FanOutJob);
      case JOB.SWEEP_REMINDERS:
        return this.scheduled(job, () => reminders.sweep(new Date()));
      case JOB.WATCH_HEALTH:
        return this.scheduled(job, () => health.watch(new Date()));
      case JOB.RECONCILE:
        return this.scheduled(job, () => this.reconcile());
      case JOB.DELIVER_BATCH:
        return this.deliveredBatch(job as Job<DeliverBatchJob>);
      case JOB.DELIVER_DIGEST:
        return this.delivered(job, () =>
          digests.deliver(job.data as DeliverJob, this.mailerFor(job), this.config.publicUrl, new Date()),
        );
      default:
        return this.delivered(job, () =>
          deliveries.deliver(job.data as DeliverJob, this.mailerFor(job), this.config.publicUrl, new Date()),
        );
    }
  }

  /** Runs a schedule's tick and notes when it ran, for readiness and the sweep-age metric. */
  private async scheduled<T>(job: Job, work: () => Promise<T>): Promise<T> {
    const result = await work();
    const schedule = this.schedules.find((candidate) => candidate.job === job.name)!;
    await this.repositories.scheduleRuns.recordRun(schedule.id);
    return result;
  }

  /** Every delivery ends in a terminal state: SKIPPED when there was nothing to send, FAILED after its last attempt. */
  private async delivered(job: Job<DeliverJob>, work: () => Promise<'SENT' | 'SKIPPED'>) {
    try {
      const result = await work();
      if (result === 'SKIPPED') await this.services.deliveries.skipped(job.data);
      return result;
    } catch (error) {
      const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) await this.services.deliveries.failed(job.data, error as Error);
      throw error;
    }
  }

  /**
   * A batch's deliveries: what it could not finish goes to delivery jobs of their own (queued before the batch
   * completes), which retry it with backoff, or fail for good where the mail server refused the address. If the
   * batch fails its last attempt, its deliveries not yet done end FAILED.
   */
  private async deliveredBatch(job: Job<DeliverBatchJob>) {
    try {
      const { handedOff, ...counts } = await this.services.deliveries.deliverBatch(
        job.data,
        this.mailer,
        this.config.publicUrl,
        new Date(),
      );
      const jobs = handedOff.map(({ job: delivery, retry }) =>
        deliverJob(
          JOB.DELIVER,
          { ...delivery, trace: job.data.trace },
          // A retry's first attempt waits the first backoff; the batch's attempt counts as one of the delivery's.
          retry
            ? { ...this.retries, attempts: this.retries.attempts - 1, delay: this.config.jobRetryDelayMs }
            : this.retries,
        ),
      );
      if (jobs.length > 0)
        await Promise.all([
          this.emailQueue.addBulk(jobs.filter((handed) => handed.data.channel === 'EMAIL')),
          this.queue.addBulk(jobs.filter((handed) => handed.data.channel === 'IN_APP')),
        ]);
      return { ...counts, handedOff: handedOff.length };
    } catch (error) {
      const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) await this.services.deliveries.failed(job.data, error as Error);
      throw error;
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
    const { recipients, preferences } = this.services;
    // The event, both caches' checks and its matter in one statement; the preferences are then routed without a read.
    const {
      event,
      stamps: [everyoneStamp, preferencesStamp],
      matter,
    } = await this.repositories.fanOuts.event(eventId, [recipients.everyoneDigestSql, preferences.digestSql]);
    const { kind } = noticeOf(event.type);
    const [accounts, routeEmail] = await Promise.all([
      recipients.of(event, new Date(), { everyoneStamp: everyoneStamp!, matter }),
      this.mailer && kind !== null ? preferences.emailRouter(kind, preferencesStamp) : null,
    ]);
    const inApp: string[] = [];
    const emails: string[] = [];
    if (kind === null) {
      // One email each, now: a digest, or a one-time link (whose token must not rest in an inbox).
      if (this.mailer) emails.push(...accounts);
    } else {
      inApp.push(...accounts);
    }
    const email = routeEmail?.(accounts);
    if (email) emails.push(...email.immediately);
    await this.repositories.fanOuts.owe(
      eventId,
      [
        ...inApp.map((accountId) => ({ accountId, channel: 'IN_APP' as const })),
        ...emails.map((accountId) => ({ accountId, channel: 'EMAIL' as const })),
      ],
      email?.digest ?? [],
    );
    // Digests are composed person by person: a job each. Everything else goes in batches (decision 0043).
    if (event.type === 'DIGEST_DUE') {
      const deliverJob = deliverJobs(event, this.retries);
      await this.emailQueue.addBulk(emails.map((id) => deliverJob(id, 'EMAIL')));
    } else {
      const batches = deliverBatches(event, this.retries);
      await Promise.all([
        this.queue.addBulk(batches(inApp, 'IN_APP')),
        this.emailQueue.addBulk(batches(emails, 'EMAIL')),
      ]);
    }
    return accounts.length;
  }

  /**
   * PostgreSQL is the truth, Redis a cache of work: events relayed but not fanned out, and deliveries neither
   * sent, skipped nor failed (nor under a live claim), past DELIVERY_GRACE_MS, are queued again under their own job
   * ids. A job Redis still holds is not added twice, so this is safe to run at any time, from any worker.
   */
  async reconcile(): Promise<number> {
    const { reconciler } = this.repositories;
    const grace = this.config.deliveryGraceMs;
    const events = await reconciler.eventsNotFannedOut(grace, RECONCILE_BATCH);
    const owed = await reconciler.deliveriesOwed(grace, RECONCILE_BATCH);
    const jobs = owed.map((row) => deliverJobs(row.event, this.retries)(row.accountId, row.channel));
    await Promise.all([
      this.queue.addBulk(events.map((event) => fanOutJob(event, this.retries))),
      this.queue.addBulk(jobs.filter((job) => job.data.channel === 'IN_APP')),
      this.emailQueue.addBulk(jobs.filter((job) => job.data.channel === 'EMAIL')),
    ]);
    if (events.length + owed.length > 0)
      this.log.warn(`Reconciler queued again ${events.length} fan-outs and ${owed.length} deliveries`);
    return events.length + owed.length;
  }

  /** Events with deliveries still incomplete past the grace period (the reconciler's backlog, for the metrics). */
  incompleteEvents(): Promise<number> {
    return this.repositories.reconciler.incompleteEvents(this.config.deliveryGraceMs);
  }

  /**
   * Seconds since each schedule last ran (by any worker), with its interval; a schedule that never ran counts from
   * this worker's start.
   */
  async scheduleAges(): Promise<{ id: string; every: number; ageSeconds: number }[]> {
    const ages = await this.repositories.scheduleRuns.ages(this.schedules.map((schedule) => schedule.id));
    return this.schedules.map(({ id, every }) => ({
      id,
      every,
      ageSeconds: ages.get(id) ?? (Date.now() - this.startedAt) / 1000,
    }));
  }

  /** The schedules that have not run for two of their intervals (the worker's readiness fails on any). */
  async overdueSchedules(): Promise<string[]> {
    return (await this.scheduleAges())
      .filter(({ every, ageSeconds }) => ageSeconds * 1000 > 2 * every)
      .map(({ id }) => id);
  }

  /** Whether both BullMQ workers are taking jobs (the worker's readiness probe). */
  get running(): boolean {
    return this.workers.length > 0 && this.workers.every((worker) => worker.isRunning());
  }

  /** Stops taking work, lets jobs in hand finish (or go back to the queue), and closes connections. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all([this.relaying, this.checking]);
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all(this.queues.map((queue) => queue.close()));
    this.mailer?.close();
    await Promise.all([this.connection, ...this.workerConnections].map((connection) => connection.quit()));
  }
}
