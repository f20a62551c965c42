import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { REPO_ROOT } from '@prepcom/api/dist/config/paths';
import { cpuTicksOf } from '../processes/child-process';
import { quantile } from '../stats';

/**
 * The morning of a meeting: `delegates` people open the public overview, then one matter's page, each arriving at
 * an instant of its own within `seconds`, against API replicas behind a round-robin balancer. Open loop: a delegate
 * arrives when the schedule says, whether or not the API has answered the others, as people do.
 */
export interface Morning {
  delegates: number;
  seconds: number;
  /** Replicas' base URLs (loopback). */
  replicas: string[];
  processId: string;
  /** The matters delegates open, one each in turn. */
  matterIds: string[];
}

export interface MorningResult {
  delegates: number;
  replicas: number;
  requests: number;
  /** Answers that were not a 200 with data and no GraphQL errors, timeouts and refused connections included. */
  errors: number;
  firstError: string | null;
  /** Milliseconds, every request's, from sending to the last byte of its answer. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** From the first arrival to the last answer. */
  seconds: number;
  /** How late the bench sent its latest arrival (it shares the CPU): a schedule kept late is a lighter load. */
  latestStartMs: number;
}

/** A request that has not answered in this long counts as an error, so the run stops by itself. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The dashboard's own queries, read from its sources: what a browser sends for these two screens. */
function webQuery(file: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'apps', 'web', 'src', file), 'utf8');
}

/** Arrival instants in ms, the same every run: a small linear congruential generator, sorted. */
function arrivals(count: number, seconds: number): number[] {
  let state = 20_260_001;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => next() * seconds * 1000).sort((a, b) => a - b);
}

export async function meetingMorning(morning: Morning): Promise<MorningResult> {
  const overview = JSON.stringify({
    query: webQuery('overview/overview.graphql'),
    variables: { processId: morning.processId },
  });
  const matterQuery = webQuery('matter/matter.graphql');
  const latencies: number[] = [];
  const failures: string[] = [];
  let sent = 0;
  const send = async (body: string) => {
    const replica = morning.replicas[sent++ % morning.replicas.length]!;
    const started = performance.now();
    try {
      const response = await fetch(`${replica}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      latencies.push(performance.now() - started);
      if (response.status !== 200 || !text.startsWith('{"data":') || text.includes('"errors"'))
        failures.push(`${response.status} ${text.slice(0, 300)}`);
    } catch (error) {
      latencies.push(performance.now() - started);
      failures.push(String(error));
    }
  };
  const delegate = async (index: number) => {
    await send(overview);
    const id = morning.matterIds[index % morning.matterIds.length];
    await send(JSON.stringify({ query: matterQuery, variables: { id, withChanges: false } }));
  };

  const schedule = arrivals(morning.delegates, morning.seconds);
  const started = performance.now();
  let latestStartMs = 0;
  const running: Promise<void>[] = [];
  for (const [index, at] of schedule.entries()) {
    const wait = started + at - performance.now();
    if (wait > 0) await sleep(wait);
    latestStartMs = Math.max(latestStartMs, performance.now() - started - at);
    running.push(delegate(index));
  }
  await Promise.all(running);
  return {
    delegates: morning.delegates,
    replicas: morning.replicas.length,
    requests: latencies.length,
    errors: failures.length,
    firstError: failures[0] ?? null,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: Math.max(...latencies),
    seconds: (performance.now() - started - schedule[0]!) / 1000,
    latestStartMs,
  };
}

/**
 * CPU seconds used by the given processes and by the PostgreSQL backends serving `databaseUrl` (same machine),
 * from `start()` to `stop()`: what a request costs whatever else the machine runs. Backends that end meanwhile are
 * not counted; PostgreSQL's is null when its processes cannot be read (another host, another user).
 */
export class CpuMeter {
  private constructor(
    private readonly databaseUrl: string,
    private readonly pids: number[],
    private readonly before: Map<number, number>,
  ) {}

  static async start(databaseUrl: string, pids: number[]): Promise<CpuMeter> {
    const before = new Map<number, number>();
    for (const pid of [...pids, ...(await backends(databaseUrl))]) before.set(pid, readTicks(pid) ?? 0);
    return new CpuMeter(databaseUrl, pids, before);
  }

  async stop(): Promise<{ processes: number; postgres: number | null }> {
    const used = (pid: number) => {
      const now = readTicks(pid);
      return now === null ? null : (now - (this.before.get(pid) ?? 0)) / 100;
    };
    const processes = this.pids.reduce((sum, pid) => sum + (used(pid) ?? 0), 0);
    const postgres = (await backends(this.databaseUrl)).map(used);
    return {
      processes,
      postgres: postgres.some((seconds) => seconds === null)
        ? null
        : postgres.reduce<number>((sum, seconds) => sum + seconds!, 0),
    };
  }
}

function readTicks(pid: number): number | null {
  try {
    return cpuTicksOf(pid);
  } catch {
    return null;
  }
}

async function backends(databaseUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}
