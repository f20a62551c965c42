import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { API_PACKAGE_ROOT } from '../../src/config/paths';
import { freePort } from '../../src/database/embedded-postgres';
import { eventually } from './smtp-catcher';

/** The compiled entry points production runs (`npm run build` first). */
export const BUILT = {
  api: path.join(API_PACKAGE_ROOT, 'dist', 'main.js'),
  worker: path.join(API_PACKAGE_ROOT, 'dist', 'worker', 'main.js'),
  migrate: path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'migrate.js'),
  seed: path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'seed.js'),
};

export interface BuiltProcess {
  child: ChildProcess;
  /** What it printed so far, stdout and stderr. */
  output(): string;
  /** Its exit code once it has exited (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Sends the signal and waits for the process to exit. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export interface ApiProcess extends BuiltProcess {
  port: number;
}

function run(entry: string, env: NodeJS.ProcessEnv): BuiltProcess {
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Waits until `ready` holds, failing at once with the process's output if it exits first; never leaves it running. */
async function startedWhen(started: BuiltProcess, ready: () => Promise<boolean> | boolean): Promise<void> {
  try {
    await eventually(
      async () => {
        const { exitCode } = started.child;
        if (exitCode !== null) throw new Error(`Exited with ${exitCode}:\n${started.output()}`);
        return ready();
      },
      (isReady) => isReady,
      // Catches a process that never becomes ready; starting one took over a minute with the machine's load at 30.
      300_000,
    );
  } catch (error) {
    await started.stop('SIGKILL');
    throw error;
  }
}

/** The built API on a free loopback port, ready (its /health/ready answers 200). */
export async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const port = await freePort();
  const api = run(BUILT.api, {
    HOST: '127.0.0.1',
    PORT: String(port),
    PREPCOM_WEB_DIST: '/nonexistent',
    ...env,
  });
  await startedWhen(
    api,
    async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status === 200,
  );
  return { ...api, port };
}

/** The built worker, once it relays and delivers. */
export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<BuiltProcess> {
  const worker = run(BUILT.worker, env);
  await startedWhen(worker, () => worker.output().includes('[prepcom worker] relaying'));
  return worker;
}

/** Runs a built command-line tool to its end; rejects with its output if it fails. */
export async function runBuilt(entry: string, env: NodeJS.ProcessEnv): Promise<string> {
  const tool = run(entry, env);
  const code = await tool.exited;
  if (code !== 0) throw new Error(`${path.basename(entry)} exited with ${code}:\n${tool.output()}`);
  return tool.output();
}
