// End to end: the backtest stage reads metric history through vigil's Datadog client (the official client's
// request builders, over loopback HTTP) from the sandbox, and its figures are checked against an independent
// recomputation: a small, separate, deliberately naive implementation of the pinned rule over the sandbox's own raw
// 60-second series, read in one piece without vigil's batching or chunking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestPeriod, backtestPlan } from '../../src/backtest/run.ts';
import type { BacktestFigures } from '../../src/plan/types.ts';
import type { Change, Plan } from '../../src/plan/types.ts';
import { createDatadogClient, type DatadogClient } from '../../src/providers/datadog/client.ts';
import { readMetricSeries } from '../../src/providers/datadog/metrics.ts';
import { runMetricQuery } from '../../src/sandbox/datadog/metric-query.ts';
import { SyntheticSeries } from '../../src/sandbox/datadog/synthetic-series.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';

const SEED = 42;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const WINDOW = 3 * 86_400; // three days: three chunks per expression

/**
 * Monitors over each shape the rule meets: a grouped max, a ratio with a recovery threshold, an avg, a below, a
 * grouped avg. Thresholds sit inside each series' range for this seed and period, so every one of them alerts.
 */
const MONITORS: Array<{ id: string; query: string; thresholds: Record<string, number> }> = [
  { id: 'lag', query: 'max(last_10m):max:inventory.sync.lag_seconds{env:prod} by {warehouse} > 900', thresholds: { critical: 900 } },
  {
    id: 'errors',
    query: 'sum(last_5m):sum:trace.http.request.errors{env:prod,service:shop}.as_count() / sum:trace.http.request.hits{env:prod,service:shop}.as_count() * 100 > 0.2',
    thresholds: { critical: 0.2, critical_recovery: 0.15 },
  },
  { id: 'latency', query: 'avg(last_10m):p95:trace.http.request{env:prod,service:shop} > 0.84', thresholds: { critical: 0.84 } },
  { id: 'traffic', query: 'sum(last_15m):sum:trace.http.request.hits{env:prod,service:shop}.as_rate() < 400', thresholds: { critical: 400 } },
  { id: 'disk', query: 'avg(last_15m):avg:system.disk.in_use{env:prod} by {host} > 0.6', thresholds: { critical: 0.6 } },
];

let sandbox: Sandbox;
let dd: DatadogClient;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: SEED });
  dd = createDatadogClient({ DD_API_KEY: 'k', DD_APP_KEY: 'k', VIGIL_DATADOG_URL: sandbox.datadogUrl });
});
afterAll(async () => {
  await sandbox.close();
});

function plan(): Plan {
  const changes: Change[] = MONITORS.map((m) => ({
    action: 'create', kind: 'datadog.monitor', id: m.id,
    payload: { type: 'query alert', query: m.query, options: { thresholds: m.thresholds } },
  }));
  return { version: 1, summary: { create: changes.length, update: 0, delete: 0, unchanged: 0 }, changes, drift: [], remoteIds: {}, remoteVersions: {} };
}

describe('backtest against the sandbox', () => {
  it('agrees with an independent recomputation of the rule over the sandbox\'s raw series', async () => {
    const before = dd.http.stats.requests;
    const out = await backtestPlan(plan(), { now: NOW, windowSeconds: WINDOW, slos: [] },
      (expressions, period) => readMetricSeries(dd, expressions, period));
    // 5 expressions fit one call; three one-day chunks.
    expect(dd.http.stats.requests - before).toBe(3);

    const period = backtestPeriod(NOW, WINDOW);
    const data = new SyntheticSeries(SEED);
    let alerted = 0;
    let grouped = 0;
    for (const m of MONITORS) {
      const backtest = out.changes.find((c) => c.id === m.id)?.backtest;
      expect(backtest, m.id).toMatchObject({ from: period.from, to: period.to, supported: true });
      const expected = recompute(m.query, m.thresholds, period, data);
      expect(backtest?.after, m.id).toEqual(expected);
      if (expected.episodes > 0) alerted++;
      if (expected.groups > 1) grouped++;
    }
    // The comparison means something only because every monitor alerted, one of them in several groups.
    expect(alerted).toBe(MONITORS.length);
    expect(grouped).toBeGreaterThanOrEqual(1);
  });
});

// ── the independent check ────────────────────────────────────────────────────────────────────────────────────

/**
 * The rule, written again from its text without vigil's evaluator: at each whole minute t with from + W ≤ t ≤ to,
 * aggregate the 60-second points in (t − W, t]; alert when the value crosses the critical threshold, recover when it
 * no longer crosses the recovery threshold (or the critical one); no points: keep the state; count maximal runs.
 */
function recompute(query: string, thresholds: Record<string, number>, period: { from: number; to: number }, data: SyntheticSeries): BacktestFigures {
  const m = /^(avg|sum|min|max)\(last_(\d+)m\):(.*) (<|>) ([\d.]+)$/.exec(query);
  if (!m) throw new Error(`the check reads only simple queries: ${query}`);
  const [, agg, minutes, expr, op] = m as unknown as [string, string, string, string, string];
  const W = Number(minutes) * 60;
  const critical = thresholds['critical'] as number;
  const recovery = thresholds['critical_recovery'] ?? critical;
  const crosses = (v: number, x: number) => (op === '>' ? v > x : v < x);
  // The sandbox's raw series: the expression with every term rolled up to 60 s by the time aggregation.
  const rolled = expr.replace(/(\{[^}]*\}(?: by \{[^}]*\})?(?:\.as_count\(\)|\.as_rate\(\))?)/g, `$1.rollup(${agg}, 60)`);
  // Read in 6-hour pieces (the engine, like Datadog, coarsens past 1500 points), joined per group.
  const groups = new Map<string, Array<[number, number | null]>>();
  for (let start = period.from; start <= period.to; start += 6 * 3600) {
    for (const s of runMetricQuery(rolled, start, Math.min(period.to, start + 6 * 3600 - 1), data).series) {
      const key = s.tagSet.join(',');
      groups.set(key, [...(groups.get(key) ?? []), ...s.points]);
    }
  }
  const out: BacktestFigures = { episodes: 0, alertMinutes: 0, longestMinutes: 0, groups: 0 };
  for (const points of groups.values()) {
    const s = { points };
    let alerting = false;
    let run = 0;
    let episodes = 0;
    for (let t = period.from + W; t <= period.to; t += 60) {
      const values = s.points.filter(([ts, v]) => ts > t - W && ts <= t && v !== null).map(([, v]) => v as number);
      if (values.length > 0) {
        const v = agg === 'avg' ? values.reduce((a, b) => a + b) / values.length
          : agg === 'sum' ? values.reduce((a, b) => a + b) : agg === 'min' ? Math.min(...values) : Math.max(...values);
        alerting = crosses(v, alerting ? recovery : critical);
      }
      if (alerting) {
        run++;
        out.alertMinutes++;
      }
      if ((!alerting || t + 60 > period.to) && run > 0) {
        episodes++;
        out.longestMinutes = Math.max(out.longestMinutes, run);
        run = 0;
      }
    }
    out.episodes += episodes;
    if (episodes > 0) out.groups++;
  }
  return out;
}
