import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppModuleOptions } from './app.module';
import { registerHttpHardening } from './common/hardening/http-hardening';
import { inputValidationPipe } from './common/validation/validation.pipe';

/** Builds the API (and the dashboard's static files, when built) without listening yet. */
export async function createApp(
  options: AppModuleOptions & { logger?: false },
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    new FastifyAdapter(),
    {
      logger: options.logger ?? ['log', 'warn', 'error'],
    },
  );
  app.useGlobalPipes(inputValidationPipe());
  await app.register(fastifyCookie);
  await registerHttpHardening(app, options.config);
  app.enableShutdownHooks();
  await serveDashboard(app, options.config.webDistDir);
  return app;
}

/**
 * The built Vite app at `/`. Each built file gets its own route; any other GET falls back to index.html so the
 * dashboard's client-side routes survive a reload (more specific routes such as /graphql win).
 */
async function serveDashboard(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: webDistDir, wildcard: false });
  fastify.get('/*', (_request, reply) => reply.sendFile('index.html'));
}
