// The backtest stage on plain data: which monitors are evaluated, how, and what is attached to each change. The
// series reader is a small injected function here; test/backtest/e2e.test.ts reads through the client and sandbox.
import { describe, expect, it } from 'vitest';
import { backtestPeriod, backtestPlan, revert, type ReadSeries } from '../../src/backtest/run.ts';
import { backtestSpec } from '../../src/backtest/spec.ts';
import type { Series } from '../../src/backtest/types.ts';
import type { Change, Plan } from '../../src/plan/types.ts';

const NOW = Date.UTC(2026, 11, 7, 6, 0, 30); // mid-minute: the period ends at 06:00:00
const HOUR = 3600;

function plan(changes: Change[]): Plan {
  return {
    version: 1, summary: { create: 0, update: 0, delete: 0, unchanged: 0 }, changes, drift: [],
    remoteIds: { 'shop-availability': 'abc123' }, remoteVersions: {},
  };
}

const monitor = (query: string, thresholds: Record<string, number>, type = 'query alert') => ({ type, query, options: { thresholds } });

describe('backtestSpec', () => {
  it('reads a metric monitor as its expression rolled up to 60 s with the time aggregation, and its rule', () => {
    const spec = backtestSpec(monitor('max(last_10m):max:queue.lag{env:prod} by {queue} > 900', { critical: 900, critical_recovery: 600 }), { slos: new Map() });
    expect(spec).toEqual({
      supported: true, kind: 'threshold', query: 'max:queue.lag{env:prod} by {queue}.rollup(max, 60)',
      rule: { aggregation: 'max', windowSeconds: 600, comparator: '>', critical: 900, criticalRecovery: 600 },
    });
  });

  it('reads a change alert as its window and the shift to compare with', () => {
    const spec = backtestSpec(monitor('pct_change(avg(last_5m),last_1h):sum:q.depth{env:prod} by {queue} > 50', { critical: 50 }), { slos: new Map() });
    expect(spec).toMatchObject({
      supported: true, query: 'sum:q.depth{env:prod} by {queue}.rollup(avg, 60)',
      rule: { aggregation: 'avg', windowSeconds: 300, change: { kind: 'pct_change', shiftSeconds: 3600 } },
    });
  });

  it('says why a monitor is not backtested', () => {
    const ctx = { slos: new Map() };
    const reason = (p: Record<string, unknown>) => {
      const s = backtestSpec(p, ctx);
      return s.supported ? undefined : s.reason;
    };
    expect(reason(monitor("avg(last_4h):anomalies(avg:a.b{*}, 'basic', 2) >= 1", { critical: 1 }))).toMatch(/^anomaly monitors/);
    expect(reason(monitor('avg(current_1mo):avg:a.b{*} > 5', { critical: 5 }))).toMatch(/calendar-aligned/);
    expect(reason(monitor('logs("x").index("*").rollup("count").last("5m") > 1', { critical: 1 }, 'log alert'))).toMatch(/count logs/);
    expect(reason(monitor('${a} && ${b}', {}, 'composite'))).toMatch(/composite/);
  });

  it('reads a burn-rate alert of a metric SLO from the SLO\'s good and total events, found by logical or remote id', () => {
    const slo = {
      type: 'metric', thresholds: [{ timeframe: '30d', target: 99.9 }],
      query: { numerator: 'sum:shop.ok{env:prod}.as_count()', denominator: 'sum:shop.all{env:prod}.as_count()' },
    };
    const ctx = { slos: new Map([['shop-availability', slo]]), logicalIdOf: (r: string) => (r === 'abc123' ? 'shop-availability' : undefined) };
    const expected = {
      supported: true, kind: 'burn-rate',
      good: 'sum:shop.ok{env:prod}.as_count().rollup(sum, 60)', total: 'sum:shop.all{env:prod}.as_count().rollup(sum, 60)',
      rule: { target: 99.9, longWindowSeconds: 3600, shortWindowSeconds: 300, comparator: '>', critical: 14.4 },
    };
    const byRef = 'burn_rate("${shop-availability}").over("30d").long_window("1h").short_window("5m") > 14.4';
    expect(backtestSpec(monitor(byRef, { critical: 14.4 }, 'slo alert'), ctx)).toEqual(expected);
    expect(backtestSpec(monitor(byRef.replace('${shop-availability}', 'abc123'), { critical: 14.4 }, 'slo alert'), ctx)).toEqual(expected);
  });
});

describe('backtestPlan', () => {
  const lag = (t: number): number => (t % (6 * HOUR) < 600 ? 1000 : 100); // 10 minutes over 900 every 6 hours

  it('attaches figures to creates and, for updates, to the definition before the change; reads each expression once', async () => {
    const reads: string[][] = [];
    const read: ReadSeries = async (expressions, period) => {
      reads.push(expressions);
      const points: Series['points'] = [];
      for (let t = Math.ceil(period.from / 60) * 60; t <= period.to; t += 60) points.push([t, lag(t)]);
      return new Map(expressions.map((e) => [e, { series: [{ group: '', points }] }]));
    };
    const query = 'max(last_5m):max:queue.lag{env:prod} > 900';
    const changes: Change[] = [
      { action: 'create', kind: 'datadog.monitor', id: 'lag', payload: monitor(query, { critical: 900 }) },
      {
        action: 'update', kind: 'datadog.monitor', id: 'lag-strict', remoteId: 2,
        payload: monitor(query.replace('> 900', '> 50'), { critical: 50 }),
        fields: [{ path: 'query', old: query, new: query.replace('> 900', '> 50') }, { path: 'options.thresholds.critical', old: 900, new: 50 }],
      },
      { action: 'create', kind: 'datadog.monitor', id: 'svc', payload: monitor('"http.can_connect".over("*").by("host").last(3).count_by_status()', {}, 'service check') },
      { action: 'create', kind: 'datadog.slo', id: 'slo', payload: {} },
    ];
    const out = await backtestPlan(plan(changes), { now: NOW, windowSeconds: 86_400, slos: [] }, read);
    const period = backtestPeriod(NOW, 86_400);
    expect(period).toEqual({ from: Date.UTC(2026, 11, 6, 6) / 1000, to: Date.UTC(2026, 11, 7, 6) / 1000 });
    expect(reads).toEqual([['max:queue.lag{env:prod}.rollup(max, 60)']]);
    // Over 900 for minutes [0, 10) of every 6-hour slot; a 5-minute max window stays over 4 minutes longer (14 in
    // all). From 06:00 to 06:00: evaluated from 06:05 (9 minutes of the first slot), three whole slots, and the last
    // evaluation at 06:00 itself, whose window ends with the next slot's first point (1 minute).
    expect(out.changes[0]?.backtest).toEqual({ ...period, supported: true, after: { episodes: 5, alertMinutes: 9 + 3 * 14 + 1, longestMinutes: 14, groups: 1 } });
    expect(out.changes[1]?.backtest?.before).toEqual(out.changes[0]?.backtest?.after);
    expect(out.changes[1]?.backtest?.after).toEqual({ episodes: 1, alertMinutes: 1436, longestMinutes: 1436, groups: 1 });
    expect(out.changes[2]?.backtest).toMatchObject({ supported: false, reason: expect.stringMatching(/service checks/) });
    expect(out.changes[3]?.backtest).toBeUndefined();
  });

  it('reads a change alert\'s history from its shift before the period', async () => {
    const periods: Array<{ from: number; to: number }> = [];
    const read: ReadSeries = async (expressions, p) => {
      periods.push(p);
      return new Map(expressions.map((e) => [e, { series: [] }]));
    };
    await backtestPlan(plan([
      { action: 'create', kind: 'datadog.monitor', id: 'plain', payload: monitor('avg(last_5m):avg:a.b{*} > 1', { critical: 1 }) },
      { action: 'create', kind: 'datadog.monitor', id: 'growth', payload: monitor('change(avg(last_5m),last_1h):avg:c.d{*} > 1', { critical: 1 }) },
    ]), { now: NOW, windowSeconds: 86_400, slos: [] }, read);
    const { from, to } = backtestPeriod(NOW, 86_400);
    expect(periods).toEqual([{ from: from + 1, to }, { from: from - 3600 + 1, to }]);
  });

  it('reports a query Datadog refused as the reason, without failing the others', async () => {
    const read: ReadSeries = async (expressions) => new Map(expressions.map((e) => [e, { error: 'Datadog refused to query metric history (HTTP 400)' }]));
    const out = await backtestPlan(plan([
      { action: 'create', kind: 'datadog.monitor', id: 'x', payload: monitor('avg(last_5m):avg:a.b{*} > 1', { critical: 1 }) },
    ]), { now: NOW, windowSeconds: 86_400, slos: [] }, read);
    expect(out.changes[0]?.backtest).toMatchObject({ supported: false, reason: expect.stringMatching(/could not be read: Datadog refused/) });
  });

  it('keeps the plan when the history cannot be read at all, saying why on each monitor', async () => {
    const read: ReadSeries = async () => {
      throw new Error('could not query metric history: Datadog refused (HTTP 403): Forbidden');
    };
    const out = await backtestPlan(plan([
      { action: 'create', kind: 'datadog.monitor', id: 'x', payload: monitor('avg(last_5m):avg:a.b{*} > 1', { critical: 1 }) },
    ]), { now: NOW, windowSeconds: 86_400, slos: [] }, read);
    expect(out.changes[0]?.backtest).toMatchObject({ supported: false, reason: expect.stringMatching(/could not be read: .*HTTP 403/) });
  });

  it('reverts changed fields to rebuild the definition before an update', () => {
    const after = { query: 'q2', options: { thresholds: { critical: 5 }, notify_no_data: true } };
    expect(revert(after, { fields: [{ path: 'query', old: 'q1', new: 'q2' }, { path: 'options.notify_no_data', new: true }] }))
      .toEqual({ query: 'q1', options: { thresholds: { critical: 5 } } });
  });
});
