import { graphqlTarget, type Target } from './load';

/** The chart's points, as the dashboard asks for them (apps/web/src/overview/readinessSeries.graphql). */
export const CHART_POINTS = 12;

const POINT = 'asOf readiness milestones { milestone { id } readiness }';

/** The readiness chart's request since the API has a series: one pass over the process's history. */
const SERIES = `query ReadinessSeries($id: ID!, $from: DateTime!, $to: DateTime!) {
  process(id: $id) { readinessSeries(from: $from, to: $to, points: ${CHART_POINTS}) { ${POINT} } }
}`;

/** The request it replaces (the dashboard's `readinessHistory.graphql` until then): twelve aliased dashboards. */
const ALIASED_DASHBOARDS = `query ReadinessHistory($id: ID!, ${Array.from(
  { length: CHART_POINTS },
  (_, i) => `$at${i}: DateTime!`,
).join(', ')}) {
  process(id: $id) {
    ${Array.from({ length: CHART_POINTS }, (_, i) => `p${i}: dashboard(asOf: $at${i}) { ${POINT} }`).join('\n    ')}
  }
}`;

const DAY_MS = 86_400_000;

/**
 * The chart of a process over the year to `now`, both ways. The instants are the series' (evenly spaced, both ends
 * included), so that both answers hold the same figures.
 */
export function readinessChartTargets(
  baseUrl: string,
  processId: string,
  now: Date,
): { series: Target; aliased: Target } {
  const from = now.getTime() - 365 * DAY_MS;
  const step = (now.getTime() - from) / (CHART_POINTS - 1);
  const instants = Array.from({ length: CHART_POINTS }, (_, i) =>
    new Date(i === CHART_POINTS - 1 ? now.getTime() : Math.round(from + i * step)).toISOString(),
  );
  return {
    series: graphqlTarget(baseUrl, SERIES, { id: processId, from: instants[0], to: instants.at(-1) }),
    aliased: graphqlTarget(baseUrl, ALIASED_DASHBOARDS, {
      id: processId,
      ...Object.fromEntries(instants.map((at, i) => [`at${i}`, at])),
    }),
  };
}

type Point = { asOf: string; readiness: number | null; milestones: unknown[] };

/** Both answers as one list of points, to check they say the same before either is measured. */
export function chartPoints(answer: unknown): Point[] {
  const process = (answer as { data: { process: Record<string, unknown> } }).data.process;
  if ('readinessSeries' in process) return process.readinessSeries as Point[];
  return Array.from({ length: CHART_POINTS }, (_, i) => process[`p${i}`] as Point);
}
