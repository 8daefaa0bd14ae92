// The backtest's evaluation rule, pinned so it can be checked (issue "Backtest in review"):
//
// - evaluate at every whole minute t with from + window ≤ t ≤ to;
// - the value at t is the monitor's time aggregation (avg, sum, min, max) of the 60-second points whose timestamps
//   fall in (t − window, t];
// - a group that is not alerting starts alerting when the value crosses the critical threshold by the comparator;
//   a group that is alerting recovers when the value no longer crosses the critical recovery threshold (when set,
//   else the critical threshold itself), as Datadog's recovery thresholds work;
// - a minute whose window holds no points changes nothing: Datadog shows the last known state for a gauge, rate or
//   distribution query that returns no data, and a missing point is not evidence of recovery;
// - an episode is a maximal run of alerting evaluations, per group.
//
// Pure functions over plain series; every value is recomputed from the points of its own window, so a figure never
// depends on floating-point drift of a running sum.
import type { Comparator } from '../query/index.ts';
import type { BacktestFigures } from '../plan/types.ts';
import type { AlertRule, Series, TimeAggregation } from './types.ts';

/** The period a backtest covers, in unix seconds. */
export interface Period {
  from: number;
  to: number;
}

/** The whole minutes at which a window of `windowSeconds` is evaluated: from + window ≤ t ≤ to. */
export function evaluationTimes(period: Period, windowSeconds: number): number[] {
  const first = Math.ceil((period.from + windowSeconds) / 60) * 60;
  const last = Math.floor(period.to / 60) * 60;
  const out: number[] = [];
  for (let t = first; t <= last; t += 60) out.push(t);
  return out;
}

/** True when `value` crosses `threshold` by `comparator` (`value > threshold` for `>`). */
export function crosses(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case '>': return value > threshold;
    case '>=': return value >= threshold;
    case '<': return value < threshold;
    case '<=': return value <= threshold;
    case '==': return value === threshold;
    case '!=': return value !== threshold;
  }
}

/** Evaluates a threshold monitor over its series: one group per distinct `group`, figures summed over groups. */
export function evaluateMonitor(series: readonly Series[], rule: AlertRule, period: Period): BacktestFigures {
  const times = evaluationTimes(period, rule.windowSeconds);
  const figures = emptyFigures();
  for (const points of mergeGroups(series).values()) {
    let values = windowValues(points, times, rule.windowSeconds, rule.aggregation);
    if (rule.change) values = changeValues(values, points, times, rule, rule.change);
    add(figures, runs(values.map(thresholdState(rule))));
  }
  return figures;
}

/** A change alert's values: now minus `shift` ago, or that in percent of the earlier value (none when it is 0). */
function changeValues(
  now: Array<number | undefined>, points: ReadonlyArray<readonly [number, number | null]>, times: readonly number[],
  rule: AlertRule, change: NonNullable<AlertRule['change']>,
): Array<number | undefined> {
  const then = windowValues(points, times.map((t) => t - change.shiftSeconds), rule.windowSeconds, rule.aggregation);
  return now.map((v, i) => {
    const before = then[i];
    if (v === undefined || before === undefined) return undefined;
    if (change.kind === 'change') return v - before;
    return before === 0 ? undefined : ((v - before) / Math.abs(before)) * 100;
  });
}

/**
 * A function from each minute's value (undefined: no data) to the group's state after it: `true` alerting,
 * `false` not, `undefined` unchanged. It carries the state because recovery depends on it.
 */
function thresholdState(rule: AlertRule): (value: number | undefined) => boolean | undefined {
  let alerting = false;
  const recovery = rule.criticalRecovery ?? rule.critical;
  return (value) => {
    if (value === undefined) return undefined;
    alerting = crosses(value, rule.comparator, alerting ? recovery : rule.critical);
    return alerting;
  };
}

/** A multi-window burn-rate alert of a metric SLO: alerting while both windows burn faster than the threshold. */
export interface BurnRateRule {
  /** The SLO target in percent, e.g. 99.9. */
  target: number;
  longWindowSeconds: number;
  shortWindowSeconds: number;
  comparator: Comparator;
  critical: number;
}

/**
 * Evaluates a burn-rate alert from the SLI's good and total event counts (60-second sums). The burn rate over a
 * window is (1 − good/total) / (1 − target/100); the alert is on at t when the long and the short window both cross
 * the threshold. A window without events changes nothing, as for monitors. Evaluated at the whole minutes the long
 * window allows.
 */
export function evaluateBurnRate(good: Series, total: Series, rule: BurnRateRule, period: Period): BacktestFigures {
  const times = evaluationTimes(period, rule.longWindowSeconds);
  const budget = 1 - rule.target / 100;
  const burn = (windowSeconds: number): Array<number | undefined> => {
    const g = windowValues(onePointList(good), times, windowSeconds, 'sum');
    const n = windowValues(onePointList(total), times, windowSeconds, 'sum');
    return times.map((_, i) => {
      const gi = g[i];
      const ni = n[i];
      if (gi === undefined || ni === undefined || ni <= 0 || budget <= 0) return undefined;
      return (1 - gi / ni) / budget;
    });
  };
  const long = burn(rule.longWindowSeconds);
  const short = burn(rule.shortWindowSeconds);
  const states = long.map((l, i) => {
    const s = short[i];
    if (l === undefined || s === undefined) return undefined;
    return crosses(l, rule.comparator, rule.critical) && crosses(s, rule.comparator, rule.critical);
  });
  const figures = emptyFigures();
  add(figures, runs(states));
  return figures;
}

/**
 * The aggregation of each evaluation's window (t − window, t] over `points` (sorted or not), `undefined` where the
 * window holds no non-null point.
 */
export function windowValues(
  points: ReadonlyArray<readonly [number, number | null]>, times: readonly number[], windowSeconds: number, aggregation: TimeAggregation,
): Array<number | undefined> {
  const kept = points.filter((p): p is [number, number] => p[1] !== null && Number.isFinite(p[1]));
  if (!isSorted(kept)) kept.sort((a, b) => a[0] - b[0]);
  const ts = Float64Array.from(kept, (p) => p[0]);
  const vs = Float64Array.from(kept, (p) => p[1]);
  const out: Array<number | undefined> = new Array(times.length);
  let lo = 0; // first point with ts > t − window
  let hi = 0; // first point with ts > t
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    while (lo < ts.length && (ts[lo] as number) <= t - windowSeconds) lo++;
    if (hi < lo) hi = lo;
    while (hi < ts.length && (ts[hi] as number) <= t) hi++;
    out[i] = hi > lo ? aggregate(vs, lo, hi, aggregation) : undefined;
  }
  return out;
}

function aggregate(values: Float64Array, lo: number, hi: number, aggregation: TimeAggregation): number {
  let acc = values[lo] as number;
  if (aggregation === 'min') for (let i = lo + 1; i < hi; i++) acc = Math.min(acc, values[i] as number);
  else if (aggregation === 'max') for (let i = lo + 1; i < hi; i++) acc = Math.max(acc, values[i] as number);
  else for (let i = lo + 1; i < hi; i++) acc += values[i] as number;
  return aggregation === 'avg' ? acc / (hi - lo) : acc;
}

function isSorted(points: ReadonlyArray<readonly [number, unknown]>): boolean {
  for (let i = 1; i < points.length; i++) if ((points[i] as readonly [number, unknown])[0] < (points[i - 1] as readonly [number, unknown])[0]) return false;
  return true;
}

/** Episodes of one group from its per-minute states (`undefined`: unchanged since the minute before). */
function runs(states: ReadonlyArray<boolean | undefined>): BacktestFigures {
  const f = emptyFigures();
  let alerting = false;
  let run = 0;
  const close = (): void => {
    if (run === 0) return;
    f.episodes++;
    f.longestMinutes = Math.max(f.longestMinutes, run);
    run = 0;
  };
  for (const s of states) {
    if (s !== undefined) alerting = s;
    if (alerting) {
      run++;
      f.alertMinutes++;
    } else close();
  }
  close();
  f.groups = f.episodes > 0 ? 1 : 0;
  return f;
}

/**
 * Series of the same group (from several answers or chunks) as one point list in time order; a timestamp read twice
 * (where two chunks meet) counts once, with the later answer's value.
 */
function mergeGroups(series: readonly Series[]): Map<string, Array<[number, number | null]>> {
  const groups = new Map<string, Array<[number, number | null]>>();
  for (const s of series) {
    const list = groups.get(s.group);
    if (list) for (const p of s.points) list.push(p);
    else groups.set(s.group, [...s.points]);
  }
  for (const [group, list] of groups) {
    if (isSortedUnique(list)) continue;
    // A stable sort keeps points of one timestamp in reading order: the last of each run wins.
    const sorted = list.map((p, i) => [p, i] as const).sort((a, b) => a[0][0] - b[0][0] || a[1] - b[1]).map(([p]) => p);
    groups.set(group, sorted.filter((p, i) => i + 1 >= sorted.length || (sorted[i + 1] as [number, number | null])[0] !== p[0]));
  }
  return groups;
}

function isSortedUnique(points: ReadonlyArray<readonly [number, unknown]>): boolean {
  for (let i = 1; i < points.length; i++) if ((points[i] as readonly [number, unknown])[0] <= (points[i - 1] as readonly [number, unknown])[0]) return false;
  return true;
}

/** All of a series' points, each timestamp once (see mergeGroups). */
function onePointList(s: Series): Array<[number, number | null]> {
  return mergeGroups([s]).get(s.group) ?? [];
}

function emptyFigures(): BacktestFigures {
  return { episodes: 0, alertMinutes: 0, longestMinutes: 0, groups: 0 };
}

function add(into: BacktestFigures, f: BacktestFigures): void {
  into.episodes += f.episodes;
  into.alertMinutes += f.alertMinutes;
  into.longestMinutes = Math.max(into.longestMinutes, f.longestMinutes);
  into.groups += f.groups;
}
