export interface RateLimit {
  /** Requests allowed per window per token. */
  limit: number;
  periodMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** `ratelimit-limit`, `ratelimit-remaining`, `ratelimit-reset` (seconds), as the real API sends on every answer. */
  headers: Record<string, string>;
}

/**
 * Fixed windows aligned to multiples of `periodMs` on the clock, counted per token (960/min per API key in the
 * real API). Counters are transient: they are not part of `snapshot()`, so a restarted sandbox starts fresh.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly config: RateLimit) {}

  take(key: string, now: number): RateDecision {
    const { limit, periodMs } = this.config;
    const start = Math.floor(now / periodMs) * periodMs;
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.count < limit;
    if (allowed) window.count += 1;
    return {
      allowed,
      headers: {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': String(limit - window.count),
        'ratelimit-reset': String(Math.max(1, Math.ceil((start + periodMs - now) / 1000))),
      },
    };
  }
}
