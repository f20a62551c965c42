import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Registry } from 'prom-client';
import { Public } from '../identity/access.decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** The Prometheus registry a process exposes at /metrics (the API's or the worker's). */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may read /metrics: with METRICS_TOKEN set, whoever sends it as a bearer token; without it, anyone outside
 * production and nobody in production (metrics name operations and show load: not for the public internet).
 */
export function metricsAccess(
  config: Pick<AppConfig, 'metricsToken' | 'production'>,
  authorization: string | undefined,
): 'allowed' | 'unauthorized' | 'off' {
  if (config.metricsToken === undefined) return config.production ? 'off' : 'allowed';
  const [scheme, token] = (authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token !== undefined && sameToken(token, config.metricsToken)
    ? 'allowed'
    : 'unauthorized';
}

/** GET /metrics in Prometheus's text format. Not GraphQL, so neither rate limits nor the CSRF check apply. */
@Controller()
export class MetricsController {
  constructor(
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('metrics')
  async metrics(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const access = metricsAccess(this.config, request.headers.authorization);
    if (access === 'off') {
      await reply.status(404).type('text/plain; charset=utf-8').send('Not found.\n');
    } else if (access === 'unauthorized') {
      await reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .type('text/plain; charset=utf-8')
        .send('Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".\n');
    } else {
      await reply
        .header('cache-control', 'no-store')
        .type(this.registry.contentType)
        .send(await this.registry.metrics());
    }
  }
}
