import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthIndicatorFunction } from '@nestjs/terminus';
import { Public } from '../auth/access.decorators';

/** Where the probes are, for the API and the workers alike (the Kubernetes manifests name the same). */
export const HEALTH_PATHS = { live: '/health/live', ready: '/health/ready' } as const;

/** What a process needs to serve: the API's PostgreSQL and Redis; a worker's also its queue worker running. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/**
 * Kubernetes' probes. Liveness: the process answers HTTP (nothing else, so a database outage never gets every
 * replica restarted). Readiness: everything it needs answers; 503 with the name of what does not, never why.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: HealthIndicatorFunction[],
  ) {}

  @Public()
  @Get(HEALTH_PATHS.live)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get(HEALTH_PATHS.ready)
  @HealthCheck()
  ready() {
    return this.health.check(this.checks);
  }
}
