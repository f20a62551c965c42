import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { nestLogger } from '../observability/logging';
import { HealthModule, type WorkerProbeTargets } from './health.module';

export interface WorkerHealthServer {
  port: number;
  close(): Promise<void>;
}

/** A worker's small HTTP server: /health/live, /health/ready and /metrics, for Kubernetes and Prometheus. */
export async function startWorkerHealthServer(
  targets: WorkerProbeTargets,
  address: { host: string; port: number },
  logger: Logger,
): Promise<WorkerHealthServer> {
  const app = await NestFactory.create<NestFastifyApplication>(
    HealthModule.forWorker(targets),
    new FastifyAdapter(),
    { logger: nestLogger(logger) },
  );
  await app.listen(address);
  return { port: (app.getHttpServer().address() as AddressInfo).port, close: () => app.close() };
}
