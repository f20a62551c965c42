import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { RowCounts } from '../data/bench-database';
import type { MorningResult } from '../http/meeting-morning';
import type { Machine } from '../machine';
import type { Summary } from '../stats';
import type { FirstScreen } from '../web/first-screen';

/** Everything one run measured; docs/benchmarks.json holds it as is. */
export interface BenchResults {
  startedAt: string;
  minutes: number;
  machine: Machine;
  settings: {
    scale: number;
    rounds: number;
    secondsPerArm: number;
    warmupRequests: number;
    connections: number;
    fanOutEvents: number;
    fanOutRounds: number;
    deliveryEvents: number;
    morningDelegates: number;
    morningSeconds: number;
  };
  data: { '1x': RowCounts; scaled: RowCounts; seedSeconds: { '1x': number; scaled: number } };
  r2: R2Arms & { scaled: R2Arms };
  r3: { graphql1x: number; graphqlScaled: number; handwritten: number };
  growth: {
    p50: Summary;
    p95: Summary;
    latency1x: { p50: Summary; p95: Summary };
    latencyScaled: { p50: Summary; p95: Summary };
  };
  readinessChart: {
    seriesP50: Summary;
    aliasedP50: Summary;
    /** p50 of the twelve aliased dashboards ÷ p50 of the series. */
    speedUp: Summary;
    statements: { series: number; aliased: number };
  };
  morning: MorningResult & {
    peakMiB: (number | null)[];
    cpuMsPerRequest: { api: number; postgres: number | null };
  };
  /** In deliveries queued per second (decision 0045's consequences). */
  r5: {
    /** The pipeline ÷ BullMQ adding a job per delivery, as the pipeline did before decision 0043. */
    ratio: Summary;
    /** The pipeline ÷ a bare no-op job per delivery (R5 before issue 18's third step, kept for continuity). */
    noopRatio: Summary;
    pipelinePerSecond: Summary;
    rawPerSecond: Summary;
    noopPerSecond: Summary;
    deliveries: number;
  };
  r6: {
    /** The worker ÷ the minimal deliverer (issue 18's R6). */
    ratio: Summary;
    /** The worker ÷ a no-op BullMQ worker (R6 before issue 18, kept for continuity). */
    noopRatio: Summary;
    workerPerSecond: Summary;
    minimalPerSecond: Summary;
    noopPerSecond: Summary;
    deliveries: number;
  };
  /** One invitation to every person of `statesParties` States Parties, from its outbox row to the last delivery. */
  invitation: {
    statesParties: number;
    people: number;
    deliveries: number;
    seconds: Summary;
    perSecond: Summary;
  };
  r8: { ratio: Summary; guardedPerSecond: Summary; unguardedPerSecond: Summary };
  search: {
    searches: { typo: string; common: string };
    pageP50: Summary;
    typoP50: Summary;
    commonP50: Summary;
    typoRatio: Summary;
    commonRatio: Summary;
  };
  memory: { apiPeakMiB: number | null; apiScaledPeakMiB: number | null; workerPeakMiB: number | null };
  firstScreen: FirstScreen;
}

/** R2's ratio and the two arms behind it, at one scale. */
interface R2Arms {
  ratio: Summary;
  graphqlPerSecond: Summary;
  handwrittenPerSecond: Summary;
}

const TARGETS = {
  r2: 0.8,
  r2Scaled: 0.7,
  r3Slack: 2,
  growth: 3,
  r5: 0.8,
  r6: 0.7,
  r8: 0.9,
  firstScreenBytes: 150_000,
  /** "The same order of time as a single matter page": p50 within ten times. */
  search: 10,
  /** A one-pass series must beat the twelve snapshots it replaces. */
  readinessChart: 1,
  morningP95Ms: 1000,
};

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const spread = (summary: Summary, digits = 2) =>
  `${fixed(summary.median, digits)} (${fixed(summary.min, digits)}–${fixed(summary.max, digits)}; IQR ` +
  `${fixed(summary.q1, digits)}–${fixed(summary.q3, digits)})`;
const verdict = (met: boolean) => (met ? 'met' : '**missed**');
const mib = (value: number | null) => (value === null ? 'n/a' : `${value} MiB`);

/** Which targets this run met, by row of the table. */
export function targetsMet(results: BenchResults) {
  const { r3 } = results;
  return {
    r2: results.r2.ratio.median >= TARGETS.r2,
    r2Scaled: results.r2.scaled.ratio.median >= TARGETS.r2Scaled,
    r3: r3.graphql1x === r3.graphqlScaled && r3.graphql1x <= r3.handwritten + TARGETS.r3Slack,
    growthP50: results.growth.p50.median <= TARGETS.growth,
    growthP95: results.growth.p95.median <= TARGETS.growth,
    r5: results.r5.ratio.median >= TARGETS.r5,
    r6: results.r6.ratio.median >= TARGETS.r6,
    r8: results.r8.ratio.median >= TARGETS.r8,
    searchTypo: results.search.typoRatio.median <= TARGETS.search,
    searchCommon: results.search.commonRatio.median <= TARGETS.search,
    firstScreen: results.firstScreen.wireBytes <= TARGETS.firstScreenBytes,
    readinessChart: results.readinessChart.speedUp.median > TARGETS.readinessChart,
    morning: results.morning.errors === 0 && results.morning.p95 < TARGETS.morningP95Ms,
  };
}

/** The generated part of docs/benchmarks.md: the table, the absolute figures behind it, the machine, the data. */
export function renderResults(results: BenchResults): string {
  const met = targetsMet(results);
  const { r2, r3, growth, r5, r6, r8, search, memory, firstScreen, machine, settings, data, invitation } =
    results;
  const { readinessChart, morning } = results;
  const rows = [
    [
      'R2: dashboard req/s at 1×, GraphQL ÷ hand-written SQL + JSON',
      spread(r2.ratio),
      `≥ ${TARGETS.r2}`,
      met.r2,
    ],
    [
      `R2: dashboard req/s at ${settings.scale}×, GraphQL ÷ hand-written SQL + JSON`,
      spread(r2.scaled.ratio),
      `≥ ${TARGETS.r2Scaled}`,
      met.r2Scaled,
    ],
    [
      'R3: SQL statements per dashboard request, 1× / 100× / minimum',
      `${r3.graphql1x} / ${r3.graphqlScaled} / ${r3.handwritten}`,
      `equal, ≤ minimum + ${TARGETS.r3Slack}`,
      met.r3,
    ],
    ['Growth: dashboard p50 latency, 100× ÷ 1×', spread(growth.p50), `≤ ${TARGETS.growth}`, met.growthP50],
    ['Growth: dashboard p95 latency, 100× ÷ 1×', spread(growth.p95), `≤ ${TARGETS.growth}`, met.growthP95],
    [
      'R5: deliveries queued/s, outbox → PENDING rows + batch jobs ÷ raw addBulk of a job per delivery (same data, ids, retries, batches as before decision 43)',
      spread(r5.ratio),
      `≥ ${TARGETS.r5}`,
      met.r5,
    ],
    [
      'R6: deliveries/s, worker ÷ minimal deliverer (same rows and emails; no queue, claims or rendering)',
      spread(r6.ratio),
      `≥ ${TARGETS.r6}`,
      met.r6,
    ],
    ['R8: dashboard req/s, guards on ÷ off', spread(r8.ratio), `≥ ${TARGETS.r8}`, met.r8],
    [
      `Search p50 at ${settings.scale}×, misspelt word ÷ a matter's page`,
      spread(search.typoRatio),
      `≤ ${TARGETS.search}`,
      met.searchTypo,
    ],
    [
      `Search p50 at ${settings.scale}×, common name ÷ a matter's page`,
      spread(search.commonRatio),
      `≤ ${TARGETS.search}`,
      met.searchCommon,
    ],
    [
      'Readiness chart p50, one client: 12 aliased dashboards ÷ the series',
      spread(readinessChart.speedUp),
      `> ${TARGETS.readinessChart}`,
      met.readinessChart,
    ],
    [
      `Meeting morning: ${morning.delegates} delegates in ${settings.morningSeconds} s, ${morning.replicas} ` +
        'replicas: p50 / p95 / p99, errors',
      `${fixed(morning.p50, 0)} / ${fixed(morning.p95, 0)} / ${fixed(morning.p99, 0)} ms, ${morning.errors} errors`,
      `p95 < ${TARGETS.morningP95Ms / 1000} s, no error`,
      met.morning,
    ],
    [
      'First screen over the wire (HTML, CSS, JavaScript; br/gzip as served, headers included)',
      `${fixed(firstScreen.wireBytes / 1000, 1)} kB in ${firstScreen.files.length} files`,
      `≤ ${TARGETS.firstScreenBytes / 1000} kB`,
      met.firstScreen,
    ],
  ] as const;
  const perSecond = (summary: Summary) => spread(summary, 1);
  const ms = (summary: Summary) => `${spread(summary, 1)} ms`;
  return [
    `Run of ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${fixed(results.minutes, 1)} minutes; ` +
      `medians of ${settings.rounds} rounds (R5: ${settings.fanOutRounds}), (min–max; IQR).`,
    '',
    '| Measure | Result | Target | |',
    '| --- | --- | --- | --- |',
    ...rows.map(([name, value, target, ok]) => `| ${name} | ${value} | ${target} | ${verdict(ok)} |`),
    `| R5 before issue 18's third step: deliveries queued/s, fan-out ÷ addBulk of a bare no-op job per delivery (for continuity) | ${spread(r5.noopRatio)} | | |`,
    `| R6 before issue 18: deliveries/s, worker ÷ no-op BullMQ worker (for continuity) | ${spread(r6.noopRatio)} | | |`,
    `| One invitation to ${invitation.people} people of ${invitation.statesParties} States Parties (${invitation.deliveries} deliveries), outbox to last delivery | ${spread(invitation.seconds, 1)} s | | |`,
    `| Peak RSS under load: API (1×, 100×) / worker | ${mib(memory.apiPeakMiB)}, ${mib(memory.apiScaledPeakMiB)} / ${mib(memory.workerPeakMiB)} | | |`,
    '',
    '### The figures behind the ratios',
    '',
    '| Arm | Median (min–max; IQR) |',
    '| --- | --- |',
    `| Dashboard at 1×, GraphQL (guards on), req/s | ${perSecond(r2.graphqlPerSecond)} |`,
    `| Dashboard at 1×, hand-written SQL + JSON, req/s | ${perSecond(r2.handwrittenPerSecond)} |`,
    `| Dashboard at ${settings.scale}×, GraphQL (guards on), req/s | ${perSecond(r2.scaled.graphqlPerSecond)} |`,
    `| Dashboard at ${settings.scale}×, hand-written SQL + JSON, req/s | ${perSecond(r2.scaled.handwrittenPerSecond)} |`,
    `| Dashboard, GraphQL, guards on (R8 rounds), req/s | ${perSecond(r8.guardedPerSecond)} |`,
    `| Dashboard, GraphQL, guards off, req/s | ${perSecond(r8.unguardedPerSecond)} |`,
    `| Dashboard at 1×, one client: p50 / p95 | ${ms(growth.latency1x.p50)} / ${ms(growth.latency1x.p95)} |`,
    `| Dashboard at 100×, one client: p50 / p95 | ${ms(growth.latencyScaled.p50)} / ${ms(growth.latencyScaled.p95)} |`,
    `| A matter's page at ${settings.scale}×, one client: p50 | ${ms(search.pageP50)} |`,
    `| Search "${search.searches.typo}" at ${settings.scale}×, one client: p50 | ${ms(search.typoP50)} |`,
    `| Search "${search.searches.common}" at ${settings.scale}×, one client: p50 | ${ms(search.commonP50)} |`,
    `| Readiness chart, the series (${readinessChart.statements.series} statements), one client: p50 | ${ms(readinessChart.seriesP50)} |`,
    `| Readiness chart, 12 aliased dashboards (${readinessChart.statements.aliased} statements), one client: p50 | ${ms(readinessChart.aliasedP50)} |`,
    `| Meeting morning: ${morning.requests} requests (the overview, then a matter's page), once | ` +
      `${fixed(morning.seconds, 1)} s from first arrival to last answer; slowest ${fixed(morning.max, 0)} ms; ` +
      `schedule kept within ${fixed(morning.latestStartMs, 0)} ms; CPU per request: API ` +
      `${fixed(morning.cpuMsPerRequest.api, 1)} ms, PostgreSQL ` +
      `${morning.cpuMsPerRequest.postgres === null ? 'n/a' : `${fixed(morning.cpuMsPerRequest.postgres, 1)} ms`}; ` +
      `replicas' peak RSS ${morning.peakMiB.map(mib).join(', ')} |`,
    `| Outbox → deliveries (relay + fan-out: PENDING rows, batch jobs), ${r5.deliveries} deliveries, deliveries/s | ${perSecond(r5.pipelinePerSecond)} |`,
    `| Raw addBulk, a job per delivery, ${r5.deliveries} deliveries, deliveries/s | ${perSecond(r5.rawPerSecond)} |`,
    `| Raw addBulk, a bare no-op job per delivery, ${r5.deliveries} deliveries, deliveries/s | ${perSecond(r5.noopPerSecond)} |`,
    `| Worker delivering ${r6.deliveries} (half in-app, half email), deliveries/s | ${perSecond(r6.workerPerSecond)} |`,
    `| Minimal deliverer, the same ${r6.deliveries}, deliveries/s | ${perSecond(r6.minimalPerSecond)} |`,
    `| No-op BullMQ worker, ${r6.deliveries} jobs, jobs/s | ${perSecond(r6.noopPerSecond)} |`,
    `| One invitation, ${invitation.deliveries} deliveries through outbox, fan-out and worker, deliveries/s | ${perSecond(invitation.perSecond)} |`,
    '',
    '### Machine and data',
    '',
    `- ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; load average ` +
      `${machine.loadAverage} when the run started (the machine is shared).`,
    `- Node ${machine.node}, PostgreSQL ${machine.postgres}, Redis ${machine.redis}.`,
    `- 1×: ${describeRows(data['1x'])}; seeded in ${fixed(data.seedSeconds['1x'], 1)} s.`,
    `- ${settings.scale}×: ${describeRows(data.scaled)}; seeded in ${fixed(data.seedSeconds.scaled, 1)} s.`,
    `- Load: ${settings.connections} connections for ${settings.secondsPerArm} s per arm and round after ` +
      `${settings.warmupRequests} requests of warm-up per arm (latency: 1 connection); R5 ` +
      `${settings.fanOutEvents} events, R6 ${settings.deliveryEvents} events.`,
  ].join('\n');
}

function describeRows(rows: RowCounts): string {
  return (
    `${rows.process} processes, ${rows.participant} participants (${rows.account} accounts), ` +
    `${rows.milestone} milestones, ${rows.matter} matters, ${rows.matter_option} options, ${rows.action} actions, ` +
    `${rows.participant_view} views`
  );
}

const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

/**
 * Writes benchmarks.json and the results part of benchmarks.md (between its markers), leaving the rest of the
 * page, written by people (how it is measured, what the profiles showed), as it is.
 */
export async function writeReport(docsDir: string, results: BenchResults): Promise<void> {
  fs.mkdirSync(docsDir, { recursive: true });
  const page = path.join(docsDir, 'benchmarks.md');
  const text = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${page} has lost its ${START} … ${END} markers.`);
  const generated = `${START}\n\n${renderResults(results)}\n\n${END}`;
  await writeFormatted(page, text.slice(0, start) + generated + text.slice(end + END.length));
  await writeFormatted(path.join(docsDir, 'benchmarks.json'), JSON.stringify(results));
}

/** As the repository's Prettier would write it, so that `npm test`'s format check passes on a fresh report. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await prettier.resolveConfig(file);
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}
