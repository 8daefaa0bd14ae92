// Deterministic synthetic metric data for the sandbox's query endpoints: one raw point per 60 seconds, a pure
// function of the metric name, its tag scope, the group, the time and the sandbox's `--seed`, so a backtest against
// the sandbox gives the same figures on every run and an independent check can recompute them.
//
// Each series has a level that depends on what the metric name says it measures (traffic counts, error counts,
// latencies in seconds, lags, fractions of a disk, …), a daily cycle, per-minute noise, and occasional incidents:
// in each 4-hour slot an incident starts with a small probability and lasts 4 to 45 minutes. The scale follows the
// units Datadog's own metrics use (`system.disk.in_use` is a fraction, `trace.http.request` seconds), so thresholds
// written for real data meet the synthetic data at about the rate a real service would.

/** What a metric measures, chosen from its name. */
type Profile = 'traffic' | 'errors' | 'latency' | 'lag' | 'fraction' | 'percent' | 'rare-count' | 'gauge';

const PROFILES: ReadonlyArray<[RegExp, Profile]> = [
  [/error|fail|5xx|exception|declin/i, 'errors'],
  [/hits|requests?\.count|queries|throughput|\.count$|events|messages_in/i, 'traffic'],
  [/latency|duration|response_time|query_time|^trace\.[a-z_]+\.request$/i, 'latency'],
  [/lag/i, 'lag'],
  [/in_use|utili[sz]ation|_ratio$|\.ratio$/i, 'fraction'],
  [/cpu|percent|pct/i, 'percent'],
  [/under_replicated|unavailable|offline|restarts|oom/i, 'rare-count'],
];

/** The identity of one series: the metric, its scope as written (`env:prod,service:checkout`) and its group tags. */
export interface SeriesKey {
  metric: string;
  scope: string;
  group: string;
  /** A percentile space aggregation (`p95:`) raises latency-like series: 95 for `p95`. */
  percentile?: number;
}

const SLOT_MINUTES = 240;

/**
 * A source of raw 60-second values for one seed. `value(key, t)` is the point at unix second `t` (a whole minute);
 * counts are per minute. `source(key)` gives the same values from a function that hashes the key only once.
 */
export class SyntheticSeries {
  constructor(private readonly seed: number) {}

  /** The raw value of `key` at the whole minute `t` (unix seconds). */
  value(key: SeriesKey, t: number): number {
    return this.source(key)(t);
  }

  /** The values of one series, as a function of the whole minute `t` (unix seconds). */
  source(key: SeriesKey): (t: number) => number {
    const profile = profileOf(key.metric);
    const id = hash(`${key.metric}|${key.scope}|${key.group}`, this.seed);
    const trafficId = hash(`traffic|${key.scope}|${key.group}`, this.seed);
    const staging = /(^|,)env:(staging|dev|test|qa)/.test(key.scope) ? 0.03 : 1;
    const traffic = (t: number): number => (600 + 2400 * unit(trafficId, -1)) * staging * daily(t, trafficId, 0.45);
    const incident = incidents(id, profile === 'traffic' ? 0.02 : 0.06);
    const level = unit(id, -1);
    const spike = unit(id, -2);
    const tail = key.percentile === undefined ? 1 : 1 + (key.percentile / 100) * 1.5;
    return (t) => {
      const minute = Math.floor(t / 60);
      const noise = unit(id, minute) * 2 - 1;
      const on = incident(minute);
      switch (profile) {
        case 'traffic':
          return Math.max(0, Math.round(traffic(t) * (1 + 0.05 * noise) * (on ? 0.02 : 1)));
        case 'errors':
          // Errors follow the traffic of the same scope and group, so an error ratio has a steady level that spikes.
          return Math.max(0, Math.round(traffic(t) * (0.0002 + 0.0006 * level) * (1 + 0.35 * noise) * (on ? 10 + 50 * spike : 1)));
        case 'latency':
          return (0.12 + 0.3 * level) * tail * (1 + 0.25 * (daily(t, id) - 1)) * (1 + 0.08 * noise) * (on ? 3 + 3 * spike : 1);
        case 'lag':
          return Math.max(0, (30 + 200 * level) * (1 + 0.3 * noise) + (on ? 800 + 3200 * spike : 0));
        case 'fraction':
          return Math.min(1, (0.45 + 0.35 * level) * (1 + 0.03 * (daily(t, id) - 1)) + 0.01 * noise + (on ? 0.15 : 0));
        case 'percent':
          return Math.min(100, (15 + 40 * level) * daily(t, id) * (1 + 0.1 * noise) + (on ? 45 : 0));
        case 'rare-count':
          return on ? 1 + Math.floor(5 * spike) : 0;
        case 'gauge':
          return (20 + 80 * level) * daily(t, id) * (1 + 0.05 * noise) * (on ? 3 : 1);
      }
    };
  }

  /**
   * Group values for a `by {key}` the scope does not pin: two to four per key, named `<key>-<n>` (`host-1`), the same
   * for every metric so a ratio of two grouped terms lines up.
   */
  groupValues(tagKey: string, scope: string): string[] {
    const count = 2 + Math.floor(3 * unit(hash(`${tagKey}|${scope}`, this.seed), 0));
    return Array.from({ length: count }, (_, i) => `${tagKey}:${tagKey}-${i + 1}`);
  }
}

/**
 * Whether an incident is on at a minute: per 4-hour slot, a start with probability `chance` and a duration of 4–45
 * minutes (one may run over into the next slot). Slots are drawn once each.
 */
function incidents(id: number, chance: number): (minute: number) => boolean {
  const slots = new Map<number, [number, number] | null>();
  const draw = (slot: number): [number, number] | null => {
    let window = slots.get(slot);
    if (window === undefined) {
      const h = hash(`incident|${slot}`, id);
      const start = slot * SLOT_MINUTES + Math.floor(unit(h, 1) * SLOT_MINUTES);
      window = unit(h, 0) < chance ? [start, start + 4 + Math.floor(unit(h, 2) * 42)] : null;
      slots.set(slot, window);
    }
    return window;
  };
  return (minute) => {
    const slot = Math.floor(minute / SLOT_MINUTES);
    for (const w of [draw(slot - 1), draw(slot)]) if (w && minute >= w[0] && minute < w[1]) return true;
    return false;
  };
}

const profiles = new Map<string, Profile>();

/** The profile a metric name suggests. */
function profileOf(metric: string): Profile {
  let found = profiles.get(metric);
  if (found === undefined) {
    found = PROFILES.find(([re]) => re.test(metric))?.[1] ?? 'gauge';
    if (profiles.size > 10_000) profiles.clear();
    profiles.set(metric, found);
  }
  return found;
}

/** A daily cycle around 1, peaking in the (UTC) afternoon, shifted by up to 2 hours per series. */
function daily(t: number, id: number, amplitude = 0.2): number {
  const shift = unit(id, -3) * 7200;
  return 1 + amplitude * Math.sin((2 * Math.PI * (t - 32_400 - shift)) / 86_400);
}

/** FNV-1a over the text, mixed with `seed`. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A uniform number in [0, 1) determined by `id` and `n` (a mulberry32 step). */
function unit(id: number, n: number): number {
  let t = (id + Math.imul(n, 0x9e3779b1) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
