import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { Public } from '../identity/access.decorators';

/** Where the probes are, for the API and the workers alike (the Kubernetes manifests name the same). */
export const HEALTH_PATHS = { live: '/health/live', ready: '/health/ready' } as const;

/**
 * What readiness looks at: `required` decides (a worker's PostgreSQL, Redis and queue worker; the API's
 * PostgreSQL, and Redis if READINESS_REQUIRES_REDIS); `reported` is shown beside them without deciding.
 */
export interface ReadinessChecks {
  required: HealthIndicatorFunction[];
  reported: HealthIndicatorFunction[];
}
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** Adds the reported checks' results to a report, each under `info` or `error` as terminus files its own. */
function withReported(report: HealthCheckResult, reported: HealthIndicatorResult[]): HealthCheckResult {
  const merged = {
    ...report,
    info: { ...report.info },
    error: { ...report.error },
    details: { ...report.details },
  };
  for (const [key, value] of reported.flatMap((result) => Object.entries(result))) {
    merged[value.status === 'up' ? 'info' : 'error'][key] = value;
    merged.details[key] = value;
  }
  return merged;
}

/**
 * Kubernetes' probes. Liveness: the process answers HTTP (nothing else, so a database outage never gets every
 * replica restarted). Readiness: everything it needs answers; 503 with the name of what does not, never why.
 * Reported checks appear in the answer (up or down) but never make it 503.
 */
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessChecks,
  ) {}

  @Public()
  @Get(HEALTH_PATHS.live)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get(HEALTH_PATHS.ready)
  @HealthCheck()
  async ready(): Promise<HealthCheckResult> {
    const reported = await Promise.all(this.checks.reported.map((check) => check()));
    try {
      return withReported(await this.health.check(this.checks.required), reported);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailableException(withReported(error.getResponse() as HealthCheckResult, reported));
    }
  }
}
