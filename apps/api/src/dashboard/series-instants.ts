import { AppError } from '../common/errors/app-error';

/** Enough for a point a day over two months, or a week over a year; each point costs an assessment of the process. */
export const MAX_SERIES_POINTS = 100;

/**
 * `points` instants evenly spaced from `from` to `to`, both included, to the millisecond; refused with a reason a
 * person can act on when the range is reversed or the count is outside 2…MAX_SERIES_POINTS.
 */
export function seriesInstants(from: Date, to: Date, points: number): Date[] {
  if (!Number.isInteger(points) || points < 2 || points > MAX_SERIES_POINTS) {
    throw new AppError(
      'BAD_USER_INPUT',
      `A readiness series has from 2 to ${MAX_SERIES_POINTS} points (its first at "from", its last at "to"); ` +
        `${points} were asked for.`,
      { field: 'points' },
    );
  }
  if (from.getTime() > to.getTime()) {
    throw new AppError('BAD_USER_INPUT', '"from" must not be later than "to".', { field: 'from' });
  }
  const step = (to.getTime() - from.getTime()) / (points - 1);
  return Array.from({ length: points }, (_, i) =>
    i === points - 1 ? to : new Date(Math.round(from.getTime() + i * step)),
  );
}
