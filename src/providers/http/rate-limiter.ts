/**
 * Client-side view of server rate limits, learnt from response headers. Each bucket remembers how many requests
 * remain until its reset; a request that would exceed it waits for the reset instead of earning a 429.
 */
export interface BucketState {
  remaining: number;
  resetAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  waits = 0;
  waitedMs = 0;

  constructor(private readonly now: () => number = Date.now, private readonly sleep = defaultSleep) {}

  /** Reserves one request in the bucket, waiting for its reset first when the budget is spent. */
  async acquire(bucket: string): Promise<void> {
    for (;;) {
      const state = this.buckets.get(bucket);
      if (!state || state.remaining > 0 || this.now() >= state.resetAt) {
        if (state && this.now() >= state.resetAt && state.remaining <= 0) this.buckets.delete(bucket);
        else if (state) state.remaining--;
        return;
      }
      const wait = Math.max(1, state.resetAt - this.now());
      this.waits++;
      this.waitedMs += wait;
      await this.sleep(wait);
    }
  }

  /** Records what the server said; `resetSeconds` counts from now. The server's numbers win over local ones. */
  observe(bucket: string, remaining: number, resetSeconds: number): void {
    if (!Number.isFinite(remaining) || !Number.isFinite(resetSeconds)) return;
    // A reset of 0 still means "this window"; wait at least a little so the next window has begun.
    const resetAt = this.now() + Math.max(resetSeconds, 0) * 1000 + 50;
    const prev = this.buckets.get(bucket);
    if (prev && prev.resetAt > this.now() && prev.remaining < remaining) {
      // Requests reserved locally but not yet answered are not in the server's count yet.
      this.buckets.set(bucket, { remaining: prev.remaining, resetAt: Math.max(prev.resetAt, resetAt) });
      return;
    }
    this.buckets.set(bucket, { remaining, resetAt });
  }

  /** After a 429: nothing is left until the reset. */
  exhausted(bucket: string, resetSeconds: number): void {
    this.buckets.set(bucket, { remaining: 0, resetAt: this.now() + Math.max(resetSeconds, 1) * 1000 });
  }
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
