import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * A worker's Prometheus metrics: Node's process metrics, the queue's depth per state (read from Redis at each
 * scrape, so every worker reports the same numbers: aggregate with max, not sum), and this worker's own job
 * outcomes and delivery latencies (sum these across workers).
 */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly jobs = new Counter({
    name: 'prepcom_jobs_total',
    help: 'Job attempts this worker finished, by job name and outcome (completed or failed).',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly deliveryLatency = new Histogram({
    name: 'prepcom_notification_delivery_seconds',
    help: "From the change's commit (the outbox event's occurred_at) to the notification's delivery, by channel.",
    labelNames: ['channel'] as const,
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Reports `queue`'s depth per state, read at each scrape. */
  watch(queue: Queue): void {
    new Gauge({
      name: 'prepcom_queue_jobs',
      help: 'Jobs in the queue, by state.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // Redis away: no sample rather than a stale one (the readiness probe says why).
        const counts = await queue.getJobCounts(...QUEUE_STATES).catch(() => null);
        for (const state of QUEUE_STATES)
          if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      },
    });
  }
}
