// The evaluation rule on hand-built series: window edges, gaps, recovery thresholds, groups, burn rates.
import { describe, expect, it } from 'vitest';
import { evaluateBurnRate, evaluateMonitor, evaluationTimes, windowValues } from '../../src/backtest/evaluate.ts';
import type { AlertRule, Series } from '../../src/backtest/types.ts';

const T0 = 1_700_000_040; // a whole minute
const minute = (i: number): number => T0 + 60 * i;

/** A series with one point per minute from T0: `values[i]` at minute i (null for a gap). */
function series(values: Array<number | null>, group = ''): Series {
  return { group, points: values.map((v, i) => [minute(i), v] as [number, number | null]) };
}

const above = (critical: number, extra: Partial<AlertRule> = {}): AlertRule => ({
  aggregation: 'avg', windowSeconds: 60, comparator: '>', critical, ...extra,
});

describe('evaluation times and windows', () => {
  it('evaluates every whole minute t with from + window ≤ t ≤ to', () => {
    expect(evaluationTimes({ from: T0, to: T0 + 300 }, 120)).toEqual([minute(2), minute(3), minute(4), minute(5)]);
    // A period that does not start on a minute: the first evaluation is the first whole minute past from + window.
    expect(evaluationTimes({ from: T0 + 10, to: T0 + 250 }, 120)[0]).toBe(minute(3));
    expect(evaluationTimes({ from: T0, to: T0 + 100 }, 300)).toEqual([]);
  });

  it('a window is (t − window, t]: the point at t − window is out, the point at t is in', () => {
    const points = series([1, 2, 3, 4]).points;
    expect(windowValues(points, [minute(3)], 120, 'sum')).toEqual([3 + 4]);
    expect(windowValues(points, [minute(3)], 180, 'avg')).toEqual([3]);
    expect(windowValues(points, [minute(3)], 180, 'min')).toEqual([2]);
    expect(windowValues(points, [minute(3)], 180, 'max')).toEqual([4]);
  });

  it('skips null points and has no value for an empty window', () => {
    const points = series([5, null, null, 7]).points;
    expect(windowValues(points, [minute(2), minute(3)], 120, 'avg')).toEqual([undefined, 7]);
  });
});

describe('evaluateMonitor', () => {
  it('counts episodes, minutes in alert and the longest episode', () => {
    const s = series([0, 9, 9, 0, 0, 9, 9, 9, 0]);
    expect(evaluateMonitor([s], above(5), { from: T0, to: minute(8) })).toEqual({
      episodes: 2, alertMinutes: 5, longestMinutes: 3, groups: 1,
    });
  });

  it('an episode still alerting at the end of the period counts, cut at the period', () => {
    const s = series([0, 0, 9, 9]);
    expect(evaluateMonitor([s], above(5), { from: T0, to: minute(3) })).toEqual({ episodes: 1, alertMinutes: 2, longestMinutes: 2, groups: 1 });
  });

  it('does not evaluate before from + window, so a spike at the very start is outside the backtest', () => {
    const s = series([9, 0, 0, 0]);
    // window 60 s: first evaluation at minute 1, whose window (minute 0, minute 1] no longer holds the spike.
    expect(evaluateMonitor([s], above(5), { from: T0, to: minute(3) }).episodes).toBe(0);
  });

  it('uses the time aggregation over the window', () => {
    const s = series([0, 10, 0, 0, 0]);
    const window = { windowSeconds: 180 };
    expect(evaluateMonitor([s], above(5, { ...window, aggregation: 'avg' }), { from: T0, to: minute(4) }).alertMinutes).toBe(0);
    expect(evaluateMonitor([s], above(5, { ...window, aggregation: 'max' }), { from: T0, to: minute(4) }).alertMinutes).toBe(1);
    expect(evaluateMonitor([s], above(5, { ...window, aggregation: 'sum' }), { from: T0, to: minute(4) }).alertMinutes).toBe(1);
    expect(evaluateMonitor([s], { ...above(1), ...window, aggregation: 'min', comparator: '<' }, { from: T0, to: minute(4) }).alertMinutes).toBe(2);
  });

  it('a gap holds the state: no points is not a recovery', () => {
    const s = series([0, 9, null, null, 0, 0]);
    expect(evaluateMonitor([s], above(5), { from: T0, to: minute(5) })).toEqual({ episodes: 1, alertMinutes: 3, longestMinutes: 3, groups: 1 });
    // …nor an alert: a gap while OK stays OK.
    expect(evaluateMonitor([series([0, null, null, 0])], above(5), { from: T0, to: minute(3) }).alertMinutes).toBe(0);
  });

  it('recovers at the critical recovery threshold, not at the critical one', () => {
    const values = [0, 6, 4.5, 4.5, 4, 4.5];
    const s = series(values);
    const period = { from: T0, to: minute(5) };
    expect(evaluateMonitor([s], above(5), period)).toMatchObject({ episodes: 1, alertMinutes: 1 });
    // Recovery at 4 (for ">": recovered once the value is no longer above 4): 4.5 keeps it alerting, 4 ends it.
    expect(evaluateMonitor([s], above(5, { criticalRecovery: 4 }), period)).toMatchObject({ episodes: 1, alertMinutes: 3, longestMinutes: 3 });
    // Below-comparator monitors recover upwards.
    const low = series([10, 1, 2.5, 3.5, 2.5]);
    expect(evaluateMonitor([low], { ...above(2), comparator: '<', criticalRecovery: 3 }, { from: T0, to: minute(4) }))
      .toMatchObject({ episodes: 1, alertMinutes: 2 });
  });

  it('evaluates each group on its own and counts the groups that alerted', () => {
    const a = series([0, 9, 0, 9, 0], 'host:a');
    const b = series([0, 0, 9, 9, 9], 'host:b');
    const c = series([0, 0, 0, 0, 0], 'host:c');
    expect(evaluateMonitor([a, b, c], above(5), { from: T0, to: minute(4) })).toEqual({
      episodes: 3, alertMinutes: 5, longestMinutes: 3, groups: 2,
    });
  });

  it('joins chunks of one group and counts a timestamp read twice once', () => {
    const all = series([0, 9, 9, 9, 0]);
    const first = { group: '', points: all.points.slice(0, 3) };
    const second = { group: '', points: all.points.slice(2) };
    expect(evaluateMonitor([first, second], above(5, { windowSeconds: 120, aggregation: 'sum' }), { from: T0, to: minute(4) }))
      .toEqual(evaluateMonitor([all], above(5, { windowSeconds: 120, aggregation: 'sum' }), { from: T0, to: minute(4) }));
  });

  it('evaluates a change alert on the difference from `shift` earlier, or its percentage', () => {
    // Window 60 s, shift 2 minutes: the value at minute i is values[i] − values[i − 2].
    const s = series([10, 10, 10, 10, 25, 25, 25, 10]);
    const period = { from: T0, to: minute(7) };
    const change = (kind: 'change' | 'pct_change', critical: number) => ({ ...above(critical), change: { kind, shiftSeconds: 120 } });
    // Differences at minutes 1..7: (no value at 1, whose shifted window precedes the data), 0, 0, 15, 15, 0, −15.
    expect(evaluateMonitor([s], change('change', 10), period)).toEqual({ episodes: 1, alertMinutes: 2, longestMinutes: 2, groups: 1 });
    expect(evaluateMonitor([s], change('pct_change', 100), period)).toEqual({ episodes: 1, alertMinutes: 2, longestMinutes: 2, groups: 1 });
    expect(evaluateMonitor([s], { ...change('change', -10), comparator: '<' }, period)).toMatchObject({ episodes: 1, alertMinutes: 1 });
  });

  it('compares with each comparator', () => {
    const s = series([5, 5, 6]);
    const period = { from: T0, to: minute(2) };
    expect(evaluateMonitor([s], { ...above(5), comparator: '>=' }, period).alertMinutes).toBe(2);
    expect(evaluateMonitor([s], { ...above(5), comparator: '==' }, period).alertMinutes).toBe(1);
    expect(evaluateMonitor([s], { ...above(5), comparator: '!=' }, period).alertMinutes).toBe(1);
    expect(evaluateMonitor([s], { ...above(5), comparator: '<=' }, period).alertMinutes).toBe(1);
  });
});

describe('evaluateBurnRate', () => {
  it('alerts while the long and the short window both burn faster than the threshold', () => {
    // Target 99%: budget 1%. 100 events a minute; 20 bad ones a minute from minute 5 to 7 (burn 20 per minute window).
    const total = series(Array.from({ length: 12 }, () => 100));
    const good = series(Array.from({ length: 12 }, (_, i) => (i >= 5 && i <= 7 ? 80 : 100)));
    const rule = { target: 99, longWindowSeconds: 300, shortWindowSeconds: 60, comparator: '>' as const, critical: 10 };
    // Long window (5 min) burn at minute m: bad minutes in the window × 20 / 5 … ≥ 12 from minute 5 to 9 (one bad
    // minute: 4; two: 8; three: 12); the short window burns 20 only at minutes 5–7. Both: minute 7 only.
    expect(evaluateBurnRate(good, total, rule, { from: T0, to: minute(11) })).toEqual({ episodes: 1, alertMinutes: 1, longestMinutes: 1, groups: 1 });
  });
});
