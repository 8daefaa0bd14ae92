// Valid queries of every family: what the parser extracts (tree, multi, comparator, threshold, refs).
import { describe, expect, it } from 'vitest';
import { type QueryParseResult, parseQuery, printMetricQuery, queryFamily } from '../../src/query/index.ts';

function ok(type: string, query: string): Extract<QueryParseResult, { ok: true }> {
  const r = parseQuery(type, query);
  if (!r.ok) throw new Error(`${query}\n${' '.repeat(r.error.offset)}^ ${r.error.message}`);
  return r;
}

/** Parses a metric query and returns its canonical text. */
function canonical(query: string): string {
  const r = ok('metric alert', query);
  if (r.ast.kind !== 'metric') throw new Error('not a metric query');
  return printMetricQuery(r.ast);
}

describe('metric queries', () => {
  it('reads the time aggregation, terms, groups and condition', () => {
    const r = ok('metric alert', 'avg(last_5m):sum:trace.http.request.errors{env:prod,service:checkout} by {resource_name}.as_count() > 5');
    expect(r).toMatchObject({ multi: true, comparator: '>', threshold: 5, refs: [] });
    expect(r.ast).toEqual({
      kind: 'metric',
      time: { kind: 'window', aggregation: 'avg', window: 'last_5m' },
      expr: {
        kind: 'metric', aggregation: 'sum', metric: 'trace.http.request.errors',
        scope: { items: [{ kind: 'tag', tag: 'env:prod', negated: false }, { kind: 'tag', tag: 'service:checkout', negated: false }] },
        groupBy: ['resource_name'],
        methods: [{ name: 'as_count', args: [] }],
      },
      comparator: '>',
      threshold: 5,
    });
  });

  it('normalises spacing, keyword case and IN lists', () => {
    expect(canonical('avg( last_5m ) : avg:a{ env:prod , host:web-* } by { host , env }  >=  -2.50'))
      .toBe('avg(last_5m):avg:a{env:prod,host:web-*} by {host,env} >= -2.5');
    expect(canonical('avg(last_5m):avg:system.cpu.user{env:staging and (availability-zone:us-east-1a or availability-zone:us-east-1c)} by {availability-zone} > 1'))
      .toBe('avg(last_5m):avg:system.cpu.user{env:staging AND (availability-zone:us-east-1a OR availability-zone:us-east-1c)} by {availability-zone} > 1');
    expect(canonical('avg(last_5m):avg:system.cpu.user{env:prod AND location not in (atlanta, seattle)} > 1'))
      .toBe('avg(last_5m):avg:system.cpu.user{env:prod AND location NOT IN (atlanta,seattle)} > 1');
    expect(canonical('max(last_5m):avg:system.disk.in_use{!device:/dev/loop*,!host:a} by {device} > 0.9'))
      .toBe('max(last_5m):avg:system.disk.in_use{!device:/dev/loop*,!host:a} by {device} > 0.9');
    expect(canonical('avg(last_5m):avg:a{NOT env:prod} > 1')).toBe('avg(last_5m):avg:a{NOT env:prod} > 1');
  });

  it('accepts change, percentile, forecast and cumulative windows', () => {
    expect(canonical('pct_change(avg(last_5m), last_1d): sum:orders{*}.as_count() < -20'))
      .toBe('pct_change(avg(last_5m),last_1d):sum:orders{*}.as_count() < -20');
    expect(canonical('change(avg(last_1m), 5m_ago):avg:queue{*} > 1')).toBe('change(avg(last_1m),5m_ago):avg:queue{*} > 1');
    expect(canonical('percentile(last_5m):p95:trace.http.request{service:web} > 0.5'))
      .toBe('percentile(last_5m):p95:trace.http.request{service:web} > 0.5');
    expect(canonical('sum(current_1mo):sum:aws.cost{*} > 1e6')).toBe('sum(current_1mo):sum:aws.cost{*} > 1000000');
  });

  it('keeps arithmetic grouping and prints function arguments canonically', () => {
    expect(canonical('avg(last_5m):-avg:a{*} - (avg:b{*} - 3) * -2 / 4 == 0'))
      .toBe('avg(last_5m):-avg:a{*} - (avg:b{*} - 3) * -2 / 4 == 0');
    expect(canonical(`avg(last_1h):outliers(avg:system.load.1{*} by {host},"DBSCAN",3) != 0`))
      .toBe(`avg(last_1h):outliers(avg:system.load.1{*} by {host}, 'DBSCAN', 3) != 0`);
    expect(canonical("avg(last_1h):top(avg:system.load.1{*} by {host}, 10, 'mean', 'desc') > 2"))
      .toBe("avg(last_1h):top(avg:system.load.1{*} by {host}, 10, 'mean', 'desc') > 2");
    expect(canonical('avg(last_1h):timeshift(avg:a{*},-3600) - week_before(avg:a{*}) > 2'))
      .toBe('avg(last_1h):timeshift(avg:a{*}, -3600) - week_before(avg:a{*}) > 2');
    expect(canonical('avg(last_1h):my_new_fn(avg:a{*}, 1.5, mode=fast) > 2'))
      .toBe('avg(last_1h):my_new_fn(avg:a{*}, 1.5, mode=fast) > 2');
  });

  it('accepts "by {…}" after the methods and prints it before them', () => {
    expect(canonical('sum(last_5m):sum:a{*}.as_count() by {host} > 1')).toBe('sum(last_5m):sum:a{*} by {host}.as_count() > 1');
  });

  it('reports multi only when some term is grouped', () => {
    expect(ok('query alert', 'avg(last_5m):avg:a{*} / avg:b{*} > 1').multi).toBe(false);
    expect(ok('query alert', 'avg(last_5m):avg:a{*} / avg:b{*} by {host} > 1').multi).toBe(true);
    expect(ok('query alert', "avg(last_5m):anomalies(avg:a{*} by {host}, 'basic', 2) >= 1").multi).toBe(true);
    expect(ok('query alert', 'avg(last_5m):avg:a{host:x} > 1').multi).toBe(false);
  });
});

describe('service checks', () => {
  it('reads check, scope, groups and count', () => {
    const r = ok('service check', '"http.can_connect".over("env:prod","service:web").exclude("host:canary").by("host","url").last(3).count_by_status()');
    expect(r.multi).toBe(true);
    expect(r.comparator).toBeUndefined();
    expect(r.ast).toEqual({
      kind: 'service-check', check: 'http.can_connect', over: ['env:prod', 'service:web'], exclude: ['host:canary'],
      by: ['host', 'url'], last: 3,
    });
  });

  it('is not multi without groups; grouped by "*" it is, as Datadog stores it, with no tag for messages', () => {
    expect(ok('service check', '"datadog.agent.up".over("*").last(2).count_by_status()').multi).toBe(false);
    const star = ok('service check', '"ntp.in_sync".by("*").last(2).count_by_status()');
    expect(star.multi).toBe(true);
    expect(star.groupBy).toEqual([]);
  });
});

describe('search queries', () => {
  it('reads a log alert', () => {
    const r = ok('log alert', 'logs("service:web status:error").index("main","*").rollup("avg", "@duration").by("@http.url,service").last("15m") >= 1.5');
    expect(r).toMatchObject({ multi: true, comparator: '>=', threshold: 1.5 });
    expect(r.ast).toMatchObject({ kind: 'search', source: 'logs', search: 'service:web status:error', groupBy: ['@http.url', 'service'], window: '15m' });
  });

  it('unescapes quotes inside the search', () => {
    const r = ok('rum alert', 'rum("@view.name:\\"/checkout\\" @type:error").rollup("count").last("5m") > 10');
    expect(r.ast).toMatchObject({ search: '@view.name:"/checkout" @type:error' });
  });

  it('reads events, processes, APM, audit, CI and formula forms', () => {
    expect(ok('event alert', "events('sources:nagios status:error').rollup('count').last('1h') > 0").multi).toBe(false);
    expect(ok('event-v2 alert', 'events("source:seagence").rollup("count").by("host").last("5m") > 0').multi).toBe(true);
    expect(ok('process alert', "processes('java').over('env:prod').by('host').rollup('count').last('5m') < 1"))
      .toMatchObject({ multi: true, comparator: '<', threshold: 1 });
    expect(ok('trace-analytics alert', 'trace-analytics("env:prod").rollup("count").by("*").last("5m") > 100').multi).toBe(false);
    expect(ok('audit alert', 'audits("status:error").rollup("cardinality", "@usr.id").last("5m") > 250').threshold).toBe(250);
    expect(ok('ci-pipelines alert', 'ci-pipelines("ci_level:pipeline @ci.status:error").rollup("count").by("@git.branch,@ci.pipeline.name").last("5m") >= 1').multi).toBe(true);
    expect(ok('log alert', 'formula("derivative(query)").last("15m") > 500000').ast).toMatchObject({ kind: 'formula', formula: 'derivative(query)' });
    expect(ok('error-tracking alert', 'error-tracking-rum("*").rollup("count").last("5m") > 0').ast).toMatchObject({ source: 'error-tracking-rum' });
  });
});

describe('composite queries', () => {
  it('collects logical-id references once, in order', () => {
    const r = ok('composite', '(${checkout-errors} || ${checkout-latency}) && !${checkout-errors} && 12345');
    expect(r.refs).toEqual(['checkout-errors', 'checkout-latency']);
    expect(r.multi).toBe(false);
    expect(r.ast).toEqual({
      kind: 'composite',
      expr: {
        kind: 'and',
        left: {
          kind: 'and',
          left: { kind: 'group', inner: { kind: 'or', left: { kind: 'ref', ref: 'checkout-errors' }, right: { kind: 'ref', ref: 'checkout-latency' } } },
          right: { kind: 'not', operand: { kind: 'ref', ref: 'checkout-errors' } },
        },
        right: { kind: 'monitor-id', id: 12345 },
      },
    });
  });

  it('binds && tighter than ||', () => {
    const r = ok('composite', '1 || 2 && 3');
    expect(r.ast).toMatchObject({ expr: { kind: 'or', right: { kind: 'and' } } });
  });
});

describe('SLO alerts', () => {
  it('reads a burn rate alert on a referenced SLO', () => {
    const r = ok('slo alert', 'burn_rate("${checkout-availability}").over("30d").long_window("1h").short_window("5m") > 14.4');
    expect(r).toMatchObject({ comparator: '>', threshold: 14.4, refs: ['checkout-availability'], multi: false });
    expect(r.ast).toEqual({
      kind: 'slo', measure: 'burn_rate', slo: '${checkout-availability}', ref: 'checkout-availability', over: '30d',
      longWindow: '1h', shortWindow: '5m', comparator: '>', threshold: 14.4,
    });
  });

  it('reads an error budget alert on a Datadog SLO id', () => {
    const r = ok('slo alert', 'error_budget("a1b2c3d4e5f60718293a4b5c6d7e8f90").over("7d") > 75');
    expect(r).toMatchObject({ refs: [], threshold: 75, ast: { measure: 'error_budget', slo: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', over: '7d' } });
  });
});

describe('other monitor types', () => {
  it('parse the generic search form when it fits', () => {
    const r = ok('synthetics alert', 'check("abc-def-ghi").over("*").by("location").last(2).count_by_status()');
    expect(r.ast).toMatchObject({ kind: 'search', source: 'check', groupBy: ['location'] });
    expect(r.multi).toBe(true);
    expect(ok('cost alert', 'formula("query1").last("7d") > 1000')).toMatchObject({ comparator: '>', threshold: 1000 });
  });

  it('accept any other text with balanced quotes and brackets', () => {
    // An unquoted index does not fit the search form; the type is not parsed in depth, so only brackets are checked.
    const query = 'network-path("@destination.service:web").index(netpath-path).rollup("count").last("5m") > 1';
    const r = ok('network-path alert', query);
    expect(r.ast).toEqual({ kind: 'opaque', text: query });
    expect(r.comparator).toBeUndefined();
  });

  it('maps every Datadog monitor type to a family', () => {
    expect(queryFamily('metric alert')).toBe('metric');
    expect(queryFamily('query alert')).toBe('metric');
    expect(queryFamily('composite')).toBe('composite');
    expect(queryFamily('llm-observability alert')).toBe('generic');
    expect(queryFamily('nope')).toBeUndefined();
  });
});
