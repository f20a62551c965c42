import type { Job } from 'bullmq';
import { Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';
import { JOB, type DeliverJob, type JobTrace } from '../notification/pipeline-jobs';
import type { WorkerMetrics } from './worker-metrics';

const DELIVERIES: string[] = [JOB.DELIVER, JOB.DELIVER_DIGEST];
/** How many deliveries a batch job sent (its result counts them). */
const sentByBatch = (job: Job, result: unknown) =>
  job.name === JOB.DELIVER_BATCH ? ((result as { sent?: number } | null)?.sent ?? 0) : 0;

/**
 * Runs each job of a worker inside a log context naming the job, its event and the HTTP request that caused the
 * event (so every line logged during the job carries them), logs how it ended, and counts it.
 */
export class JobObserver {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: WorkerMetrics,
  ) {}

  readonly observe = async <T>(job: Job, work: () => Promise<T>): Promise<T> => {
    const data = (job.data ?? {}) as Partial<DeliverJob> & { trace?: JobTrace };
    const log = this.logger.child({
      job: job.name,
      jobId: job.id,
      eventId: data.eventId,
      channel: data.channel,
      requestId: data.trace?.requestId ?? undefined,
      attempt: job.attemptsMade + 1,
    });
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    return storage.run(new Store(log), async () => {
      try {
        const result = await work();
        this.metrics.jobs.inc({ job: job.name, outcome: 'completed' });
        const sent = DELIVERIES.includes(job.name) && result === 'SENT' ? 1 : sentByBatch(job, result);
        if (sent > 0 && data.trace && data.channel) {
          const seconds = (Date.now() - Date.parse(data.trace.occurredAt)) / 1000;
          for (let delivery = 0; delivery < sent; delivery++)
            this.metrics.deliveryLatency.observe({ channel: data.channel }, seconds);
        }
        // One line per job, a batch's with its counts: not one per delivery.
        log.info({ durationMs: durationMs(), result }, 'job done');
        return result;
      } catch (error) {
        this.metrics.jobs.inc({ job: job.name, outcome: 'failed' });
        log.warn({ durationMs: durationMs(), err: error }, 'job failed');
        throw error;
      }
    });
  };
}
