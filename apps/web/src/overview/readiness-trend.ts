// Readiness over time, from dashboards read at evenly spaced instants, and where its trend leads by the deciding
// milestone. The projection is a straight line through the latest points; the chart says so.
import type { ReadinessHistoryQuery, ReadinessHistoryQueryVariables } from '../generated/graphql';

/** How many instants the chart reads; ReadinessHistory asks for exactly this many dashboards. */
export const POINTS = 12;
/** The latest points the trend is fitted to. */
const TREND_POINTS = 6;

const DAY = 24 * 60 * 60 * 1000;

/** `count` instants from `start` to `end`, both included; a range too short is widened back from `end`. */
export function sampleInstants(start: number, end: number, count = POINTS): number[] {
  const from = Math.min(start, end - (count - 1) * DAY);
  const step = (end - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? end : Math.round(from + i * step)));
}

/** The ReadinessHistory query's `$at0`…`$at11`. */
export function historyVariables(instants: readonly number[]): ReadinessHistoryQueryVariables {
  if (instants.length !== POINTS)
    throw new Error(`ReadinessHistory reads ${POINTS} instants, not ${instants.length}`);
  return Object.fromEntries(
    instants.map((at, i) => [`at${i}`, new Date(at).toISOString()]),
  ) as ReadinessHistoryQueryVariables;
}

export interface ReadinessPoint {
  at: number;
  /** Mean readiness of every matter not withdrawn; null before there were any. */
  overall: number | null;
  /** Mean readiness of the matters due at the deciding milestone; null when it had none. */
  deciding: number | null;
}

type Dashboard = ReadinessHistoryQuery['process']['p0'];

/** The dashboards the query returned, in the order asked, as chart points. */
export function readinessSeries(
  process: ReadinessHistoryQuery['process'],
  decidingMilestoneId: string | null,
): ReadinessPoint[] {
  const byAlias = process as unknown as Record<string, Dashboard | undefined>;
  const points: ReadinessPoint[] = [];
  for (let i = 0; i < POINTS; i++) {
    const dashboard = byAlias[`p${i}`];
    if (!dashboard) continue;
    const deciding = dashboard.milestones.find((m) => m.milestone.id === decidingMilestoneId);
    points.push({
      at: Date.parse(dashboard.asOf),
      overall: dashboard.readiness,
      deciding: deciding?.readiness ?? null,
    });
  }
  return points;
}

export interface Projection {
  from: { at: number; value: number };
  to: { at: number; value: number };
}

/**
 * The least-squares line through the latest points of the deciding milestone's readiness, continued to the
 * milestone's start and kept within 0–100; null without two points to draw a line through or a start ahead.
 */
export function projectReadiness(
  series: readonly ReadinessPoint[],
  milestoneStart: number,
): Projection | null {
  const known = series.filter((p): p is ReadinessPoint & { deciding: number } => p.deciding !== null);
  const recent = known.slice(-TREND_POINTS);
  const last = recent.at(-1);
  if (recent.length < 2 || !last || milestoneStart <= last.at) return null;
  const meanX = recent.reduce((sum, p) => sum + p.at, 0) / recent.length;
  const meanY = recent.reduce((sum, p) => sum + p.deciding, 0) / recent.length;
  const sxx = recent.reduce((sum, p) => sum + (p.at - meanX) ** 2, 0);
  const sxy = recent.reduce((sum, p) => sum + (p.at - meanX) * (p.deciding - meanY), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const value = Math.round(Math.min(100, Math.max(0, last.deciding + slope * (milestoneStart - last.at))));
  return { from: { at: last.at, value: last.deciding }, to: { at: milestoneStart, value } };
}

export interface DecidingMilestone {
  id: string;
  shortTitle: string;
  title: string;
  startsAt: string;
  timeZone: string;
}

/** The next milestone after `asOf` at which matters are still to be decided, if any. */
export function nextDecidingMilestone(
  milestones: readonly { milestone: DecidingMilestone; openMatters: number }[],
  asOf: string,
): DecidingMilestone | null {
  const at = Date.parse(asOf);
  const ahead = milestones
    .filter((m) => m.openMatters > 0 && Date.parse(m.milestone.startsAt) > at)
    .sort((a, b) => Date.parse(a.milestone.startsAt) - Date.parse(b.milestone.startsAt));
  return ahead[0]?.milestone ?? null;
}
