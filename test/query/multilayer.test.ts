// Multilayer aggregation ("nested queries"): a further space layer `sum(<grouped query>, {tags})` or time layer
// `rollup(<query>, 'p95', 1800)` around a metric query. Datadog ships a monitor of the first kind with its SQL
// Server integration; it must parse, group by its outer layer only, print back, import typed, and every misuse must
// be refused at the right character.
import { describe, expect, it } from 'vitest';
import { backtestSpec } from '../../src/backtest/spec.ts';
import { importMonitors } from '../../src/import/index.ts';
import type { FunctionCall, MetricQuery } from '../../src/query/ast.ts';
import { parseQuery, printMetricQuery } from '../../src/query/index.ts';

/** The SQL Server integration's "Availability group failover detected", as shipped. */
const SHIPPED = 'max(last_5m):sum(max:sqlserver.ao.replica_status{replica_role:primary} by {replica_server_name,availability_group_name}.rollup(max, 60), { availability_group_name }) > 1';

function parsed(query: string) {
  const r = parseQuery('query alert', query);
  if (!r.ok) throw new Error(`${query}\n${' '.repeat(r.error.offset)}^ ${r.error.message}`);
  if (r.ast.kind !== 'metric') throw new Error('not a metric query');
  return { ...r, ast: r.ast as MetricQuery };
}

function rejected(query: string) {
  const r = parseQuery('query alert', query);
  if (r.ok) throw new Error(`accepted: ${query}`);
  return r.error;
}

describe('multilayer space aggregation', () => {
  it('reads the shipped SQL Server monitor: a sum over a grouped query, with the outer groups as its last argument', () => {
    const { ast, multi, groupBy, threshold } = parsed(SHIPPED);
    const call = ast.expr as FunctionCall;
    expect(call).toMatchObject({ kind: 'call', name: 'sum' });
    expect(call.args).toHaveLength(2);
    expect(call.args[0]!.value).toMatchObject({
      kind: 'metric', aggregation: 'max', metric: 'sqlserver.ao.replica_status',
      groupBy: ['replica_server_name', 'availability_group_name'], methods: [{ name: 'rollup' }],
    });
    expect(call.args[1]!.value).toEqual({ kind: 'groups', tags: ['availability_group_name'] });
    expect([multi, threshold]).toEqual([true, 1]);
  });

  it('alerts per group of the outer layer only: the inner groups it drops are not groups of the monitor', () => {
    expect(parsed(SHIPPED).groupBy).toEqual(['availability_group_name']);
    expect(parsed('avg(last_5m):max(sum(avg:a{*} by {x,y,z}, {x,y}), {y}) > 1').groupBy).toEqual(['y']);
    // Arithmetic over two regrouped queries keeps the groups of both sides, once each.
    expect(parsed("avg(last_5m):stddev(avg:a{*} by {x,y}, {x}) + percentile(avg:b{*} by {x,y}, 'p99.9', {x}) > 1").groupBy).toEqual(['x']);
    // A plain grouped query is unchanged.
    expect(parsed('avg(last_5m):avg:a{*} by {host,env} > 1').groupBy).toEqual(['host', 'env']);
  });

  it('prints canonically: no spaces inside the group list, ", " between arguments, and the print is a fixed point', () => {
    const printed = printMetricQuery(parsed(SHIPPED).ast);
    expect(printed).toBe('max(last_5m):sum(max:sqlserver.ao.replica_status{replica_role:primary} by {replica_server_name,availability_group_name}.rollup(max, 60), {availability_group_name}) > 1');
    expect(parsed(printed).ast).toEqual(parsed(SHIPPED).ast);
    for (const q of [
      "avg(last_5m):percentile(avg:aws.ec2.cpuutilization{*} by {env,host}.rollup(avg, 300), 'p95', {env}) > 80",
      'avg(last_5m):max(sum(avg:a{*} by {x,y,z}, {x,y}), {x}) > 1',
      "avg(last_5m):top(min(avg:a{*} by {x,y}, {x}), 5, 'mean', 'desc') > 1",
    ]) expect(printMetricQuery(parsed(q).ast)).toBe(q);
  });

  it('imports as a typed metric alert that sends the query exactly as Datadog stores it', () => {
    const result = importMonitors([{
      id: 7, name: 'Availability group failover detected', type: 'query alert', query: SHIPPED,
      message: 'Failover in {{availability_group_name.name}}.', options: { thresholds: { critical: 1 } },
    }]);
    expect(result.problems).toEqual([]);
    expect(result.monitors[0]).toMatchObject({ builder: 'metricAlert', overridden: [] });
    expect(result.files[0]!.text).toContain(`query: '${SHIPPED}'`);
  });

  it('is not backtested, and says why instead of guessing', () => {
    const spec = backtestSpec({ type: 'query alert', query: SHIPPED, options: { thresholds: { critical: 1 } } }, { slos: new Map() });
    expect(spec).toEqual({
      supported: false,
      reason: 'the query aggregates its groups again with sum(…, {…}) (multilayer space aggregation), which the backtest does not evaluate',
    });
  });
});

describe('multilayer time aggregation', () => {
  it('reads rollup(<query>, <aggregator>, <seconds>) with a percentile or stddev, and prints it back', () => {
    for (const q of [
      "avg(last_30m):rollup(avg:aws.ec2.cpuutilization{*} by {env,host}.rollup(avg, 300), 'p95', 1800) > 80",
      "avg(last_4h):rollup(sum:api.requests.count{*}.rollup(avg, 300), 'stddev', 3600) > 10",
      "avg(last_1h):rollup(sum(avg:a{*} by {x,y}.rollup(avg, 300), {x}), 'p99.99', 3600) > 1",
    ]) expect(printMetricQuery(parsed(q).ast)).toBe(q);
    const { ast, groupBy } = parsed("avg(last_30m):rollup(avg:a{*} by {env,host}.rollup(avg, 300), 'p95', 1800) > 80");
    expect(ast.expr).toMatchObject({ kind: 'call', name: 'rollup', args: [{}, { value: { kind: 'string', value: 'p95' } }, { value: { kind: 'number', value: 1800 } }] });
    expect(groupBy).toEqual(['env', 'host']);
  });

  it('is not backtested, and says why', () => {
    const spec = backtestSpec({ type: 'query alert', query: "avg(last_30m):rollup(avg:a{*}.rollup(avg, 300), 'p95', 1800) > 80", options: { thresholds: { critical: 80 } } }, { slos: new Map() });
    expect(spec.supported ? undefined : spec.reason).toMatch(/^the query rolls its result up again with rollup\(…\) \(multilayer time aggregation\)/);
  });
});

describe('misuse is refused where it is written', () => {
  interface Bad { name: string; query: string; at: string; message: string; hint?: string }
  const cases: Bad[] = [
    {
      name: 'an outer group the inner query does not have',
      query: SHIPPED.replace('{ availability_group_name }', '{ replica }'),
      at: 'replica }',
      message: '"sum(" groups by "replica", which the query inside it is not grouped by (it groups by replica_server_name, availability_group_name)',
      hint: 'an outer layer keeps some of the inner groups: choose among replica_server_name, availability_group_name',
    },
    {
      name: 'an outer group dropped by a layer in between',
      query: 'avg(last_5m):max(sum(avg:a{*} by {x,y,z}, {x,y}), {z}) > 1',
      at: 'z}) >',
      message: '"max(" groups by "z", which the query inside it is not grouped by (it groups by x, y)',
    },
    {
      name: 'an inner query that is not grouped',
      query: 'avg(last_5m):sum(avg:a{*}, {x}) > 1',
      at: 'avg:a',
      message: 'the query inside "sum(" is not grouped, so there is no layer to aggregate again',
      hint: 'group the inner query by the tags to aggregate over, e.g. sum(avg:system.cpu.user{*} by {env,host}, {env})',
    },
    {
      name: 'an aggregator Datadog has no outer layer for',
      query: 'avg(last_5m):count(avg:a{*} by {x,y}, {x}) > 1',
      at: '{x})',
      message: '"count" is not a multilayer space aggregator, so "count(" takes no group list "{…}"; expected avg, sum, min, max, stddev or percentile',
      hint: 'a group list ends a multilayer space aggregation, e.g. sum(avg:system.cpu.user{*} by {env,host}, {env})',
    },
    {
      name: 'a group list passed to another function',
      query: 'avg(last_5m):top(avg:a{*} by {x}, {x}) > 1',
      at: '{x})',
      message: '"top" is not a multilayer space aggregator, so "top(" takes no group list "{…}"; expected avg, sum, min, max, stddev or percentile',
    },
    {
      name: 'a space layer without its groups',
      query: 'avg(last_5m):sum(avg:a{*} by {x}) > 1',
      at: ') >',
      message: '"sum(" aggregates a grouped query again and needs the groups of that outer layer as its last argument',
    },
    {
      name: 'a group list that is not the last argument',
      query: "avg(last_5m):sum(avg:a{*} by {x}, {x}, 'p95') > 1",
      at: "'p95'",
      message: 'the group list must be the last argument of "sum("',
    },
    {
      name: 'a percentile layer without its percentile',
      query: 'avg(last_5m):percentile(avg:a{*} by {x,y}, {x}) > 1',
      at: '{x})',
      message: '"percentile(" takes 3 arguments (the query, the percentile and the groups), found 2',
    },
    {
      name: 'an unknown percentile',
      query: "avg(last_5m):percentile(avg:a{*} by {x,y}, 'p101', {x}) > 1",
      at: "'p101'",
      message: "unknown percentile 'p101' in \"percentile(\"; expected pXX such as 'p95' or 'p99.9'",
    },
    {
      name: 'an empty group list',
      query: 'avg(last_5m):sum(avg:a{*} by {x,y}, {}) > 1',
      at: '}) >',
      message: 'empty group list "{}" in "sum(…, {…})"; expected a tag key such as "env"',
    },
    {
      name: 'tags not separated by commas',
      query: 'avg(last_5m):sum(avg:a{*} by {x,y}, {x y}) > 1',
      at: 'y})',
      message: 'expected "," or "}" in "sum(…, {…})", found "y"',
    },
    {
      name: 'an unknown time layer aggregator',
      query: "avg(last_5m):rollup(avg:a{*} by {x}, 'median', 300) > 1",
      at: "'median'",
      message: "unknown rollup aggregator 'median' in \"rollup(\"; expected avg, sum, min, max, count, stddev or a percentile such as 'p95'",
      hint: "e.g. rollup(avg:system.cpu.user{*} by {host}.rollup(avg, 300), 'p95', 1800)",
    },
    {
      name: 'a percentile in a .rollup() method, which only the time layer function takes',
      query: 'avg(last_5m):avg:a{*}.rollup(avg, 60).rollup(p95, 300) > 1',
      at: 'p95',
      message: 'expected the rollup method as argument 1 of ".rollup(", one of avg, sum, min, max, count; found "p95"',
      hint: "p95 over time is a further layer of time aggregation around the query, e.g. rollup(avg:system.cpu.user{*} by {host}.rollup(avg, 300), 'p95', 1800)",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const error = rejected(c.query);
      expect(error.message).toBe(c.message);
      expect(error.offset).toBe(c.query.indexOf(c.at));
      if (c.hint !== undefined) expect(error.hint).toBe(c.hint);
    });
  }
});
