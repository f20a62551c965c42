import { Module, type DynamicModule } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ApiMetrics } from './api-metrics';
import { httpLogOptions } from './logging';
import { METRICS_REGISTRY, MetricsController } from './metrics.controller';
import { REQUEST_ID_HEADER, runInRequest } from '../common/request-id';

/**
 * The API's logs and metrics: nestjs-pino logs every request (and every line logged while serving it) with its id,
 * and /metrics serves the API's registry. `registerRequestObservability` adds the Fastify side.
 */
@Module({})
export class ObservabilityModule {
  static forApi(logger: Logger): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot({ pinoHttp: httpLogOptions(logger) })],
      controllers: [MetricsController],
      providers: [
        ApiMetrics,
        {
          provide: METRICS_REGISTRY,
          useFactory: (metrics: ApiMetrics) => metrics.registry,
          inject: [ApiMetrics],
        },
      ],
      exports: [ApiMetrics],
    };
  }
}

/**
 * Gives each request its id for the whole of its handling (the outbox stores it with the events the request
 * causes), tells it back in `x-request-id`, and times GraphQL. Register before the routes and other hooks, so even
 * a request refused early carries its id.
 */
export function registerRequestObservability(fastify: FastifyInstance, metrics: ApiMetrics): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    runInRequest(request.id, done);
  });
  metrics.registerHttpHooks(fastify);
}
