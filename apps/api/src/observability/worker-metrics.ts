import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape waits this long for Redis: the workers' connection queues commands while Redis is away, forever. */
const QUEUE_READ_MS = 1_000;

/** `read`'s value, or null if it fails or takes longer than `ms`. */
function within<T>(read: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([read.catch(() => null), late]).finally(() => clearTimeout(timer));
}

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

  /**
   * Reports, read from PostgreSQL at each scrape (the same for every worker: aggregate with max), the events whose
   * deliveries are still incomplete past the grace period, and how long ago each schedule last ran.
   */
  watchDeliveries(source: {
    incompleteEvents(): Promise<number>;
    scheduleAges(): Promise<{ id: string; ageSeconds: number }[]>;
  }): void {
    new Gauge({
      name: 'prepcom_notification_events_incomplete',
      help: 'Events with deliveries neither sent, skipped nor failed past DELIVERY_GRACE_MS (the reconciler requeues them).',
      registers: [this.registry],
      async collect() {
        this.reset();
        // PostgreSQL away: no sample rather than a stale one.
        const count = await source.incompleteEvents().catch(() => null);
        if (count !== null) this.set(count);
      },
    });
    new Gauge({
      name: 'prepcom_schedule_age_seconds',
      help: 'Seconds since each job schedule (reminder-sweep, health-watch, reconciler) last ran, by any worker.',
      labelNames: ['schedule'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { id, ageSeconds } of (await source.scheduleAges().catch(() => null)) ?? [])
          this.set({ schedule: id }, ageSeconds);
      },
    });
  }

  /** Reports the queues' depth per state, read at each scrape. */
  watch(queues: Queue[]): void {
    new Gauge({
      name: 'prepcom_queue_jobs',
      help: 'Jobs in each queue, by state.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          // Redis away: no sample rather than a stale one (the readiness probe says why).
          const counts = await within(queue.getJobCounts(...QUEUE_STATES), QUEUE_READ_MS);
          for (const state of QUEUE_STATES)
            if (counts) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
  }
}
