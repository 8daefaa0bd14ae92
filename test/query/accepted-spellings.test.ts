// Metric query spellings Datadog accepts though vigil's own builders never write them: integration monitors ship
// them, so they must parse, print back as written, and import as typed metric alerts that adoption leaves alone.
import { describe, expect, it } from 'vitest';
import { importMonitors } from '../../src/import/index.ts';
import { parseQuery, printMetricQuery } from '../../src/query/index.ts';
import type { MetricQuery } from '../../src/query/ast.ts';

function metric(query: string): { ast: MetricQuery; multi: boolean; threshold?: number } {
  const r = parseQuery('query alert', query);
  if (!r.ok) throw new Error(`${query}\n${' '.repeat(r.error.offset)}^ ${r.error.message}`);
  if (r.ast.kind !== 'metric') throw new Error('not a metric query');
  return { ast: r.ast, multi: r.multi, ...(r.threshold !== undefined ? { threshold: r.threshold } : {}) };
}

function imported(query: string) {
  const result = importMonitors([{
    id: 9, name: 'Queue has no consumers', type: 'query alert', query, message: 'No consumers on {{queue.name}}.',
    options: { thresholds: { critical: 1 } },
  }]);
  return { monitor: result.monitors[0]!, problems: result.problems, text: result.files[0]!.text };
}

describe('a bare metric, without a space aggregation', () => {
  const query = 'avg(last_5m):queue.consumers{env:prod} by {queue} < 1';

  it('is averaged across sources, as Datadog does, and remembered as written', () => {
    const { ast, multi, threshold } = metric(query);
    expect(ast.expr).toMatchObject({ kind: 'metric', aggregation: 'avg', metric: 'queue.consumers', groupBy: ['queue'], implicitAggregation: true });
    expect([multi, threshold]).toEqual([true, 1]);
  });

  it('prints back without the aggregation, and a written one stays written', () => {
    expect(printMetricQuery(metric(query).ast)).toBe(query);
    const mixed = 'avg(last_5m):100 * queue.ready{*} / avg:queue.capacity{*} > 90';
    expect(printMetricQuery(metric(mixed).ast)).toBe(mixed);
    expect(metric('avg(last_5m):avg:queue.consumers{*} < 1').ast.expr).not.toHaveProperty('implicitAggregation');
  });

  it('still needs its scope: a bare name alone is not a metric term', () => {
    const r = parseQuery('query alert', 'avg(last_5m):queue.consumers < 1');
    expect(r.ok).toBe(false);
  });

  it('imports as a typed metric alert with nothing left over', () => {
    const { monitor, problems, text } = imported(query);
    expect(problems).toEqual([]);
    expect(monitor).toMatchObject({ builder: 'metricAlert', overridden: [] });
    expect(text).toContain(`query: '${query}'`);
  });
});

describe('groups written after the threshold', () => {
  const query = 'avg(last_15m):avg:db.connections.used_ratio{*} > 0.9 by {host}';

  it('keeps the threshold and makes the monitor alert per group', () => {
    const { ast, multi, threshold } = metric(query);
    expect(ast).toMatchObject({ comparator: '>', threshold: 0.9, trailingGroupBy: ['host'] });
    expect(ast.expr).toMatchObject({ groupBy: [] });
    expect([multi, threshold]).toEqual([true, 0.9]);
  });

  it('prints back where they were written', () => {
    expect(printMetricQuery(metric(query).ast)).toBe(query);
    expect(printMetricQuery(metric('avg(last_5m):avg:a{*} > 1  by { host , env }').ast)).toBe('avg(last_5m):avg:a{*} > 1 by {host,env}');
  });

  it('must end the query', () => {
    const r = parseQuery('query alert', `${query} by {env}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('the query should end here');
    expect(parseQuery('query alert', 'avg(last_5m):avg:a{*} > 1 host').ok).toBe(false);
  });

  it('imports as a typed metric alert with nothing left over', () => {
    const { monitor, problems } = imported(query.replace('0.9', '1'));
    expect(problems).toEqual([]);
    expect(monitor).toMatchObject({ builder: 'metricAlert', overridden: [] });
  });
});

describe('a unary plus', () => {
  const query = "avg(last_4h):anomalies(+ avg:apache.performance.cpu_load{*} by {host}, 'agile', 2, direction='above', alert_window='last_15m', interval=60, count_default_zero='true', seasonality='hourly') >= 1";

  it('changes nothing: the query parses as without it, grouped by its term', () => {
    const plus = metric(query);
    const plain = metric(query.replace('(+ ', '('));
    expect(plus.ast).toEqual(plain.ast);
    expect([plus.multi, plus.threshold]).toEqual([true, 1]);
    expect(metric('avg(last_5m):+avg:queue.depth{*} - +5 > 1').ast.expr).toMatchObject({ kind: 'binary', op: '-', right: { kind: 'number', value: 5 } });
  });

  it('is kept as written on import', () => {
    const { problems, text } = imported(query);
    expect(problems).toEqual([]);
    expect(text).toContain('anomalies(+ avg:apache.performance.cpu_load{*} by {host}');
  });
});
