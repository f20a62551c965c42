// Readiness over time, from the API's series of evenly spaced instants, and where its trend leads by the deciding
// milestone. The projection is a straight line through the latest points; the chart says so.
import type { ReadinessSeriesQuery, ReadinessSeriesQueryVariables } from '../generated/graphql';

/** How many instants the chart reads. */
export const POINTS = 12;
/** The latest points the trend is fitted to. */
const TREND_POINTS = 6;

const DAY = 24 * 60 * 60 * 1000;

/**
 * The series' range and count: `POINTS` instants ending at `end`, starting at `start` or, when that leaves less than
 * a day between points, as many days back from `end`.
 */
export function seriesVariables(
  start: number,
  end: number,
): Omit<ReadinessSeriesQueryVariables, 'processId'> {
  const from = Math.min(start, end - (POINTS - 1) * DAY);
  return { from: new Date(from).toISOString(), to: new Date(end).toISOString(), points: POINTS };
}

export interface ReadinessPoint {
  at: number;
  /** Mean readiness of every matter not withdrawn; null before there were any. */
  overall: number | null;
  /** Mean readiness of the matters due at the deciding milestone; null when it had none. */
  deciding: number | null;
}

/** The series the API returned, as chart points with the deciding milestone's readiness. */
export function readinessSeries(
  process: ReadinessSeriesQuery['process'],
  decidingMilestoneId: string | null,
): ReadinessPoint[] {
  return process.readinessSeries.map((point) => ({
    at: Date.parse(point.asOf),
    overall: point.readiness,
    deciding: point.milestones.find((m) => m.milestone.id === decidingMilestoneId)?.readiness ?? null,
  }));
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
