import { ConfigError, loadConfig } from '../config/app-config';
import { startWorkerHealthServer } from '../health/worker-health-server';
import { RedisPolicyError } from '../notification/pipeline';
import { startWorker } from './start-worker';

/** A worker process: run as many as needed, on any machine that reaches PostgreSQL and Redis. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL is required; set it to a postgres:// URL.');
  const worker = await startWorker(config, config.databaseUrl);
  const health =
    config.workerHealthPort === undefined
      ? null
      : await startWorkerHealthServer(
          worker.probes,
          { host: config.host, port: config.workerHealthPort },
          worker.logger,
        );
  worker.logger.info(
    { healthPort: health?.port },
    `[prepcom worker] relaying and delivering notifications (queue prefix "${config.queuePrefix}")`,
  );
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    // Jobs in hand finish first; meanwhile the probes still answer (readiness says the worker is stopping).
    await worker.stop();
    await health?.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof RedisPolicyError;
  console.error(known ? `Cannot start the worker: ${(error as Error).message}` : error);
  process.exit(1);
});
