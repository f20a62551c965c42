import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  let now: number;
  const limiter = () => new RateLimiter({ max: 3, windowSeconds: 60 }, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows the limit within a window, then says how long until the window ends', () => {
    const limits = limiter();
    expect([1, 2, 3].map(() => limits.take('ip:192.0.2.1').allowed)).toEqual([true, true, true]);
    now += 15_500;
    expect(limits.take('ip:192.0.2.1')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limits.take('ip:192.0.2.2')).toEqual({ allowed: true });
  });

  it('starts a new window once the old one has ended', () => {
    const limits = limiter();
    limits.take('account:a', 3);
    now += 60_000;
    expect(limits.take('account:a', 3)).toEqual({ allowed: true });
  });

  it('refuses several uses at once that would go over, without counting them', () => {
    const limits = limiter();
    expect(limits.take('account:a', 4).allowed).toBe(false);
    expect(limits.take('account:a', 3).allowed).toBe(true);
  });

  it('forgets the oldest windows rather than grow past 100,000 keys', () => {
    const limits = limiter();
    limits.take('ip:192.0.2.1', 3);
    for (let key = 0; key < 100_000; key += 1) limits.take(`ip:key-${key}`);
    expect(limits.take('ip:192.0.2.1').allowed).toBe(true);
    expect(limits.take('ip:key-99999', 3).allowed).toBe(false);
  });
});
