import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module';
import { registerHttpHardening } from './common/hardening/http-hardening';
import { inputValidationPipe } from './common/validation/validation.pipe';
import { ApiMetrics } from './observability/api-metrics';
import { registerRequestObservability } from './observability/observability.module';
import { requestIdFor } from './common/request-id';

/**
 * Builds the API (and the dashboard's static files, when built) without listening yet. `logger: false` silences
 * its logs. Shutting down on signals is the caller's: main.ts enables Nest's shutdown hooks, `npm start` stops
 * its own pieces in order.
 */
export async function createApp(
  options: AppModuleOptions & { logger?: false },
): Promise<NestFastifyApplication> {
  const logs = { ...(options.logger === false && { level: 'silent' as const }), ...options.logs };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ ...options, logs }),
    // Behind an Ingress, the client's address (rate limits) is the one the trusted proxies forwarded.
    new FastifyAdapter({ genReqId: requestIdFor, trustProxy: options.config.trustProxy }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(inputValidationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  registerRequestObservability(fastify, app.get(ApiMetrics));
  closeConnectionsOnceStopping(fastify);
  await app.register(fastifyCookie);
  await registerHttpHardening(app, options.config);
  await serveDashboard(app, options.config.webDistDir);
  return app;
}

/**
 * While the server stops, answers to requests still in flight close their connection: a client's idle keep-alive
 * connection would otherwise hold the stop up until it times out (72 s). New requests on open connections are
 * answered 503 by Fastify itself (`return503OnClosing`).
 */
function closeConnectionsOnceStopping(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!fastify.server.listening) void reply.header('connection', 'close');
    return payload;
  });
}

/**
 * The built Vite app at `/`. Each built file gets its own route; any other GET falls back to index.html so the
 * dashboard's client-side routes survive a reload (more specific routes such as /graphql win). Files are sent
 * brotli- or gzip-compressed as the browser accepts, from the copies the build made (so no request pays for
 * compression); hashed files may be cached for a year unchanged, index.html is asked for again every time.
 */
async function serveDashboard(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  // Files in the build's assets/ carry a hash of their content in their name: a new build gives them new names.
  // Judged below the build folder, so a folder named "assets" above it cannot make index.html immutable.
  const hashed = path.join(webDistDir, 'assets') + path.sep;
  await fastify.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) =>
      void reply.header(
        'cache-control',
        file.startsWith(hashed) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  fastify.get('/*', (_request, reply) => reply.sendFile('index.html'));
}
