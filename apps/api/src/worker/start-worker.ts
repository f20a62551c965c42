import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { DeliveryService } from '../notification/delivery.service';
import { DigestService } from '../notification/digest.service';
import { HealthWatchService } from '../notification/health-watch.service';
import IORedis from 'ioredis';
import { NotificationPipeline, requireNoEviction } from '../notification/pipeline';
import { PreferencesService } from '../notification/preferences.service';
import { RecipientsService } from '../notification/recipients.service';
import { ReminderSweepService } from '../notification/reminder-sweep.service';
import type { WorkerProbeTargets } from '../health/health.module';
import { JobObserver } from '../observability/job-observer';
import { createLogger, logSettings, nestLogger, type LogSettings } from '../observability/logging';
import { WorkerMetrics } from '../observability/worker-metrics';
import type { Logger } from 'pino';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  pipeline: NotificationPipeline;
  /** Runs the reminder sweep now (tests use it to choose the instant). */
  sweepReminders(now: Date): Promise<number>;
  /** Looks at every open matter's health now. */
  watchHealth(now: Date): Promise<number>;
  /** What the worker's health port reports (health/worker-health-server.ts). */
  probes: WorkerProbeTargets;
  logger: Logger;
  stop(): Promise<void>;
}

/** Starts one worker: a Nest context without HTTP, and the notification pipeline on it. */
export async function startWorker(
  config: AppConfig,
  databaseUrl: string,
  options: {
    logger?: false;
    logs?: Partial<LogSettings>;
    concurrency?: number;
    emailConcurrency?: number;
    reminderSweepMs?: number;
    healthWatchMs?: number;
  } = {},
): Promise<RunningWorker> {
  // Refuse early, with a clear message, before touching PostgreSQL.
  const redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await requireNoEviction(redis);
  } finally {
    redis.disconnect();
  }
  const logger = createLogger(
    'worker',
    logSettings(config, { ...(options.logger === false && { level: 'silent' }), ...options.logs }),
  );
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
    logger: nestLogger(logger),
    abortOnError: false,
  });
  const metrics = new WorkerMetrics();
  const pipeline = new NotificationPipeline(
    config,
    WorkerModule.pipelineRepositories(context),
    {
      recipients: context.get(RecipientsService),
      preferences: context.get(PreferencesService),
      deliveries: context.get(DeliveryService),
      digests: context.get(DigestService),
      reminders: context.get(ReminderSweepService),
      health: context.get(HealthWatchService),
    },
    { ...options, observe: new JobObserver(logger, metrics).observe },
  );
  metrics.watch(pipeline.queues);
  metrics.watchDeliveries({
    incompleteEvents: () => pipeline.incompleteEvents(),
    scheduleAges: () => pipeline.scheduleAges(),
  });
  try {
    await pipeline.start();
  } catch (error) {
    await pipeline.stop().catch(() => undefined);
    await context.close();
    throw error;
  }
  return {
    pipeline,
    sweepReminders: (now) => context.get(ReminderSweepService).sweep(now),
    watchHealth: (now) => context.get(HealthWatchService).watch(now),
    probes: {
      config,
      dataSource: WorkerModule.connection(context),
      running: () => pipeline.running,
      overdueSchedules: () => pipeline.overdueSchedules(),
      metrics,
    },
    logger,
    stop: async () => {
      await pipeline.stop();
      await context.close();
    },
  };
}
