// The typed metric query builder prints canonical queries that the parser reads back to the same text.
import { describe, expect, it } from 'vitest';
import { type QueryString, metric, query, threshold } from '../../src/dsl/query.ts';
import { parseQuery, printMetricQuery } from '../../src/query/index.ts';

/** The built text, after checking it parses, prints back identically and carries the same condition. */
function roundTrip(q: QueryString): string {
  const text = String(q);
  const r = parseQuery('query alert', text);
  if (!r.ok) throw new Error(`${text}\n${' '.repeat(r.error.offset)}^ ${r.error.message}`);
  if (r.ast.kind !== 'metric') throw new Error('not a metric query');
  expect(printMetricQuery(r.ast)).toBe(text);
  expect(r.comparator).toBe(q.comparator);
  expect(r.threshold).toBe(q.threshold);
  return text;
}

const checkout = { service: 'checkout', env: 'prod' };

describe('metric query builder', () => {
  it('builds an error-rate query with sorted tags, groups and counts', () => {
    const q = query.avg('last_5m', metric('trace.http.request.errors').sum().where(checkout).by('resource_name').asCount())
      .div(metric('trace.http.request.hits').sum().where(checkout).by('resource_name').asCount())
      .times(100)
      .above(5);
    expect(roundTrip(q)).toBe('avg(last_5m):sum:trace.http.request.errors{env:prod,service:checkout} by {resource_name}.as_count()'
      + ' / sum:trace.http.request.hits{env:prod,service:checkout} by {resource_name}.as_count() * 100 > 5');
    expect(q.comparator).toBe('>');
    expect(q.threshold).toBe(5);
    expect(parseQuery('query alert', String(q))).toMatchObject({ ok: true, multi: true });
  });

  it('defaults to avg over every source', () => {
    expect(String(metric('system.load.1'))).toBe('avg:system.load.1{*}');
    expect(roundTrip(query.max('last_15m', metric('nomad.nomad.job_status.running').max()).below(1)))
      .toBe('max(last_15m):max:nomad.nomad.job_status.running{*} < 1');
  });

  it('reproduces a forecast query Datadog ships, byte for byte', () => {
    const q = query.max('next_2w',
      metric('emnify.endpoint.volume').sum().asCount().rollup('sum', 86400)
        .forecast({ algorithm: 'linear', deviations: 2, model: 'reactive', interval: '60m', history: '1mo' }))
      .atLeast(1000000000);
    expect(roundTrip(q)).toBe("max(next_2w):forecast(sum:emnify.endpoint.volume{*}.as_count().rollup(sum, 86400), 'linear', 2, model='reactive', interval='60m', history='1mo') >= 1000000000");
  });

  it('builds anomaly queries with typed options in a fixed order', () => {
    const q = query.sum('last_12h',
      metric('emnify.endpoint.volume_rx').sum().by('host').asCount().fill('zero', 0).rollup('sum', 300)
        .anomalies({ algorithm: 'basic', direction: 'above', interval: 120, alertWindow: 'last_30m', countDefaultZero: true }))
      .atLeast(1);
    expect(roundTrip(q)).toBe("sum(last_12h):anomalies(sum:emnify.endpoint.volume_rx{*} by {host}.as_count().fill(zero, 0).rollup(sum, 300), 'basic', 2, direction='above', alert_window='last_30m', interval=120, count_default_zero='true') >= 1");
  });

  it('adds parentheses only where precedence needs them', () => {
    const cpu = metric('federatorai.prediction.node.max').where('source_metric:kubernetes.cpu.usage.total', 'prediction_window:24_hours').by('host');
    const q = query.avg('last_1h', cpu.div(metric('kubernetes.cpu.capacity').by('host').times(1000)).times(100)).above(90);
    expect(roundTrip(q)).toBe('avg(last_1h):avg:federatorai.prediction.node.max{source_metric:kubernetes.cpu.usage.total,prediction_window:24_hours} by {host}'
      + ' / (avg:kubernetes.cpu.capacity{*} by {host} * 1000) * 100 > 90');
    const [a, b, c] = ['a', 'b', 'c'].map((m) => metric(m).sum());
    if (!a || !b || !c) throw new Error('unreachable');
    expect(String(a.minus(b.minus(c)))).toBe('sum:a{*} - (sum:b{*} - sum:c{*})');
    expect(String(a.minus(b).minus(c))).toBe('sum:a{*} - sum:b{*} - sum:c{*}');
    expect(String(a.plus(b).times(c))).toBe('(sum:a{*} + sum:b{*}) * sum:c{*}');
    expect(roundTrip(query.avg('last_5m', a.plus(b).div(c.plus(2))).below(-0.5))).toBe('avg(last_5m):(sum:a{*} + sum:b{*}) / (sum:c{*} + 2) < -0.5');
  });

  it('switches the scope to AND / IN / NOT when a tag takes several values', () => {
    expect(String(metric('system.cpu.user').where({ env: 'prod', region: ['us-east-1a', 'us-east-1b'] })))
      .toBe('avg:system.cpu.user{env:prod AND region IN (us-east-1a,us-east-1b)}');
    expect(String(metric('system.cpu.user').where({ env: 'prod' }).exclude({ location: ['atlanta', 'seattle'], host: 'canary' })))
      .toBe('avg:system.cpu.user{env:prod AND NOT host:canary AND location NOT IN (atlanta,seattle)}');
    expect(String(metric('system.disk.in_use').where({ env: 'prod' }).exclude('device:/dev/loop*').by('device')))
      .toBe('avg:system.disk.in_use{env:prod,!device:/dev/loop*} by {device}');
    expect(String(metric('m').where('!host:a', { up: true, shard: 3, zone: ['a'] })))
      .toBe('avg:m{!host:a,shard:3,up:true,zone:a}');
    expect(String(metric('m').where('*', {}))).toBe('avg:m{*}');
    expect(String(metric('m').where('*', { env: 'prod' }))).toBe('avg:m{env:prod}');
    for (const series of [
      metric('system.cpu.user').where({ env: 'prod', region: ['us-east-1a', 'us-east-1b'] }),
      metric('system.cpu.user').where({ env: 'prod' }).exclude({ location: ['atlanta', 'seattle'], host: 'canary' }),
    ]) roundTrip(query.avg('last_5m', series).above(1));
  });

  it('builds change, percentile and function queries', () => {
    expect(roundTrip(query.pctChange('last_1h', 'last_1d', metric('orders').sum().asCount(), 'sum').below(-30)))
      .toBe('pct_change(sum(last_1h),last_1d):sum:orders{*}.as_count() < -30');
    expect(roundTrip(query.change('last_5m', '5m_ago', metric('queue.depth').max()).above(100)))
      .toBe('change(avg(last_5m),5m_ago):max:queue.depth{*} > 100');
    expect(roundTrip(query.percentile('last_5m', metric('trace.http.request').percentile(95).where({ service: 'web' })).above(0.5)))
      .toBe('percentile(last_5m):p95:trace.http.request{service:web} > 0.5');
    const orders = metric('orders').sum().asCount();
    expect(roundTrip(query.avg('last_1h', orders.minus(orders.weekBefore())).atMost(0)))
      .toBe('avg(last_1h):sum:orders{*}.as_count() - week_before(sum:orders{*}.as_count()) <= 0');
    expect(roundTrip(query.sum('last_5m', metric('uxp.errors').sum().asCount().perMinute()).above(100)))
      .toBe('sum(last_5m):per_minute(sum:uxp.errors{*}.as_count()) > 100');
    expect(roundTrip(query.avg('last_1h', metric('system.load.1').by('host').outliers({ algorithm: 'MAD', tolerance: 3, percentage: 20 })).above(0)))
      .toBe("avg(last_1h):outliers(avg:system.load.1{*} by {host}, 'MAD', 3, 20) > 0");
    expect(roundTrip(query.avg('last_1h', metric('a').timeshift(-3600).diff().abs().ewma(10)).above(1)))
      .toBe('avg(last_1h):ewma_10(abs(diff(timeshift(avg:a{*}, -3600)))) > 1');
    expect(roundTrip(query.avg('last_1h', metric('a').by('host').top(10, 'mean', 'desc')).above(1)))
      .toBe("avg(last_1h):top(avg:a{*} by {host}, 10, 'mean', 'desc') > 1");
    expect(roundTrip(query.avg('last_1h', metric('a').apply('robust_trend').apply('my_fn', 2, "it's")).above(1)))
      .toBe(`avg(last_1h):my_fn(robust_trend(avg:a{*}), 2, "it's") > 1`);
    expect(roundTrip(query.avg('last_5m', metric('a').rollup('avg').fill('last', 300).asRate().weighted()).above(1)))
      .toBe('avg(last_5m):avg:a{*}.rollup(avg).fill(last, 300).as_rate().weighted() > 1');
  });

  it('is immutable: narrowing a series leaves the original as it was', () => {
    const base = metric('requests').sum().where({ env: 'prod' });
    const grouped = base.by('host').by('host', 'zone');
    expect(String(base)).toBe('sum:requests{env:prod}');
    expect(String(grouped)).toBe('sum:requests{env:prod} by {host,zone}');
    const builder = query.avg('last_5m', base);
    expect(String(builder.times(2))).toBe('avg(last_5m):sum:requests{env:prod} * 2');
    expect(String(builder)).toBe('avg(last_5m):sum:requests{env:prod}');
  });

  it('exposes the condition for monitor builders', () => {
    const builder = query.avg('last_5m', metric('system.cpu.user'));
    expect(threshold.above(90)).toEqual({ comparator: '>', threshold: 90 });
    expect(String(builder.when(threshold.atMost(10)))).toBe('avg(last_5m):avg:system.cpu.user{*} <= 10');
    const q = builder.atLeast(80);
    expect([q.comparator, q.threshold]).toEqual(['>=', 80]);
    const raised = q.withThreshold(95);
    expect(String(raised)).toBe('avg(last_5m):avg:system.cpu.user{*} >= 95');
    expect(String(q)).toBe('avg(last_5m):avg:system.cpu.user{*} >= 80');
    expect(JSON.stringify({ query: q })).toBe('{"query":"avg(last_5m):avg:system.cpu.user{*} >= 80"}');
    expect(q.toAst()).toMatchObject({ kind: 'metric', comparator: '>=', threshold: 80 });
  });
});
