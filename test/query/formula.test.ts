// Formula-and-functions queries (`formula("…")…`), the form of monitors whose data lives in `options.variables`.
// The first block holds the recorded queries the parser used to reject or misread, written out so the tests run
// without the recordings; recorded.test.ts replays every recorded query when ../shared is present.
import { describe, expect, it } from 'vitest';
import { type QueryParseResult, parseQuery } from '../../src/query/index.ts';

function ok(type: string, query: string): Extract<QueryParseResult, { ok: true }> {
  const r = parseQuery(type, query);
  if (!r.ok) throw new Error(`${query}\n${' '.repeat(r.error.offset)}^ ${r.error.message}`);
  return r;
}

describe('recorded formula queries', () => {
  // Monitors__Create-a-monitor-with-aggregate-{augmented,filtered}-query-variables: 200, stored as `metric alert`.
  it('reads a query alert over aggregate query variables, for both spellings of the metric type', () => {
    for (const type of ['query alert', 'metric alert']) {
      const r = ok(type, 'formula("query1").rollup("sum").last("5m") > 124');
      expect(r).toMatchObject({ multi: false, comparator: '>', threshold: 124, refs: [] });
      expect(r.ast).toEqual({
        kind: 'formula', formula: 'query1', expr: { kind: 'variable', name: 'query1' }, variables: ['query1'],
        calls: [
          { name: 'rollup', args: [{ kind: 'string', value: 'sum' }], offset: 18 },
          { name: 'last', args: [{ kind: 'string', value: '5m' }], offset: 32 },
        ],
        groupBy: [], window: '5m', comparator: '>', threshold: 124,
      });
    }
    expect(ok('query alert', 'formula("query1").rollup("sum").last("5m") > 100').threshold).toBe(100);
  });

  // Monitors__Create-a-Data-Jobs-monitor: 200 with `multi: true`.
  it('reads a data-jobs query with unquoted groups and window as multi', () => {
    const r = ok('data-jobs alert', 'formula("failed_runs(run_query)").by(job_name,workspace_name).last(10d) > 0');
    expect(r).toMatchObject({ multi: true, comparator: '>', threshold: 0 });
    expect(r.ast).toMatchObject({
      kind: 'formula',
      expr: { kind: 'call', name: 'failed_runs', args: [{ value: { kind: 'variable', name: 'run_query' } }] },
      variables: ['run_query'], groupBy: ['job_name', 'workspace_name'], window: '10d',
    });
  });

  // Monitors__Create-a-Cost-Monitor: 200, thresholds critical 5 / warning 3.
  it('reads the comparator and threshold after a cost anomaly function with named arguments', () => {
    const r = ok('cost alert', 'formula("exclude_null(query1)").last("7d").anomaly(direction="above", threshold=10) >= 5');
    expect(r).toMatchObject({ multi: false, comparator: '>=', threshold: 5 });
    expect(r.ast).toMatchObject({
      kind: 'formula', window: '7d', variables: ['query1'],
      calls: [
        { name: 'last' },
        {
          name: 'anomaly', args: [],
          named: [{ name: 'direction', value: { kind: 'string', value: 'above' } }, { name: 'threshold', value: { kind: 'number', value: 10 } }],
        },
      ],
    });
  });

  it('reads the data-quality, RUM and CI formula monitors', () => {
    expect(ok('data-quality alert', 'formula("query1").last("5m") > 100')).toMatchObject({ multi: false, comparator: '>', threshold: 100 });
    const rum = ok('rum alert', 'formula("query2 / query1 * 100").last("15m") >= 0.8');
    expect(rum).toMatchObject({ multi: false, comparator: '>=', threshold: 0.8 });
    expect(rum.ast).toMatchObject({ variables: ['query2', 'query1'] });
    expect(ok('ci-pipelines alert', 'formula("query1 / query2 * 100").last("15m") >= 0.8').threshold).toBe(0.8);
  });
});

describe('formula queries', () => {
  it('parse for every type that takes them', () => {
    const query = 'formula("query1").last("5m") > 10';
    for (const type of [
      'metric alert', 'query alert', 'log alert', 'rum alert', 'ci-pipelines alert', 'ci-tests alert', 'audit alert',
      'trace-analytics alert', 'event-v2 alert', 'error-tracking alert', 'database-monitoring alert', 'cost alert',
      'data-jobs alert', 'data-quality alert', 'llm-observability alert', 'network-performance alert', 'network-path alert',
    ]) {
      expect(ok(type, query).ast.kind, type).toBe('formula');
    }
  });

  it('are refused where the type has its own source only', () => {
    const r = parseQuery('event alert', 'formula("query1").last("5m") > 10');
    expect(r).toMatchObject({ ok: false, error: { offset: 0, message: 'a event alert query starts with events(…), found "formula"' } });
  });

  it('keep arithmetic precedence, parentheses, negation and function arguments', () => {
    expect(ok('query alert', 'formula("-(a + b) * 2 - c / 4").last("5m") > 1').ast).toMatchObject({
      expr: {
        kind: 'binary', op: '-',
        left: { kind: 'binary', op: '*', left: { kind: 'negate', operand: { kind: 'paren', inner: { kind: 'binary', op: '+' } } }, right: { kind: 'number', value: 2 } },
        right: { kind: 'binary', op: '/', left: { kind: 'variable', name: 'c' }, right: { kind: 'number', value: 4 } },
      },
      variables: ['a', 'b', 'c'],
    });
    expect(ok('query alert', `formula("anomalies(query1, 'basic', 2, direction='above') + query1").last("1h") >= 1`).ast).toMatchObject({
      expr: {
        kind: 'binary',
        left: {
          kind: 'call', name: 'anomalies',
          args: [
            { value: { kind: 'variable', name: 'query1' } }, { value: { kind: 'string', value: 'basic' } },
            { value: { kind: 'number', value: 2 } }, { name: 'direction', value: { kind: 'string', value: 'above' } },
          ],
        },
      },
      variables: ['query1'],
    });
  });

  it('group by quoted or unquoted keys, and not by "*"', () => {
    expect(ok('rum alert', 'formula("q").by("@view.name,service").last("5m") > 1').ast).toMatchObject({ groupBy: ['@view.name', 'service'] });
    expect(ok('rum alert', 'formula("q").by(@view.name, service).last("5m") > 1').multi).toBe(true);
    expect(ok('rum alert', 'formula("q").by("*").last("5m") > 1').multi).toBe(false);
  });

  it('take a cost forecast over the current period', () => {
    expect(ok('cost alert', 'formula("query1").current("1mo").forecast() > 1000').ast).toMatchObject({ window: '1mo', threshold: 1000 });
    expect(ok('cost alert', 'formula("query1").last("30d").change("relative") > 20').ast).toMatchObject({ window: '30d' });
  });
});

interface BadCase {
  name: string;
  type?: string;
  query: string;
  /** The text the error must point at (its first occurrence), or 'end'. */
  at: string;
  message: string;
  hint?: string;
}

const bad: BadCase[] = [
  {
    name: 'no evaluation window',
    query: 'formula("query1").rollup("sum") > 1',
    at: '>',
    message: 'expected ".last("5m")" (the evaluation window) in the query alert formula query, found ">"',
  },
  {
    name: 'no comparator',
    type: 'cost alert',
    query: 'formula("query1").last("7d")',
    at: 'end',
    message: 'expected a comparator such as ">" after "formula("query1").last("7d")", found end of query',
  },
  {
    name: 'formula not quoted',
    query: 'formula(query1).last("5m") > 1',
    at: 'query1',
    message: 'expected the formula in quotes after "formula(", found "query1"',
  },
  {
    name: 'empty formula',
    query: 'formula(" ").last("5m") > 1',
    at: '").',
    message: 'the formula is empty; expected query names joined by +, -, * or /',
  },
  {
    name: 'operator without right operand, pointing inside the formula string',
    type: 'rum alert',
    query: 'formula("query2 / ").last("15m") >= 0.8',
    at: '").',
    message: 'expected a query name such as "query1", a number, a function or "(" in the formula, found the end of the formula',
  },
  {
    name: 'two query names without an operator',
    query: 'formula("query1 query2").last("5m") > 1',
    at: 'query2',
    message: 'unexpected "query2" in the formula',
    hint: 'join query names with +, -, * or /, e.g. query1 / query2 * 100',
  },
  {
    name: 'unclosed parenthesis in the formula',
    query: 'formula("(query1 / query2").last("5m") > 1',
    at: '").',
    message: 'expected ")" to close the "(" at character 1 of the formula, found the end of the formula',
  },
  {
    name: 'stray ")" in the formula',
    query: 'formula("query1)").last("5m") > 1',
    at: ')"',
    message: '")" in the formula has no matching "("',
  },
  {
    name: 'error after escaped quotes maps back to the written text',
    query: 'formula("anomalies(query1, \\"basic\\", 2) +").last("5m") > 1',
    at: '").',
    message: 'expected a query name such as "query1", a number, a function or "(" in the formula, found the end of the formula',
  },
  {
    name: 'window that is not a duration',
    query: 'formula("query1").last("5x") > 1',
    at: '"5x"',
    message: 'expected one window such as "5m", "1h" or "7d" in ".last(", found "\\"5x\\""',
  },
  {
    name: 'two windows',
    type: 'cost alert',
    query: 'formula("query1").last("7d").current("1mo") > 1',
    at: 'current',
    message: 'a formula query takes one evaluation window, found ".last()" and ".current()"',
  },
  {
    name: 'named argument in by',
    type: 'data-jobs alert',
    query: 'formula("q").by(group=job_name).last(10d) > 0',
    at: 'by(',
    message: '".by()" takes no name=value arguments, found "group="',
  },
  {
    name: 'positional argument after a named one in a chain method',
    type: 'cost alert',
    query: 'formula("query1").last("7d").anomaly(direction="above", 10) >= 5',
    at: '10)',
    message: 'positional argument after a named one in ".anomaly("',
    hint: 'put name=value arguments last',
  },
];

describe('malformed formula queries', () => {
  it.each(bad)('$name', (c) => {
    const r = parseQuery(c.type ?? 'query alert', c.query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const offset = c.at === 'end' ? c.query.length : c.query.indexOf(c.at);
    expect(offset, 'test case offset marker').toBeGreaterThanOrEqual(0);
    expect(r.error.message).toBe(c.message);
    expect(r.error.offset).toBe(offset);
    if (c.hint !== undefined) expect(r.error.hint).toBe(c.hint);
  });
});
