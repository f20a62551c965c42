import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import IORedis from 'ioredis';

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
 * Fixed-window counters in this process's memory: what SharedRateLimiter falls back to while Redis does not
 * answer (each replica then counts on its own).
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

  /** Takes back uses counted by take (a sign-in that turned out right is not a failure). */
  giveBack(key: string, count = 1): void {
    const window = this.windows.get(key);
    if (window) window.count = Math.max(0, window.count - count);
  }

  /** Every window lasts as long, so the map's insertion order is also the order in which windows end. */
  private forgetEndedWindows(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt > now && this.windows.size < MAX_TRACKED_KEYS) return;
      this.windows.delete(key);
    }
  }
}

/**
 * Counts `ARGV[1]` uses in a fixed window of `ARGV[3]` ms that allows `ARGV[2]`; refuses, without counting them,
 * uses that would go over. Answers {1, 0} or {0, milliseconds until the window ends}. One script, so two replicas
 * cannot both take the last use.
 */
const TAKE = `
local n = redis.call('INCRBY', KEYS[1], ARGV[1])
if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if n > tonumber(ARGV[2]) then
  redis.call('DECRBY', KEYS[1], ARGV[1])
  return {0, redis.call('PTTL', KEYS[1])}
end
return {1, 0}`;

/** Gives uses back, never below zero, and only while the window lasts. */
const GIVE_BACK = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then redis.call('DECRBY', KEYS[1], math.min(n, tonumber(ARGV[1]))) end
return 0`;

/**
 * A Redis command answers within this, or this replica counts on its own for the moment. A Redis that is down fails
 * at once; this bounds one that hangs. Half a second was exceeded by a healthy Redis on a machine loaded with other
 * work, and the replicas then counted apart.
 */
const REDIS_TIMEOUT_MS = 2_000;

/**
 * Rate limits shared by every API replica: fixed-window counters in Redis (REDIS_URL) under the installation's key
 * prefix (QUEUE_PREFIX), so a client spreading attempts over replicas is counted once. While Redis does not answer,
 * each replica counts in its own memory rather than refuse everyone or let everything through; that is logged once
 * per outage.
 */
export class SharedRateLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('RateLimits');
  private readonly local = new Map<string, RateLimiter>();
  private readonly redis: IORedis;
  private degraded = false;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    this.redis = new IORedis(redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: REDIS_TIMEOUT_MS * 2,
      commandTimeout: REDIS_TIMEOUT_MS,
    });
    this.redis.on('error', () => undefined);
  }

  async onModuleInit(): Promise<void> {
    await this.redis.connect().catch((error: Error) => this.fallBack(error));
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** Counts `count` uses of `name` for `key`; refuses, without counting them, if they would go over `limit`. */
  async take(name: string, key: string, limit: RateLimit, count = 1): Promise<RateDecision> {
    try {
      const [allowed, ttl] = (await this.redis.eval(
        TAKE,
        1,
        this.keyOf(name, key),
        count,
        limit.max,
        limit.windowSeconds * 1000,
      )) as [number, number];
      this.recovered();
      return allowed === 1
        ? { allowed: true }
        : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
    } catch (error) {
      this.fallBack(error as Error);
      return this.localFor(name, limit).take(key, count);
    }
  }

  async giveBack(name: string, key: string, limit: RateLimit, count = 1): Promise<void> {
    try {
      await this.redis.eval(GIVE_BACK, 1, this.keyOf(name, key), count);
    } catch (error) {
      this.fallBack(error as Error);
      this.localFor(name, limit).giveBack(key, count);
    }
  }

  private keyOf(name: string, key: string): string {
    return `${this.prefix}:rate:${name}:${key}`;
  }

  private localFor(name: string, limit: RateLimit): RateLimiter {
    let limiter = this.local.get(name);
    if (!limiter) this.local.set(name, (limiter = new RateLimiter(limit)));
    return limiter;
  }

  private fallBack(error: Error): void {
    if (this.degraded) return;
    this.degraded = true;
    this.log.warn(
      `Redis does not answer; each replica counts rate limits on its own meanwhile: ${error.message}`,
    );
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.log.log('Redis answers again; rate limits are shared by every replica again.');
  }
}
