import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import IORedis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** A probe answers within this, or counts as down. */
const TIMEOUT_MS = 1_000;

/**
 * Whether REDIS_URL answers PING. It keeps one connection while Redis answers and makes a new one at the next check
 * after a failure, so a Redis that comes back is seen at once. The answer says only up or down; why is logged.
 */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly log = new Logger('Health');
  private connection: IORedis | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async pingCheck<const Key extends string>(key: Key) {
    const check = this.indicators.check(key);
    try {
      const redis = await this.connected();
      await Promise.race([
        redis.ping(),
        new Promise((_resolve, reject) =>
          setTimeout(() => reject(new Error('no answer')), TIMEOUT_MS).unref(),
        ),
      ]);
      return check.up();
    } catch (error) {
      this.log.warn(`Redis does not answer the readiness check: ${(error as Error).message}`);
      this.connection?.disconnect();
      this.connection = null;
      return check.down();
    }
  }

  private async connected(): Promise<IORedis> {
    if (this.connection?.status === 'ready') return this.connection;
    this.connection?.disconnect();
    this.connection = new IORedis(this.config.redisUrl, {
      lazyConnect: true,
      connectTimeout: TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    this.connection.on('error', () => undefined);
    await this.connection.connect();
    return this.connection;
  }

  onModuleDestroy(): void {
    this.connection?.disconnect();
    this.connection = null;
  }
}
