import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@prepcom/api/dist/config/app-config';
import { REPO_ROOT } from '@prepcom/api/dist/config/paths';
import { stableId } from '@prepcom/api/dist/seed/stable-id';
import { BenchDatabase, type RowCounts } from './data/bench-database';
import { assertSameAnswer, DashboardApi } from './http/dashboard-arms';
import { load, requestsFor, type LoadResult, type Target } from './http/load';
import { CpuMeter, meetingMorning } from './http/meeting-morning';
import { chartPoints, readinessChartTargets } from './http/readiness-chart';
import { firstMatter, SEARCHES, searchTargets } from './http/search';
import { addViewsToOneMatter, VIEWS_ON_MATTER, viewMattersTargets } from './http/view-matters';
import { describeMachine } from './machine';
import { MinimalDeliverer } from './notifications/minimal-deliverer';
import {
  CONCURRENCY,
  INVITED_STATES_PARTIES,
  NotificationBench,
  type Timed,
} from './notifications/notification-bench';
import { SmtpSink } from './notifications/smtp-sink';
import { BenchChild } from './processes/child-process';
import { renderResults, targetsMet, writeReport, type BenchResults } from './report/report';
import { ratios, summarise } from './stats';
import { type FirstScreen, firstScreenOverTheWire } from './web/first-screen';

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number above 0; got "${raw}".`);
  return value;
}

/** Full runs write docs/; BENCH_SCALE, BENCH_ROUNDS and BENCH_SECONDS shrink a run while working on the bench. */
const settings = {
  scale: setting('BENCH_SCALE', 100),
  rounds: setting('BENCH_ROUNDS', 5),
  secondsPerArm: setting('BENCH_SECONDS', 5),
  /** Enough for graphql-jit to compile the query and the pools and caches to fill; they also time the arm. */
  warmupRequests: setting('BENCH_WARMUP_REQUESTS', 16),
  connections: 8,
  fanOutEvents: 20,
  /** A round of R5 takes a second or two, which the machine's load moves by half: more of them steady the median. */
  fanOutRounds: 4 * setting('BENCH_ROUNDS', 5),
  deliveryEvents: 5,
  /** The meeting morning: this many delegates within this many seconds, against two API replicas. */
  morningDelegates: setting('BENCH_MORNING_DELEGATES', 500),
  morningSeconds: setting('BENCH_MORNING_SECONDS', 60),
};
/**
 * `BENCH_ONLY=dashboard`, `BENCH_ONLY=notifications` (`BENCH_ONLY=fan-out`: its R5 alone), `BENCH_ONLY=view-matters`, `BENCH_ONLY=search`, `BENCH_ONLY=first-screen` or
 * `BENCH_ONLY=morning` measures one part and prints its figures without writing a report: for working on one figure.
 * A report always holds a whole run.
 */
const ONLY = ['dashboard', 'notifications', 'fan-out', 'view-matters', 'search', 'first-screen', 'morning'];
const only = process.env.BENCH_ONLY || undefined;
if (only !== undefined && !ONLY.includes(only))
  throw new Error(`BENCH_ONLY must be one of ${ONLY.join(', ')}; got "${only}".`);
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const reportDir = process.env.BENCH_REPORT_DIR || path.join(REPO_ROOT, 'docs');
const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
/** Every queue key of the run: several runs, tests and installations can share one Redis. */
const queuePrefix = `prepcom-bench-${runId}`;
const dist = path.join(__dirname, 'processes');

const log = (line: string) => console.log(`[bench] ${line}`);
const mib = (bytes: number | null) => (bytes === null ? null : Math.round(bytes / 2 ** 20));

/** What is to be stopped, dropped and deleted at the end, however the run ends. */
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: unknown) => console.error(`[bench] clean-up: ${String(error)}`));
  }
}

/** The environment of the API and worker processes: production, as configured by default, on the run's stores. */
function productionEnv(database: BenchDatabase, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PREPCOM_WEB_DIST: path.join(reportDir, 'no-dashboard-here'),
    ...extra,
  };
}

async function startChild(name: string, script: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const child = await BenchChild.start(name, path.join(dist, script), env, args);
  cleanups.push(() => child.stop());
  return child;
}

async function seeded(label: string, processes: number, now: Date) {
  const database = await BenchDatabase.create(
    databaseUrl,
    `prepcom_bench_${runId}_${label.replace(/\W/g, '')}`,
  );
  cleanups.push(() => database.drop());
  const started = performance.now();
  const rows = await database.seed(processes, now, `${label} data`);
  return { database, rows, seconds: (performance.now() - started) / 1000 };
}

/** Runs every arm once per round, in the given order on even rounds and reversed on odd ones. */
async function rounds<K extends string, T>(
  arms: Record<K, () => Promise<T>>,
  count = settings.rounds,
): Promise<Record<K, T[]>> {
  const names = Object.keys(arms) as K[];
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < count; round += 1) {
    for (const name of round % 2 ? [...names].reverse() : names) results[name].push(await arms[name]());
    log(`  round ${round + 1}/${count} done`);
  }
  return results;
}

const rate = (timed: Timed) => timed.jobs / timed.seconds;

async function measureHttp(small: DashboardApi, unguarded: DashboardApi, scaled: DashboardApi) {
  log('R3: statements per dashboard request, and the same answer from every arm');
  const graphql1x = await small.once(small.graphql);
  const graphqlScaled = await scaled.once(scaled.graphql);
  const handwritten = await small.once(small.handwritten);
  const handwrittenScaled = await scaled.once(scaled.handwritten);
  const unguardedAnswer = await unguarded.once(unguarded.graphql);
  assertSameAnswer('GraphQL and hand-written answers at 1×', graphql1x.body, handwritten.body);
  assertSameAnswer(
    `GraphQL and hand-written answers at ${settings.scale}×`,
    graphqlScaled.body,
    handwrittenScaled.body,
  );
  assertSameAnswer(`GraphQL answers at 1× and ${settings.scale}×`, graphql1x.body, graphqlScaled.body);
  assertSameAnswer('GraphQL answers with guards on and off', graphql1x.body, unguardedAnswer.body);
  if (handwritten.statements !== handwrittenScaled.statements) {
    throw new Error(
      `The hand-written dashboard took ${handwritten.statements} and ${handwrittenScaled.statements}.`,
    );
  }

  /** One arm's run, then the API left to finish whatever is still in flight. */
  const run = async (api: DashboardApi, target: Target, connections: number, requests: number) => {
    const result = await load(target, connections, requests);
    await api.child.settle();
    return result;
  };
  /** Warms an arm up, and sizes its rounds to last about BENCH_SECONDS at the rate it showed. */
  const arm = async (api: DashboardApi, target: Target, connections: number) => {
    const warm = await run(api, target, connections, settings.warmupRequests);
    const requests = requestsFor(warm, connections, settings.secondsPerArm);
    return () => run(api, target, connections, requests);
  };
  const { connections } = settings;
  log(`warm-up: ${settings.warmupRequests} requests per arm`);
  const graphql = await arm(small, small.graphql, connections);
  const handwrittenArm = await arm(small, small.handwritten, connections);
  const unguardedArm = await arm(unguarded, unguarded.graphql, connections);
  const graphqlScaledArm = await arm(scaled, scaled.graphql, connections);
  const handwrittenScaledArm = await arm(scaled, scaled.handwritten, connections);
  const alone = await arm(small, small.graphql, 1);
  const aloneScaled = await arm(scaled, scaled.graphql, 1);

  log(
    `R2 at 1× and ${settings.scale}×, and R8: ${settings.rounds} rounds of about ${settings.secondsPerArm} s per arm, ${connections} connections`,
  );
  const http = await rounds({
    graphql,
    handwritten: handwrittenArm,
    unguarded: unguardedArm,
    graphqlScaled: graphqlScaledArm,
    handwrittenScaled: handwrittenScaledArm,
  });
  log(`Growth: ${settings.rounds} rounds of about ${settings.secondsPerArm} s per arm, one connection`);
  const growth = await rounds({ small: alone, scaled: aloneScaled });
  const perSecond = (results: LoadResult[]) => results.map((result) => result.requestsPerSecond);
  const p = (results: LoadResult[], key: 'p50' | 'p95') => results.map((result) => result[key]);
  return {
    r2: {
      ratio: summarise(ratios(perSecond(http.graphql), perSecond(http.handwritten))),
      graphqlPerSecond: summarise(perSecond(http.graphql)),
      handwrittenPerSecond: summarise(perSecond(http.handwritten)),
      scaled: {
        ratio: summarise(ratios(perSecond(http.graphqlScaled), perSecond(http.handwrittenScaled))),
        graphqlPerSecond: summarise(perSecond(http.graphqlScaled)),
        handwrittenPerSecond: summarise(perSecond(http.handwrittenScaled)),
      },
    },
    r3: {
      graphql1x: graphql1x.statements,
      graphqlScaled: graphqlScaled.statements,
      handwritten: handwritten.statements,
    },
    r8: {
      ratio: summarise(ratios(perSecond(http.graphql), perSecond(http.unguarded))),
      guardedPerSecond: summarise(perSecond(http.graphql)),
      unguardedPerSecond: summarise(perSecond(http.unguarded)),
    },
    growth: {
      p50: summarise(ratios(p(growth.scaled, 'p50'), p(growth.small, 'p50'))),
      p95: summarise(ratios(p(growth.scaled, 'p95'), p(growth.small, 'p95'))),
      latency1x: { p50: summarise(p(growth.small, 'p50')), p95: summarise(p(growth.small, 'p95')) },
      latencyScaled: { p50: summarise(p(growth.scaled, 'p50')), p95: summarise(p(growth.scaled, 'p95')) },
    },
  };
}

/**
 * The readiness chart's request, the API's series, against the twelve aliased dashboards it replaces: the same
 * figures (checked), one client, p50 latency and SQL statements per request.
 */
async function measureReadinessChart(api: DashboardApi, now: Date) {
  const { series, aliased } = readinessChartTargets(api.baseUrl, api.processId, now);
  const [seriesOnce, aliasedOnce] = [await api.once(series), await api.once(aliased)];
  assertSameAnswer(
    'The readiness series and the aliased dashboards',
    chartPoints(seriesOnce.body),
    chartPoints(aliasedOnce.body),
  );
  const arm = async (target: Target) => {
    const warm = await load(target, 1, settings.warmupRequests);
    const requests = requestsFor(warm, 1, settings.secondsPerArm);
    return () => load(target, 1, requests);
  };
  log(
    `readiness chart: ${settings.rounds} rounds of about ${settings.secondsPerArm} s per arm, one connection`,
  );
  const results = await rounds({ series: await arm(series), aliased: await arm(aliased) });
  const p50 = (runs: LoadResult[]) => runs.map((run) => run.p50);
  return {
    seriesP50: summarise(p50(results.series)),
    aliasedP50: summarise(p50(results.aliased)),
    speedUp: summarise(ratios(p50(results.aliased), p50(results.series))),
    statements: { series: seriesOnce.statements, aliased: aliasedOnce.statements },
  };
}

/**
 * The morning of a meeting: delegates open the public overview and a matter's page within a minute, against two
 * API replicas on the one PostgreSQL (target: no error, p95 under a second).
 */
async function measureMorning(database: BenchDatabase, processId: string) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client
    .query<{ id: string }>('SELECT id FROM matter WHERE process_id = $1 ORDER BY title, id', [processId])
    .finally(() => client.end());
  const replicas = await Promise.all(
    ['a', 'b'].map((name) => startChild(`api-morning-${name}`, 'api-server.js', productionEnv(database))),
  );
  const urls = replicas.map((replica) => `http://127.0.0.1:${String(replica.details.port)}`);
  const morning = {
    delegates: settings.morningDelegates,
    seconds: settings.morningSeconds,
    replicas: urls,
    processId,
    matterIds: rows.map((row) => row.id),
  };
  // Replicas that have served each page once (graphql-jit compiles a query on its first request), as in the
  // morning of a meeting: the API ran the day before.
  await meetingMorning({ ...morning, delegates: 2 * urls.length, seconds: 1 });
  log(`meeting morning: ${morning.delegates} delegates within ${morning.seconds} s, ${urls.length} replicas`);
  const cpu = await CpuMeter.start(
    database.url,
    replicas.map((replica) => replica.pid),
  );
  const result = await meetingMorning(morning);
  const used = await cpu.stop();
  const peakMiB = replicas.map((replica) => mib(replica.peakRssBytes()));
  await Promise.all(replicas.map((replica) => replica.stop()));
  const perRequest = (seconds: number) => (seconds * 1000) / result.requests;
  return {
    ...result,
    peakMiB,
    /** CPU milliseconds per request, the replicas' and PostgreSQL's: what the 2 cores can carry, whatever the load. */
    cpuMsPerRequest: {
      api: perRequest(used.processes),
      postgres: used.postgres === null ? null : perRequest(used.postgres),
    },
  };
}

/**
 * A matter page whose 300 views each ask for their matter, against the same page without: the views' matters must
 * cost about what the page does (target: within 2×), whatever the number of views and their instants.
 */
async function measureViewMatters(database: BenchDatabase, processId: string) {
  const matterId = await addViewsToOneMatter(database.url, processId);
  const api = await startChild('api-view-matters', 'api-server.js', productionEnv(database));
  const { page, withViewMatters } = viewMattersTargets(api, matterId);
  const arm = async (target: Target) => {
    const warm = await load(target, 1, settings.warmupRequests);
    const requests = requestsFor(warm, 1, settings.secondsPerArm);
    return () => load(target, 1, requests);
  };
  log(`view matters: ${settings.rounds} rounds of about ${settings.secondsPerArm} s per arm, one connection`);
  const results = await rounds({ page: await arm(page), withViewMatters: await arm(withViewMatters) });
  await api.stop();
  const p50 = (runs: LoadResult[]) => runs.map((run) => run.p50);
  return {
    views: VIEWS_ON_MATTER,
    pageP50: summarise(p50(results.page)),
    withViewMattersP50: summarise(p50(results.withViewMatters)),
    ratio: summarise(ratios(p50(results.withViewMatters), p50(results.page))),
  };
}

/**
 * The header's search at scale, against a single matter's page from the same API: a search must answer in the same
 * order of time (target: p50 within 10×), for a misspelt word and for a common name.
 */
async function measureSearch(database: BenchDatabase, processId: string) {
  const matterId = await firstMatter(database.url, processId);
  const api = await startChild('api-search', 'api-server.js', productionEnv(database));
  const targets = searchTargets(api, processId, matterId);
  const arm = async (target: Target) => {
    const warm = await load(target, 1, settings.warmupRequests);
    const requests = requestsFor(warm, 1, settings.secondsPerArm);
    return () => load(target, 1, requests);
  };
  log(`search: ${settings.rounds} rounds of about ${settings.secondsPerArm} s per arm, one connection`);
  const results = await rounds({
    page: await arm(targets.page),
    typo: await arm(targets.typo),
    common: await arm(targets.common),
  });
  await api.stop();
  const p50 = (runs: LoadResult[]) => runs.map((run) => run.p50);
  return {
    searches: SEARCHES,
    pageP50: summarise(p50(results.page)),
    typoP50: summarise(p50(results.typo)),
    commonP50: summarise(p50(results.common)),
    typoRatio: summarise(ratios(p50(results.typo), p50(results.page))),
    commonRatio: summarise(ratios(p50(results.common), p50(results.page))),
  };
}

async function notificationBench(database: BenchDatabase, processId: string) {
  const sink = await SmtpSink.start();
  cleanups.push(() => sink.close());
  const config = loadConfig({
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    SMTP_URL: sink.url,
  });
  const bench = await NotificationBench.start(config, database.url, processId, settings.fanOutEvents);
  cleanups.push(() => bench.stop());
  return { sink, bench };
}

/**
 * R5, in deliveries queued per second (decision 0045's consequences): the relay and fan-out of the bench's events
 * against BullMQ adding a job per delivery in the batches the pipeline used before decision 0043; and, for
 * continuity, against a bare no-op job per delivery. The three arms take turns within each round.
 */
async function measureFanOut(bench: NotificationBench) {
  log(
    `R5: ${settings.fanOutRounds} rounds of relay and fan-out of ${settings.fanOutEvents} events against raw addBulk ` +
      'of a job per delivery',
  );
  const warm = await bench.fanOut();
  const work = await bench.queuedDeliveries();
  await bench.rawAddBulk(work);
  await bench.noopAddBulk(work);
  const fanOut = await rounds(
    {
      pipeline: () => bench.fanOut(),
      raw: () => bench.rawAddBulk(work),
      noop: () => bench.noopAddBulk(work),
    },
    settings.fanOutRounds,
  );
  for (const [arm, runs] of Object.entries(fanOut))
    if (runs.some((run) => run.jobs !== warm.jobs))
      throw new Error(
        `R5's ${arm} arm queued ${runs.map((run) => run.jobs).join(', ')} deliveries, not ${warm.jobs}.`,
      );
  return {
    ratio: summarise(ratios(fanOut.pipeline.map(rate), fanOut.raw.map(rate))),
    noopRatio: summarise(ratios(fanOut.pipeline.map(rate), fanOut.noop.map(rate))),
    pipelinePerSecond: summarise(fanOut.pipeline.map(rate)),
    rawPerSecond: summarise(fanOut.raw.map(rate)),
    noopPerSecond: summarise(fanOut.noop.map(rate)),
    deliveries: warm.jobs,
  };
}

async function measureNotifications(database: BenchDatabase, processId: string) {
  const { sink, bench } = await notificationBench(database, processId);
  const r5 = await measureFanOut(bench);

  log(
    `R6: ${settings.rounds} rounds of ${settings.deliveryEvents} events delivered by the worker, by a minimal ` +
      'deliverer and by a no-op worker',
  );
  await bench.clearQueue();
  const worker = await startChild(
    'worker',
    'worker-process.js',
    productionEnv(database, { SMTP_URL: sink.url }),
  );
  // The warm-up delivery is recorded: the minimal deliverer writes the same rows and sends the same emails.
  const recorded = await bench.recordDelivery(settings.deliveryEvents, sink);
  const minimal = MinimalDeliverer.start(database.url, sink.url, CONCURRENCY);
  cleanups.push(() => minimal.stop());
  await bench.minimalDeliver(minimal, recorded, sink);
  await bench.noopDeliver(recorded.jobs);
  const delivery = await rounds({
    worker: () => bench.deliver(settings.deliveryEvents, sink),
    minimal: () => bench.minimalDeliver(minimal, recorded, sink),
    noop: () => bench.noopDeliver(recorded.jobs),
  });

  const people = await bench.addDelegates();
  log(
    `Invitation: ${settings.rounds} meetings, each inviting ${people} people of ${INVITED_STATES_PARTIES} States Parties`,
  );
  await bench.invite(sink);
  const invitations: Timed[] = [];
  for (let round = 0; round < settings.rounds; round += 1) invitations.push(await bench.invite(sink));
  return {
    r5,
    r6: {
      ratio: summarise(ratios(delivery.worker.map(rate), delivery.minimal.map(rate))),
      noopRatio: summarise(ratios(delivery.worker.map(rate), delivery.noop.map(rate))),
      workerPerSecond: summarise(delivery.worker.map(rate)),
      minimalPerSecond: summarise(delivery.minimal.map(rate)),
      noopPerSecond: summarise(delivery.noop.map(rate)),
      deliveries: recorded.jobs,
    },
    invitation: {
      statesParties: INVITED_STATES_PARTIES,
      people,
      deliveries: invitations[0]!.jobs,
      seconds: summarise(invitations.map((timed) => timed.seconds)),
      perSecond: summarise(invitations.map(rate)),
    },
    workerPeakMiB: mib(worker.peakRssBytes()),
  };
}

/** Deletes every Redis key of the run (queues already obliterated leave none; a failed run may). */
async function deleteQueueKeys(): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** The dashboard's first screen as the product serves it (its own API process, so the arms above serve none). */
async function measureFirstScreen(database: BenchDatabase): Promise<FirstScreen> {
  const webDist = path.join(REPO_ROOT, 'apps', 'web', 'dist');
  const server = await startChild(
    'api-dashboard',
    'api-server.js',
    productionEnv(database, { PREPCOM_WEB_DIST: webDist }),
  );
  try {
    return await firstScreenOverTheWire(`http://127.0.0.1:${String(server.details.port)}`, webDist);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date();
  const machine = await describeMachine(databaseUrl, redisUrl);
  log(
    `${machine.cpu}, ${machine.cores} cores; Node ${machine.node}, PostgreSQL ${machine.postgres}, Redis ${machine.redis}`,
  );
  cleanups.push(deleteQueueKeys);

  // Every dated thing in the data is placed around this instant, the same in both databases.
  const now = new Date();
  const small = await seeded('1x', 1, now);
  const processId = stableId('process:bench-p0');
  if (only === 'fan-out') {
    log(
      JSON.stringify(
        await measureFanOut((await notificationBench(small.database, processId)).bench),
        null,
        2,
      ),
    );
    return;
  }
  if (only === 'notifications') {
    log(JSON.stringify(await measureNotifications(small.database, processId), null, 2));
    return;
  }
  if (only === 'first-screen') {
    log(JSON.stringify(await measureFirstScreen(small.database), null, 2));
    return;
  }
  if (only === 'view-matters') {
    log(JSON.stringify(await measureViewMatters(small.database, processId), null, 2));
    return;
  }
  if (only === 'morning') {
    log(JSON.stringify(await measureMorning(small.database, processId), null, 2));
    return;
  }
  const scaled = await seeded(`${settings.scale}x`, settings.scale, now);
  if (only === 'search') {
    log(JSON.stringify(await measureSearch(scaled.database, processId), null, 2));
    return;
  }
  const data: { '1x': RowCounts; scaled: RowCounts; seedSeconds: { '1x': number; scaled: number } } = {
    '1x': small.rows,
    scaled: scaled.rows,
    seedSeconds: { '1x': small.seconds, scaled: scaled.seconds },
  };

  log('starting the API three times: 1×, 1× without GraphQL guards, and at scale');
  const [api, apiUnguarded, apiScaled] = await Promise.all([
    startChild('api-1x', 'api-server.js', productionEnv(small.database)),
    startChild('api-1x-unguarded', 'api-server.js', productionEnv(small.database), ['--no-graphql-guards']),
    startChild('api-scaled', 'api-server.js', productionEnv(scaled.database)),
  ]);
  const http = await measureHttp(
    new DashboardApi(api, processId),
    new DashboardApi(apiUnguarded, processId),
    new DashboardApi(apiScaled, processId),
  );
  const readinessChart = await measureReadinessChart(new DashboardApi(api, processId), now);
  const memory = { apiPeakMiB: mib(api.peakRssBytes()), apiScaledPeakMiB: mib(apiScaled.peakRssBytes()) };
  await Promise.all([api.stop(), apiUnguarded.stop(), apiScaled.stop()]);
  if (only === 'dashboard') {
    log(JSON.stringify({ ...http, readinessChart, memory }, null, 2));
    return;
  }

  const morning = await measureMorning(small.database, processId);
  const search = await measureSearch(scaled.database, processId);
  const notifications = await measureNotifications(small.database, processId);
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    minutes: (performance.now() - started) / 60_000,
    machine,
    settings,
    data,
    ...http,
    readinessChart,
    morning,
    r5: notifications.r5,
    r6: notifications.r6,
    invitation: notifications.invitation,
    search,
    memory: { ...memory, workerPeakMiB: notifications.workerPeakMiB },
    // Read only for a whole run: the parts measured alone do not need the dashboard built.
    firstScreen: await measureFirstScreen(small.database),
  };
  console.log(`\n${renderResults(results)}\n`);
  const met = Object.values(targetsMet(results)).filter(Boolean).length;
  log(`${met} of ${Object.keys(targetsMet(results)).length} targets met`);
  await writeReport(reportDir, results);
  log(`wrote ${path.relative(process.cwd(), path.join(reportDir, 'benchmarks.md'))} and benchmarks.json`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    process.exit();
  });
