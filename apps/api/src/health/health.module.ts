import { Module, type DynamicModule } from '@nestjs/common';
import { HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, ConfigModule } from '../config/config.module';
import { METRICS_REGISTRY, MetricsController } from '../observability/metrics.controller';
import type { WorkerMetrics } from '../observability/worker-metrics';
import { HealthController, READINESS_CHECKS, type ReadinessChecks } from './health.controller';
import { RedisHealthIndicator } from './redis-health.indicator';

/** What a worker's probes look at. */
export interface WorkerProbeTargets {
  config: AppConfig;
  dataSource: DataSource;
  /** Whether the BullMQ workers are taking jobs. */
  running: () => boolean;
  /** The job schedules that have not run for two of their intervals (Redis lost them, or no worker takes them). */
  overdueSchedules: () => Promise<string[]>;
  metrics: WorkerMetrics;
}

/** /health/live and /health/ready, for the API (in its module tree) and for a worker (on its own small port). */
@Module({})
export class HealthModule {
  static forApi(): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController],
      providers: [
        RedisHealthIndicator,
        {
          provide: READINESS_CHECKS,
          // The API needs Redis only for the administrators' failed-jobs view: by default a Redis outage is
          // reported, not a reason to take every replica out of service (docs/decisions/0012).
          useFactory: (
            config: AppConfig,
            database: TypeOrmHealthIndicator,
            redis: RedisHealthIndicator,
          ): ReadinessChecks => {
            const redisCheck = () => redis.pingCheck('redis');
            return {
              required: [
                () => database.pingCheck('database'),
                ...(config.readinessRequiresRedis ? [redisCheck] : []),
              ],
              reported: config.readinessRequiresRedis ? [] : [redisCheck],
            };
          },
          inject: [APP_CONFIG, TypeOrmHealthIndicator, RedisHealthIndicator],
        },
      ],
    };
  }

  /** A worker's HTTP side: the probes and the worker's /metrics, on WORKER_HEALTH_PORT. */
  static forWorker(targets: WorkerProbeTargets): DynamicModule {
    return {
      module: HealthModule,
      imports: [ConfigModule.forRoot(targets.config), TerminusModule.forRoot({ errorLogStyle: 'json' })],
      controllers: [HealthController, MetricsController],
      providers: [
        RedisHealthIndicator,
        { provide: METRICS_REGISTRY, useValue: targets.metrics.registry },
        {
          provide: READINESS_CHECKS,
          useFactory: (
            database: TypeOrmHealthIndicator,
            redis: RedisHealthIndicator,
            indicators: HealthIndicatorService,
          ): ReadinessChecks => ({
            required: [
              () => database.pingCheck('database', { connection: targets.dataSource }),
              () => redis.pingCheck('redis'),
              () => {
                const check = indicators.check('queue-worker');
                return targets.running() ? check.up() : check.down();
              },
              async () => {
                const check = indicators.check('schedules');
                // PostgreSQL away is the database check's to report.
                const overdue = await targets.overdueSchedules().catch(() => null);
                return overdue?.length === 0 ? check.up() : check.down(overdue ? { overdue } : {});
              },
            ],
            reported: [],
          }),
          inject: [TypeOrmHealthIndicator, RedisHealthIndicator, HealthIndicatorService],
        },
      ],
    };
  }
}
