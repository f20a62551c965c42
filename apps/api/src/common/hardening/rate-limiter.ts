export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Window {
  count: number;
  endsAt: number;
}

/** Keys kept at most: beyond it the oldest windows are forgotten, so a flood of new keys cannot exhaust memory. */
const MAX_TRACKED_KEYS = 100_000;

/**
 * Fixed-window counters in this process's memory. Each replica counts on its own, so a deployment with several
 * replicas needs a shared store (Redis) instead.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts `count` uses for `key`; refuses, without counting them, if they would go over the limit. */
  take(key: string, count = 1): RateDecision {
    const now = this.clock();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.delete(key);
      this.forgetEndedWindows(now);
      window = { count: 0, endsAt: now + this.limit.windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    if (window.count + count > this.limit.max) {
      return { allowed: false, retryAfterSeconds: Math.ceil((window.endsAt - now) / 1000) };
    }
    window.count += count;
    return { allowed: true };
  }

  /** Every window lasts as long, so the map's insertion order is also the order in which windows end. */
  private forgetEndedWindows(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt > now && this.windows.size < MAX_TRACKED_KEYS) return;
      this.windows.delete(key);
    }
  }
}
