import { loadConfig } from '@prepcom/api/dist/config/app-config';
import { startWorker } from '@prepcom/api/dist/worker/start-worker';
import { serveBench } from './child-process';

const A_DAY_MS = 86_400_000;

/**
 * A notification worker as production starts it (startWorker: its Nest context, job observer, logs and metrics),
 * configured from the environment the bench gives. Its reminder sweep and health watch run once at start, then
 * not again during the run, so that only the deliveries the bench queues are measured.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const worker = await startWorker(config, config.databaseUrl!, {
    reminderSweepMs: A_DAY_MS,
    healthWatchMs: A_DAY_MS,
  });
  serveBench({}, {}, () => worker.stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
