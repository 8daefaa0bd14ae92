/**
 * Client-side view of server rate limits, learnt from response headers. Each bucket knows how many requests remain
 * in the current window and when the window ends; a request that would exceed the budget waits for the next window
 * instead of earning a 429. Server windows are calendar-aligned and the reset header is a whole number of seconds
 * rounded up, so estimates err late, which is the safe side.
 */
export interface BucketState {
  remaining: number;
  /** When the current window ends (ms since the epoch). */
  resetAt: number;
  limit?: number;
  periodMs?: number;
  /** Set while the first request of an unknown bucket is out: the others wait for its headers (slow start). */
  probing?: boolean;
}

export interface Observation {
  remaining: number;
  resetSeconds: number;
  limit?: number;
  periodSeconds?: number;
}

/** How long other requests wait for the first answer of a new bucket, at most, and how often they look. */
const PROBE_MS = 2000;
const POLL_MS = 10;

export class RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  /** How often, and for how long in total, requests waited for a window to reset. */
  waits = 0;
  waitedMs = 0;

  constructor(private readonly now: () => number = Date.now, private readonly sleep = defaultSleep) {}

  /** Reserves one request in the bucket, waiting for the next window first when the budget is spent. */
  async acquire(bucket: string): Promise<void> {
    for (;;) {
      const s = this.buckets.get(bucket);
      const now = this.now();
      if (!s) {
        // Nothing known yet: send one request and let its answer tell the budget.
        this.buckets.set(bucket, { remaining: 0, resetAt: now + PROBE_MS, probing: true });
        return;
      }
      if (s.probing && now < s.resetAt) {
        await this.sleep(POLL_MS);
        continue;
      }
      if (now >= s.resetAt) {
        if (s.limit === undefined || !s.periodMs) {
          this.buckets.delete(bucket);
          return;
        }
        // Roll over to the window that contains now, with a full budget.
        const windows = Math.floor((now - s.resetAt) / s.periodMs) + 1;
        s.resetAt += windows * s.periodMs;
        s.remaining = s.limit;
      }
      if (s.remaining > 0) {
        s.remaining--;
        return;
      }
      const wait = Math.max(1, s.resetAt - now);
      this.waits++;
      this.waitedMs += wait;
      await this.sleep(wait);
    }
  }

  /** Records what the server said. Within a window the lower count and the earlier reset win. */
  observe(bucket: string, o: Observation): void {
    if (!Number.isFinite(o.remaining) || !Number.isFinite(o.resetSeconds)) return;
    const now = this.now();
    const resetAt = now + Math.max(0, o.resetSeconds) * 1000;
    const limit = Number.isFinite(o.limit) ? o.limit : undefined;
    const periodMs = Number.isFinite(o.periodSeconds) && o.periodSeconds! > 0 ? o.periodSeconds! * 1000 : undefined;
    const s = this.buckets.get(bucket);
    if (!s || s.probing || now >= s.resetAt) {
      this.buckets.set(bucket, { remaining: o.remaining, resetAt, ...(limit !== undefined ? { limit } : {}), ...(periodMs ? { periodMs } : {}) });
      return;
    }
    s.remaining = Math.min(s.remaining, o.remaining);
    s.resetAt = Math.min(s.resetAt, resetAt);
    if (limit !== undefined) s.limit = limit;
    if (periodMs) s.periodMs = periodMs;
  }

  /** The answer carried no rate-limit headers: this endpoint is not limited, stop holding requests back. */
  unlimited(bucket: string): void {
    if (this.buckets.get(bucket)?.probing) this.buckets.delete(bucket);
  }

  /** After a 429: nothing is left in this window. */
  exhausted(bucket: string, resetSeconds: number): void {
    const s = this.buckets.get(bucket);
    const resetAt = this.now() + Math.max(resetSeconds, 1) * 1000;
    if (s && !s.probing) {
      s.remaining = 0;
      s.resetAt = Math.max(s.resetAt, resetAt);
    } else this.buckets.set(bucket, { remaining: 0, resetAt });
  }
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
