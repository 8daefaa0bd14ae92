// Per-endpoint rate limits with the numbers recorded from the real API (Go cassettes, 2021; apis.md §2), in
// calendar-aligned windows like the real `X-RateLimit-Period`. `Reset` is exact and at least 1 second: the official
// client sleeps that many seconds before retrying a 429, so it must never overstate.

export interface RateLimitSpec {
  limit: number;
  /** Window length in seconds. */
  period: number;
}

/** Bucket names double as `X-RateLimit-Name`. Only `get_all_monitors` is a name seen in a real example; the others
 * are invented in the same style (2021 recordings carried no names). */
export const RATE_LIMITS: Readonly<Record<string, RateLimitSpec>> = {
  get_all_monitors: { limit: 1000, period: 10 },
  get_monitor: { limit: 3000, period: 10 },
  create_monitor: { limit: 500, period: 10 },
  update_monitor: { limit: 500, period: 10 },
  search_monitors: { limit: 120, period: 10 },
  search_monitor_groups: { limit: 120, period: 10 },
  can_delete_monitors: { limit: 12000, period: 60 },
  create_slo: { limit: 500, period: 60 },
  update_slo: { limit: 500, period: 60 },
  delete_slo: { limit: 3000, period: 10 },
  // Metric queries carry no rate-limit headers in the recordings; Datadog's rate-limit page has stated "1600 per
  // hour per organization" for querying timeseries. The v2 endpoint's number is not published: the same is assumed.
  query_timeseries: { limit: 1600, period: 3600 },
  query_timeseries_v2: { limit: 1600, period: 3600 },
};

export interface RateLimitOptions {
  /** Multiplies every limit (e.g. 0.01 for tests); results are at least 1. Default 1. */
  scale?: number;
  /** Per-bucket replacements, e.g. `{ create_monitor: { limit: 2, period: 1 } }`. */
  overrides?: Record<string, Partial<RateLimitSpec>>;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions | false) {}

  /** Counts one request against `name` at `nowMs`; `undefined` when limits are off or the name is unknown. */
  take(name: string, nowMs: number): RateDecision | undefined {
    if (this.options === false) return undefined;
    const spec = this.spec(name);
    if (!spec) return undefined;
    const periodMs = spec.period * 1000;
    const start = Math.floor(nowMs / periodMs) * periodMs;
    let window = this.windows.get(name);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(name, window);
    }
    const allowed = window.count < spec.limit;
    if (allowed) window.count++;
    return {
      allowed,
      headers: {
        'X-RateLimit-Limit': String(spec.limit),
        'X-RateLimit-Period': String(spec.period),
        'X-RateLimit-Remaining': String(Math.max(0, spec.limit - window.count)),
        'X-RateLimit-Reset': String(Math.max(1, Math.ceil((start + periodMs - nowMs) / 1000))),
        'X-RateLimit-Name': name,
      },
    };
  }

  private spec(name: string): RateLimitSpec | undefined {
    const base = RATE_LIMITS[name];
    if (!base || this.options === false) return undefined;
    const scale = this.options.scale ?? 1;
    const o = this.options.overrides?.[name];
    return {
      limit: Math.max(1, Math.floor(o?.limit ?? base.limit * scale)),
      period: Math.max(1, Math.floor(o?.period ?? base.period)),
    };
  }
}
