import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { AppError } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { NOTIFICATION_QUEUES } from './pipeline-jobs';

interface OpenQueue {
  connection: IORedis;
  queues: Queue[];
  ready: Promise<unknown>;
}

/**
 * The notification queues (main and emails) as the API sees them, for administrators' view of failed jobs. It connects on first use, so
 * the API starts and serves without Redis; while Redis does not answer, operations fail with SERVICE_UNAVAILABLE and
 * the next one connects anew. Closed when the API shuts down.
 */
@Injectable()
export class NotificationQueue implements OnModuleDestroy {
  private readonly log = new Logger('NotificationQueue');
  private current: OpenQueue | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Runs `work` on the queues; Redis failing before or during it is SERVICE_UNAVAILABLE. */
  async use<T>(work: (queues: Queue[]) => Promise<T>): Promise<T> {
    const open = (this.current ??= this.open());
    try {
      await open.ready;
      return await work(open.queues);
    } catch (error) {
      if (error instanceof AppError || open.connection.status === 'ready') throw error;
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `The notification queues cannot be reached just now (Redis: ${(error as Error).message}). Try again in a moment.`,
      );
    }
  }

  private open(): OpenQueue {
    const connection = new IORedis(this.config.redisUrl, {
      lazyConnect: true,
      connectTimeout: 2_000,
      // Fail at once instead of holding requests for a Redis that is away; the next request connects anew.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const queues = NOTIFICATION_QUEUES.map(
      (name) => new Queue(name, { connection, prefix: this.config.queuePrefix }),
    );
    for (const queue of queues)
      queue.on('error', (error) => this.log.warn(`Notification queues: ${error.message}`));
    const open: OpenQueue = {
      connection,
      queues,
      ready: Promise.all(queues.map((queue) => queue.waitUntilReady())),
    };
    connection.once('end', () => {
      if (this.current === open) this.current = null;
      for (const queue of queues) void queue.close().catch(() => undefined);
    });
    return open;
  }

  async onModuleDestroy(): Promise<void> {
    const open = this.current;
    this.current = null;
    if (!open) return;
    await Promise.all(open.queues.map((queue) => queue.close().catch(() => undefined)));
    open.connection.disconnect();
  }
}
