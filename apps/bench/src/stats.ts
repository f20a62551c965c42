/** A figure measured once per round: its median and how far the rounds spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** First and third quartiles. */
  q1: number;
  q3: number;
  rounds: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of the values, interpolated linearly between the two nearest ranks. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No values to take a quantile of.');
  if (p < 0 || p > 1) throw new Error(`A quantile lies between 0 and 1; got ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function summarise(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    rounds: values.length,
  };
}

/**
 * Round by round, A ÷ B: each ratio compares two arms measured next to each other, so a machine that is slower in
 * one round (another process busy) weighs on both sides of that round's ratio.
 */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`Arms measured ${a.length} and ${b.length} times: pair them.`);
  return a.map((value, round) => {
    const divisor = b[round]!;
    if (divisor === 0) throw new Error(`Round ${round + 1}: the baseline measured 0.`);
    return value / divisor;
  });
}
