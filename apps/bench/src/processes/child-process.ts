import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** What a child says once it serves, and how it answers a question from the bench. */
type ToParent =
  { type: 'ready'; details: Record<string, unknown> } | { type: 'answer'; id: number; value: unknown };
type ToChild = { type: 'ask'; id: number; question: string } | { type: 'stop' };

/**
 * A process of the bench's own (the API, a worker) forked from a compiled entry point: it is measured from the
 * outside (its peak memory from /proc), answers questions over IPC, and stops when told. Its stdout (JSON logs, as
 * in production) is discarded; its stderr is the bench's. `BENCH_CPU_PROFILE_DIR` runs it under `--cpu-prof`.
 */
export class BenchChild {
  private nextId = 0;
  private readonly waiting = new Map<number, (value: unknown) => void>();

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly details: Record<string, unknown>,
  ) {
    child.on('message', (message: ToParent) => {
      if (message.type !== 'answer') return;
      this.waiting.get(message.id)?.(message.value);
      this.waiting.delete(message.id);
    });
  }

  static start(
    name: string,
    script: string,
    env: NodeJS.ProcessEnv,
    args: string[] = [],
  ): Promise<BenchChild> {
    const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
    const child = fork(script, args, {
      env,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      execArgv: profileDir
        ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name}.cpuprofile`]
        : [],
    });
    return new Promise((resolve, reject) => {
      const failed = (code: number | null) =>
        reject(new Error(`${name} exited (${code}) before it was ready.`));
      child.once('exit', failed);
      child.once('message', (message: ToParent) => {
        if (message.type !== 'ready') return;
        child.off('exit', failed);
        resolve(new BenchChild(name, child, message.details));
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  ask<T>(question: string): Promise<T> {
    const id = (this.nextId += 1);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (value: unknown) => void);
      this.child.send({ type: 'ask', id, question } satisfies ToChild);
    });
  }

  /** The most memory the process has held resident since it started (VmHWM), in bytes; null off Linux. */
  peakRssBytes(): number | null {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
      return kilobytes === undefined ? null : Number(kilobytes) * 1024;
    } catch {
      return null;
    }
  }

  /**
   * Waits until the process has gone quiet (under 20 ms of CPU in 250 ms, or 60 s at most): a load generator that
   * stops leaves requests in flight, and their work must not fall into the next arm's measurement.
   */
  async settle(): Promise<void> {
    const cpuTicks = () => cpuTicksOf(this.child.pid!);
    const deadline = Date.now() + 60_000;
    for (let before = cpuTicks(); Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = cpuTicks();
      if (now - before <= 2) return;
      before = now;
    }
  }

  /** Asks the process to stop cleanly, and kills it if it has not within 15 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'stop' } satisfies ToChild);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
}

/** CPU time a process has used so far, user and system, in clock ticks (USER_HZ, 100 a second on Linux). */
export function cpuTicksOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The child's side: says it is ready, answers the bench's questions, and stops when told (then exits). */
export function serveBench(
  details: Record<string, unknown>,
  answers: Record<string, () => unknown>,
  stop: () => Promise<void>,
): void {
  const send = (message: ToParent) => process.send!(message);
  let stopping = false;
  const stopOnce = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('message', (message: ToChild) => {
    if (message.type === 'stop') return stopOnce();
    const answer = answers[message.question];
    void Promise.resolve(answer ? answer() : null).then((value) =>
      send({ type: 'answer', id: message.id, value }),
    );
  });
  // The bench gone (killed, crashed), nobody will tell this process to stop.
  process.on('disconnect', stopOnce);
  send({ type: 'ready', details });
}
