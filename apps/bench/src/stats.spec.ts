import { median, quantile, ratios, summarise } from './stats';

describe('benchmark arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates quantiles between ranks', () => {
    const values = [10, 20, 30, 40, 50];
    expect(quantile(values, 0)).toBe(10);
    expect(quantile(values, 0.25)).toBe(20);
    expect(quantile(values, 0.95)).toBeCloseTo(48);
    expect(quantile(values, 1)).toBe(50);
    expect(() => quantile([], 0.5)).toThrow(/No values/);
    expect(() => quantile(values, 1.5)).toThrow(/between 0 and 1/);
  });

  it('summarises rounds with their median, range and quartiles', () => {
    expect(summarise([0.7, 0.9, 0.8, 0.75, 0.85])).toEqual({
      median: 0.8,
      min: 0.7,
      max: 0.9,
      q1: 0.75,
      q3: 0.85,
      rounds: 5,
    });
  });

  it('divides round by round, so a slow round weighs on both arms of its ratio', () => {
    expect(ratios([80, 40], [100, 50])).toEqual([0.8, 0.8]);
    expect(() => ratios([1, 2], [1])).toThrow(/pair them/);
    expect(() => ratios([1], [0])).toThrow(/baseline measured 0/);
  });
});
