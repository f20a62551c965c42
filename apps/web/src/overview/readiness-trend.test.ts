import { describe, expect, it } from 'vitest';
import type { ReadinessSeriesQuery } from '../generated/graphql';
import {
  nextDecidingMilestone,
  POINTS,
  projectReadiness,
  readinessSeries,
  seriesVariables,
} from './readiness-trend';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('seriesVariables', () => {
  it('asks for the points from the start to the as-of instant, both included', () => {
    expect(seriesVariables(at('2002-01-01T00:00:00Z'), at('2002-12-01T00:00:00Z'))).toEqual({
      from: '2002-01-01T00:00:00.000Z',
      to: '2002-12-01T00:00:00.000Z',
      points: POINTS,
    });
  });

  it('widens a range shorter than a day per point back from the end', () => {
    const end = at('2002-06-27T23:59:59Z');
    const { from, to } = seriesVariables(end, end);
    expect(Date.parse(from)).toBe(end - (POINTS - 1) * DAY);
    expect(to).toBe('2002-06-27T23:59:59.000Z');
  });
});

const point = (asOf: string, overall: number | null, deciding: number | null) => ({
  asOf,
  readiness: overall,
  milestones: deciding === null ? [] : [{ milestone: { id: 'm-5msp' }, readiness: deciding }],
});

describe('readinessSeries', () => {
  it('reads the points in order, with the deciding milestone’s readiness', () => {
    const process: ReadinessSeriesQuery['process'] = {
      id: 'p',
      readinessSeries: Array.from({ length: POINTS }, (_, i) =>
        point(new Date(Date.UTC(2003, i, 1)).toISOString(), i < 2 ? null : 40 + i, i < 3 ? null : 30 + i),
      ),
    };
    const series = readinessSeries(process, 'm-5msp');
    expect(series).toHaveLength(POINTS);
    expect(series[0]).toEqual({ at: Date.UTC(2003, 0, 1), overall: null, deciding: null });
    expect(series[3]).toEqual({ at: Date.UTC(2003, 3, 1), overall: 43, deciding: 33 });
    expect(readinessSeries(process, null)[3]!.deciding).toBeNull();
  });
});

describe('projectReadiness', () => {
  const monthly = (values: (number | null)[]) =>
    values.map((deciding, i) => ({ at: Date.UTC(2003, i, 1), overall: deciding, deciding }));

  it('continues the straight line through the latest points to the milestone', () => {
    // +5 a month; the milestone is two months after the last point.
    const projection = projectReadiness(monthly([null, 20, 25, 30, 35, 40, 45, 50]), Date.UTC(2003, 9, 1));
    expect(projection).toEqual({
      from: { at: Date.UTC(2003, 7, 1), value: 50 },
      to: { at: Date.UTC(2003, 9, 1), value: 60 },
    });
  });

  it('fits the trend to the latest six points only', () => {
    // Flat early, then +10 a month: the old flat part does not drag the line down.
    const projection = projectReadiness(
      monthly([10, 10, 10, 10, 20, 30, 40, 50, 60, 70]),
      Date.UTC(2003, 10, 1),
    );
    expect(projection!.to.value).toBe(80);
  });

  it('stays within 0 and 100', () => {
    expect(projectReadiness(monthly([60, 80, 100]), Date.UTC(2004, 0, 1))!.to.value).toBe(100);
    expect(projectReadiness(monthly([40, 20, 0]), Date.UTC(2004, 0, 1))!.to.value).toBe(0);
  });

  it('draws nothing from fewer than two points, or to a milestone already begun', () => {
    expect(projectReadiness(monthly([null, null, 40]), Date.UTC(2004, 0, 1))).toBeNull();
    expect(projectReadiness(monthly([30, 40]), Date.UTC(2003, 0, 15))).toBeNull();
  });
});

describe('nextDecidingMilestone', () => {
  const milestone = (id: string, startsAt: string) => ({
    id,
    shortTitle: id,
    title: id,
    startsAt,
    timeZone: 'Europe/Zurich',
  });
  const list = [
    { milestone: milestone('4MSP', '2002-09-16T08:00:00Z'), openMatters: 2 },
    { milestone: milestone('prep', '2004-02-13T09:00:00Z'), openMatters: 1 },
    { milestone: milestone('5MSP', '2003-09-15T03:00:00Z'), openMatters: 10 },
    { milestone: milestone('summit', '2004-11-29T07:00:00Z'), openMatters: 0 },
  ];

  it('is the soonest milestone ahead with matters still to decide', () => {
    expect(nextDecidingMilestone(list, '2003-09-14T23:59:59Z')?.id).toBe('5MSP');
    expect(nextDecidingMilestone(list, '2003-09-16T00:00:00Z')?.id).toBe('prep');
  });

  it('is none when every such milestone has begun', () => {
    expect(nextDecidingMilestone(list, '2004-06-01T00:00:00Z')).toBeNull();
  });
});
