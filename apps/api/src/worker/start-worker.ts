import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { DeliveryService } from '../notification/delivery.service';
import IORedis from 'ioredis';
import { NotificationPipeline, requireNoEviction } from '../notification/pipeline';
import { RecipientsService } from '../notification/recipients.service';
import { ReminderSweepService } from '../notification/reminder-sweep.service';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  pipeline: NotificationPipeline;
  /** Runs the reminder sweep now (tests use it to choose the instant). */
  sweepReminders(now: Date): Promise<number>;
  stop(): Promise<void>;
}

/** Starts one worker: a Nest context without HTTP, and the notification pipeline on it. */
export async function startWorker(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false; concurrency?: number; reminderSweepMs?: number } = {},
): Promise<RunningWorker> {
  // Refuse early, with a clear message, before touching PostgreSQL.
  const redis = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await requireNoEviction(redis);
  } finally {
    redis.disconnect();
  }
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  const pipeline = new NotificationPipeline(
    config,
    context.get<DataSource>(getDataSourceToken()),
    context.get(RecipientsService),
    context.get(DeliveryService),
    context.get(ReminderSweepService),
    { concurrency: options.concurrency, reminderSweepMs: options.reminderSweepMs },
  );
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
    stop: async () => {
      await pipeline.stop();
      await context.close();
    },
  };
}
