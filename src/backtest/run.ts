// The backtest stage, after planning: for every create or update of a monitor, the series its query reads are
// fetched (through `read`, the provider's job) and evaluated by the pinned rule, and the figures are attached to the
// change. The planner stays pure and knows nothing of this; this stage does no I/O of its own.
import type { Change, Plan } from '../plan/types.ts';
import { evaluateBurnRate, evaluateMonitor, type Period } from './evaluate.ts';
import { backtestSpec, type BacktestSpec, type SloPayload, type SpecContext } from './spec.ts';
import type { Backtest, BacktestFigures } from '../plan/types.ts';
import type { Series } from './types.ts';

/** What a series read gives per expression (the provider's answer; see providers/datadog/metrics.ts). */
export type SeriesRead = { series: Series[] } | { error: string };

/** Reads the 60-second series of each expression over the period. */
export type ReadSeries = (expressions: string[], period: Period) => Promise<Map<string, SeriesRead>>;

export interface BacktestOptions {
  /** The clock, in milliseconds since the epoch: the period ends at the last whole minute before it. */
  now: number;
  /** Length of the period, in seconds (`--backtest-window`, default 7 days). */
  windowSeconds: number;
  /** The compiled SLOs (`{id, payload}`), for burn-rate alerts. */
  slos: ReadonlyArray<{ id: string; payload: SloPayload }>;
}

/** The period a backtest covers: `windowSeconds` up to the last whole minute of `now`. */
export function backtestPeriod(now: number, windowSeconds: number): Period {
  const to = Math.floor(now / 60_000) * 60;
  return { from: to - windowSeconds, to };
}

/** The plan with a `backtest` on each create or update of a monitor. */
export async function backtestPlan(plan: Plan, options: BacktestOptions, read: ReadSeries): Promise<Plan> {
  const period = backtestPeriod(options.now, options.windowSeconds);
  const logicalIds = new Map(Object.entries(plan.remoteIds).map(([logical, remote]) => [String(remote), logical]));
  const after: SpecContext = { slos: new Map(options.slos.map((s) => [s.id, s.payload])), logicalIdOf: (r) => logicalIds.get(r) };
  // An SLO updated in the same plan: its burn-rate alerts' "before" reads the SLO as it was.
  const slosBefore = new Map(after.slos);
  for (const c of plan.changes) {
    if (c.kind === 'datadog.slo' && c.action === 'update' && c.payload) slosBefore.set(c.id, revert(c.payload, c));
  }
  const before: SpecContext = { ...after, slos: slosBefore };

  const specs = new Map<Change, { after: BacktestSpec; before?: BacktestSpec }>();
  for (const c of plan.changes) {
    if (c.kind !== 'datadog.monitor' || (c.action !== 'create' && c.action !== 'update') || !c.payload) continue;
    specs.set(c, {
      after: backtestSpec(c.payload, after),
      ...(c.action === 'update' ? { before: backtestSpec(revert(c.payload, c), before) } : {}),
    });
  }
  // Each expression is read from the earliest point a spec needs: a change alert also looks `shift` back.
  const lookback = new Map<string, number>();
  for (const s of [...specs.values()].flatMap((x) => [x.after, ...(x.before ? [x.before] : [])])) {
    for (const e of expressionsOf(s)) lookback.set(e, Math.max(lookback.get(e) ?? 0, s.supported && s.kind === 'threshold' ? s.rule.change?.shiftSeconds ?? 0 : 0));
  }
  const byLookback = new Map<number, string[]>();
  for (const [e, back] of lookback) byLookback.set(back, [...(byLookback.get(back) ?? []), e]);
  const reads = new Map<string, SeriesRead>();
  for (const [back, list] of [...byLookback].sort(([a], [b]) => a - b)) {
    // No window reaches back to the point at `from − lookback` itself (windows are (t − window, t]), so the read
    // starts a second later: a 7-day period is then exactly seven one-day reads.
    const readPeriod = { from: period.from - back + 1, to: period.to };
    try {
      for (const [e, r] of await read(list, readPeriod)) reads.set(e, r);
    } catch (err) {
      // The plan stands without its backtest (a key without the timeseries_query permission, an outage): each
      // monitor says why it has no figures.
      const error = err instanceof Error ? err.message : String(err);
      for (const e of list) reads.set(e, { error });
    }
  }

  const changes = plan.changes.map((c) => {
    const spec = specs.get(c);
    if (!spec) return c;
    const afterResult = evaluate(spec.after, reads, period);
    const backtest: Backtest = { from: period.from, to: period.to, supported: 'figures' in afterResult };
    if ('reason' in afterResult) backtest.reason = afterResult.reason;
    else backtest.after = afterResult.figures;
    if (spec.before && backtest.supported) {
      const beforeResult = evaluate(spec.before, reads, period);
      if ('figures' in beforeResult) backtest.before = beforeResult.figures;
    }
    return { ...c, backtest };
  });
  return { ...plan, changes };
}

function expressionsOf(spec: BacktestSpec): string[] {
  if (!spec.supported) return [];
  return spec.kind === 'threshold' ? [spec.query] : [spec.good, spec.total];
}

function evaluate(spec: BacktestSpec, reads: ReadonlyMap<string, SeriesRead>, period: Period): { figures: BacktestFigures } | { reason: string } {
  if (!spec.supported) return { reason: spec.reason };
  if (spec.kind === 'threshold') {
    const r = reads.get(spec.query);
    if (!r || 'error' in r) return { reason: `the metric query could not be read: ${r && 'error' in r ? r.error : 'no answer'}` };
    return { figures: evaluateMonitor(r.series, spec.rule, period) };
  }
  const good = reads.get(spec.good);
  const total = reads.get(spec.total);
  if (!good || 'error' in good) return { reason: `the SLO's good events could not be read: ${good && 'error' in good ? good.error : 'no answer'}` };
  if (!total || 'error' in total) return { reason: `the SLO's total events could not be read: ${total && 'error' in total ? total.error : 'no answer'}` };
  return { figures: evaluateBurnRate(sumOfGroups(good.series), sumOfGroups(total.series), spec.rule, period) };
}

/** An SLO counts events over all its groups: one series of the sums per timestamp. */
function sumOfGroups(series: readonly Series[]): Series {
  const byTime = new Map<number, number | null>();
  for (const s of series) {
    for (const [t, v] of s.points) {
      const had = byTime.get(t);
      byTime.set(t, v === null ? had ?? null : (had ?? 0) + v);
    }
  }
  return { group: '', points: [...byTime].sort((a, b) => a[0] - b[0]) };
}

/** The payload as it was before an update: each changed field set back to its old value (or removed). */
export function revert(payload: Record<string, unknown>, change: Pick<Change, 'fields'>): Record<string, unknown> {
  const out = structuredClone(payload);
  for (const f of change.fields ?? []) {
    const path = f.path.split('.');
    let node: Record<string, unknown> = out;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    if (f.old === undefined) delete node[last];
    else node[last] = f.old;
  }
  return out;
}
