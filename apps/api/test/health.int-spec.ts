import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { startWorkerHealthServer, type WorkerHealthServer } from '../src/health/worker-health-server';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('health of the API', () => {
  let t: TestApp;
  let withoutRedis: TestApp;
  let requiringRedis: TestApp;
  let deadRedisPort: number;

  beforeAll(async () => {
    deadRedisPort = await freePort();
    const deadRedis = `redis://127.0.0.1:${deadRedisPort}`;
    t = await startTestApp();
    withoutRedis = await startTestApp({ env: { REDIS_URL: deadRedis, NODE_ENV: 'production' } });
    requiringRedis = await startTestApp({ env: { REDIS_URL: deadRedis, READINESS_REQUIRES_REDIS: 'true' } });
  });

  afterAll(async () => {
    await t?.close();
    await withoutRedis?.close();
    await requiringRedis?.close();
  });

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    const live = await t.app.inject({ url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, redis: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('stays ready while Redis does not answer, and reports it down without saying why', async () => {
    const ready = await withoutRedis.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ok',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down' } },
      details: { database: { status: 'up' }, redis: { status: 'down' } },
    });
    expect(ready.body).not.toContain(String(deadRedisPort));
  });

  it('is not ready while Redis does not answer when READINESS_REQUIRES_REDIS is true, and stays live', async () => {
    const ready = await requiringRedis.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({
      status: 'error',
      info: { database: { status: 'up' } },
      error: { redis: { status: 'down' } },
      details: { database: { status: 'up' }, redis: { status: 'down' } },
    });
    expect(ready.body).not.toContain(String(deadRedisPort));
    expect((await requiringRedis.app.inject({ url: '/health/live' })).statusCode).toBe(200);
  });

  it('answers probes without a session, cookies or CSRF check', async () => {
    const probe = await t.app.inject({
      url: '/health/ready',
      headers: { cookie: 'prepcom_session=whatever', origin: 'https://elsewhere.example' },
    });
    expect(probe.statusCode).toBe(200);
  });

  it('keeps /metrics off in production unless METRICS_TOKEN is set', async () => {
    expect((await withoutRedis.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(200);
  });
});

describe('health of a worker, on its own port', () => {
  let t: TestApp;
  let worker: RunningWorker;
  let server: WorkerHealthServer;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${server.port}${path}`, { headers });

  beforeAll(async () => {
    t = await startTestApp();
    const config = loadConfig({
      REDIS_URL,
      QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
      METRICS_TOKEN: 'a-token-for-prometheus-only',
    });
    worker = await startWorker(config, t.database.url, { logger: false });
    server = await startWorkerHealthServer(worker.probes, { host: '127.0.0.1', port: 0 }, worker.logger);
  });

  afterAll(async () => {
    await worker?.stop().catch(() => undefined);
    await server?.close();
    await t?.close();
  });

  it('is live, and ready while PostgreSQL, Redis and its queue worker are', async () => {
    expect(await (await get('/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' }, 'queue-worker': { status: 'up' } },
    });
  });

  it('serves its metrics to whoever holds the token: queue depth per state and process metrics', async () => {
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', { authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
    const scrape = await get('/metrics', { authorization: 'Bearer a-token-for-prometheus-only' });
    expect(scrape.status).toBe(200);
    const text = await scrape.text();
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(text).toMatch(
        new RegExp(`^prepcom_queue_jobs\\{queue="notifications",state="${state}"\\} \\d+$`, 'm'),
      );
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('is no longer ready once its worker stops taking jobs', async () => {
    await Promise.all(worker.pipeline.queues.map((queue) => queue.obliterate({ force: true })));
    await worker.pipeline.stop();
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ error: { 'queue-worker': { status: 'down' } } });
    expect((await get('/health/live')).status).toBe(200);
  });
});
