import { refusal, requireWholeNumberIn } from '@prepcom/domain';
import { assertValid, invalidInput } from '../common/errors/app-error';

/** Enough for a point a day over two months, or a week over a year; each point costs an assessment of the process. */
export const MAX_SERIES_POINTS = 100;

/**
 * `points` instants evenly spaced from `from` to `to`, both included, to the millisecond; refused with a reason a
 * person can act on when the range is reversed or the count is outside 2…MAX_SERIES_POINTS.
 */
export function seriesInstants(from: Date, to: Date, points: number): Date[] {
  assertValid([requireWholeNumberIn('SERIES_POINTS', 'points', points, 2, MAX_SERIES_POINTS)]);
  if (from.getTime() > to.getTime()) {
    throw invalidInput([refusal('SERIES_PERIOD', 'from', 'PERIOD_ENDS_BEFORE_START', {})]);
  }
  const step = (to.getTime() - from.getTime()) / (points - 1);
  return Array.from({ length: points }, (_, i) =>
    i === points - 1 ? to : new Date(Math.round(from.getTime() + i * step)),
  );
}
