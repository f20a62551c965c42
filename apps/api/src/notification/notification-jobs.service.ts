import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppError } from '../common/errors/app-error';
import { DeliveryRepository } from './delivery.repository';
import type { DeliverBatchJob, DeliverJob } from './pipeline-jobs';
import { NotificationJob } from './notification-job.type';
import { NotificationQueue } from './notification-queue';

/** Listed at most; a longer failed set says something is wrong beyond single jobs (see docs/operations.md). */
const LISTED = 1_000;

/** Failed notification jobs, for administrators: what they were about, why they failed, and sending them again. */
@Injectable()
export class NotificationJobsService {
  constructor(
    private readonly jobs: NotificationQueue,
    private readonly deliveries: DeliveryRepository,
  ) {}

  /** The most recently failed first, from both queues. */
  failed(): Promise<NotificationJob[]> {
    return this.jobs.use(async (queues) => this.describe(await this.failedJobs(queues, LISTED)));
  }

  private async failedJobs(queues: Queue[], limit?: number): Promise<Job[]> {
    const end = limit === undefined ? -1 : limit - 1;
    const jobs = (await Promise.all(queues.map((queue) => queue.getFailed(0, end)))).flat();
    jobs.sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0));
    return limit === undefined ? jobs : jobs.slice(0, limit);
  }

  /** Sends one failed job back to the queue; returns it as it was before. */
  retry(id: string): Promise<NotificationJob> {
    return this.jobs.use(async (queues) => {
      // Job ids are unique across the queues: each is derived from what the job carries.
      const found = await Promise.all(queues.map((queue) => queue.getJob(id)));
      const job = found.find(Boolean);
      if (!job || !(await job.isFailed())) {
        throw new AppError('NOT_FOUND', `No failed notification job has the id "${id}".`, { field: 'id' });
      }
      const [described] = await this.describe([job]);
      await this.sendAgain(job);
      return described!;
    });
  }

  /** Sends every failed job back to the queue; returns those it sent, as they were before. */
  retryAll(): Promise<NotificationJob[]> {
    return this.jobs.use(async (queues) => {
      const jobs = await this.failedJobs(queues);
      const described = await this.describe(jobs);
      const retried: NotificationJob[] = [];
      for (const [index, job] of jobs.entries()) {
        // Another administrator may have sent it again meanwhile.
        if (!(await job.isFailed())) continue;
        await this.sendAgain(job);
        retried.push(described[index]!);
      }
      return retried;
    });
  }

  private async sendAgain(job: Job): Promise<void> {
    // Deliveries that gave up ended FAILED, which an attempt never sends: reopen them before the job runs again.
    const { eventId, channel } = data(job);
    const people = recipientsOf(job);
    if (eventId && channel && people.length > 0) await this.deliveries.reopenFailed(eventId, channel, people);
    // A fresh run of attempts, with its backoff, as if the job had just been added.
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  }

  private async describe(jobs: Job[]): Promise<NotificationJob[]> {
    const eventIds = [...new Set(jobs.map((job) => data(job).eventId).filter(isId))];
    const accountIds = [...new Set(jobs.flatMap(recipientsOf))];
    const typeOf = await this.deliveries.eventTypes(eventIds);
    const emailOf = await this.deliveries.emailsOf(accountIds);
    return jobs.map((job) => {
      const { eventId, channel } = data(job);
      return {
        id: job.id!,
        kind: job.name,
        eventId: eventId ?? null,
        eventType: (eventId && typeOf.get(eventId)) || null,
        channel: channel ?? null,
        recipientEmails: recipientsOf(job).flatMap((accountId) => emailOf.get(accountId) ?? []),
        attemptsMade: job.attemptsMade,
        failureReason: job.failedReason ?? '',
        failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
      };
    });
  }
}

/** What a job carries, as far as it is a delivery or a batch of them (other jobs carry other data). */
const data = (job: Job) => (job.data ?? {}) as Partial<DeliverJob & DeliverBatchJob>;

/** The accounts a delivery job (one) or a batch job (many) delivers to; none for other jobs. */
const recipientsOf = (job: Job): string[] => {
  const { accountId, accountIds } = data(job);
  return (Array.isArray(accountIds) ? accountIds : [accountId]).filter(isUuid);
};

const isId = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);
const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
