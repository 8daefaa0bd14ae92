// Malformed queries are rejected at the right character with a message that says what was expected and found.
import { describe, expect, it } from 'vitest';
import { offsetToLineCol, parseQuery } from '../../src/query/index.ts';

interface BadCase {
  name: string;
  type?: string;
  query: string;
  /** The offset: a number, or the text the error must point at (its first occurrence), or 'end'. */
  at: number | string;
  message: string;
  hint?: string;
}

const M = 'query alert';

const cases: BadCase[] = [
  {
    name: 'misspelt window',
    query: 'avg(lst_5m):avg:system.cpu.user{*} > 90',
    at: 'lst_5m',
    message: 'expected a time window such as "last_5m" after "avg(", found "lst_5m"',
    hint: 'windows look like last_<n><unit> with unit m, h, d, w or mo, e.g. last_5m, last_1h, current_1mo',
  },
  {
    name: 'missing window',
    query: 'avg():avg:system.cpu.user{*} > 90',
    at: 4,
    message: 'expected a time window such as "last_5m" after "avg(", found ")"',
  },
  {
    name: 'missing ":" after the time aggregation',
    query: 'avg(last_5m) avg:system.cpu.user{*} > 90',
    at: 13,
    message: 'expected ":" after "avg(last_5m)", found "avg:system.cpu.user"',
  },
  {
    name: 'unknown time aggregation',
    query: 'mean(last_5m):avg:system.cpu.user{*} > 90',
    at: 0,
    message: 'unknown time aggregation "mean"; expected avg, sum, min, max, percentile, change or pct_change',
  },
  {
    name: 'change alert without its change window',
    query: 'pct_change(avg(last_5m)):avg:orders{*} > 10',
    at: '):avg',
    message: 'expected "," after "pct_change(avg(last_5m)", found ")"',
  },
  {
    name: 'bad comparator',
    query: 'avg(last_5m):avg:system.cpu.user{*} => 90',
    at: '=>',
    message: '"=>" is not a comparator; expected one of >, >=, <, <=, ==, !=',
    hint: 'write ">="',
  },
  {
    name: 'single "="',
    query: 'avg(last_5m):avg:system.cpu.user{*} = 90',
    at: '=',
    message: '"=" is not a comparator; expected one of >, >=, <, <=, ==, !=',
    hint: 'write "=="',
  },
  {
    name: 'missing comparator',
    query: 'avg(last_5m):avg:system.cpu.user{*}',
    at: 'end',
    message: 'expected a comparator such as ">" after the metric expression, found end of query',
  },
  {
    name: 'missing threshold',
    query: 'avg(last_5m):avg:system.cpu.user{*} > ',
    at: 'end',
    message: 'expected a number after ">", found end of query',
  },
  {
    name: 'unbalanced braces',
    query: 'avg(last_5m):avg:system.cpu.user{env:prod',
    at: 'end',
    message: 'expected "}" to close the scope opened at offset 32, found end of query',
    hint: 'every "{" needs a matching "}"',
  },
  {
    name: 'unbalanced parentheses',
    query: 'avg(last_5m):(avg:a{*} / avg:b{*} > 1',
    at: '>',
    message: 'expected ")" to close the "(" at offset 13, found ">"',
  },
  {
    name: 'unterminated string in a function argument',
    query: "avg(last_4h):anomalies(avg:system.load.1{*}, 'basic, 2) >= 1",
    at: "'basic",
    message: "unterminated string: the ' opened here is never closed",
    hint: "add the closing '",
  },
  {
    name: 'unterminated search string',
    type: 'log alert',
    query: 'logs("status:error).last(5m) > 10',
    at: '"status',
    message: 'unterminated string: the " opened here is never closed',
  },
  {
    name: 'trailing garbage',
    query: 'avg(last_5m):avg:system.cpu.user{*} > 90 foo',
    at: 'foo',
    message: 'unexpected "foo" after the threshold "90"; the query should end here',
  },
  {
    name: 'empty scope',
    query: 'avg(last_5m):avg:system.cpu.user{} > 90',
    at: '}',
    message: 'empty scope "{}" after "system.cpu.user"; expected a tag such as "env:prod" or "*"',
    hint: 'use {*} to select every source',
  },
  {
    name: 'tags not separated',
    query: 'avg(last_5m):avg:system.cpu.user{env:prod service:web} > 90',
    at: 'service:web',
    message: 'expected "," or "}" in the scope of "system.cpu.user", found "service:web"',
  },
  {
    name: 'scope mixing "!" with AND',
    query: 'avg(last_5m):avg:system.cpu.user{env:prod AND !region:us-east} > 90',
    at: '!region',
    message: 'a scope cannot mix "," or "!" with AND, OR, NOT or IN',
  },
  {
    name: 'empty IN list',
    query: 'avg(last_5m):avg:system.cpu.user{host IN ()} > 90',
    at: ')}',
    message: 'empty list after "host IN"; expected at least one value',
  },
  {
    name: '"by" without braces',
    query: 'avg(last_5m):avg:system.cpu.user{*} by host > 90',
    at: 'host >',
    message: 'expected "{" after "by", found "host"',
    hint: 'write the groups in braces, e.g. by {host}',
  },
  {
    name: 'empty group-by',
    query: 'avg(last_5m):avg:system.cpu.user{*} by {} > 90',
    at: '} >',
    message: 'empty group-by "by {}"; expected a tag key such as "host"',
  },
  {
    name: 'metric without space aggregation or scope',
    query: 'avg(last_5m):system.cpu.user > 90',
    at: 'system',
    message: 'expected a space aggregation before the metric "system.cpu.user"',
    hint: 'write the aggregation across sources first, e.g. avg:system.cpu.user{*}',
  },
  {
    name: 'unknown space aggregation',
    query: 'avg(last_5m):mean:system.cpu.user{*} > 90',
    at: 'mean',
    message: 'unknown space aggregation "mean"; expected avg, sum, min, max, count or a percentile such as p95',
  },
  {
    name: 'operator without right operand',
    query: 'avg(last_5m):avg:a{*} + > 1',
    at: '>',
    message: 'expected a metric such as "avg:system.cpu.user{*}", a number, a function or "(", found ">"',
  },
  {
    name: 'unknown metric method',
    query: 'sum(last_5m):sum:errors{*}.as_cnt() > 90',
    at: 'as_cnt',
    message: 'unknown method ".as_cnt()"; expected .as_count(), .as_rate(), .rollup(), .fill(), .weighted() or .by()',
    hint: 'write .as_count()',
  },
  {
    name: 'bad rollup method',
    query: 'avg(last_5m):avg:a{*}.rollup(median, 60) > 1',
    at: 'median',
    message: 'expected the rollup method as argument 1 of ".rollup(", one of avg, sum, min, max, count; found "median"',
  },
  {
    name: 'bad anomalies algorithm',
    query: "avg(last_4h):anomalies(avg:system.load.1{*}, 'fancy', 2) >= 1",
    at: "'fancy'",
    message: "unknown anomalies algorithm 'fancy'; expected 'basic', 'agile' or 'robust'",
  },
  {
    name: 'anomalies without algorithm and bounds',
    query: 'avg(last_4h):anomalies(avg:system.load.1{*}) >= 1',
    at: ') >=',
    message: '"anomalies(" needs 3 arguments, found 1; missing the algorithm and the bounds',
    hint: "e.g. anomalies(avg:system.load.1{*}, 'basic', 2)",
  },
  {
    name: 'anomalies without the metric',
    query: "avg(last_4h):anomalies('basic', 2) >= 1",
    at: "'basic'",
    message: `expected a metric expression as argument 1 of "anomalies(", found "'basic'"`,
  },
  {
    name: 'timeshift without its shift',
    query: 'avg(last_5m):timeshift(avg:a{*}) > 1',
    at: ') >',
    message: '"timeshift(" needs 2 arguments, found 1; missing the shift in seconds',
  },
  {
    name: 'composite with dangling &&',
    type: 'composite',
    query: '${checkout-errors} && ',
    at: 'end',
    message: 'expected a monitor id or "${logical-id}" after "&&", found end of query',
  },
  {
    name: 'composite with a single &',
    type: 'composite',
    query: '${a} & ${b}',
    at: '&',
    message: 'expected "&&", found "&"',
    hint: 'write &&',
  },
  {
    name: 'composite with AND',
    type: 'composite',
    query: '${a} AND ${b}',
    at: 'AND',
    message: 'unexpected "AND" after the composite expression; the query should end here',
    hint: 'write && instead of AND',
  },
  {
    name: 'composite with an empty reference',
    type: 'composite',
    query: '123 || (456 && ${})',
    at: '${',
    message: 'empty reference "${}"; expected a logical id such as ${checkout-errors}',
  },
  {
    name: 'burn_rate without over',
    type: 'slo alert',
    query: 'burn_rate("${checkout}").long_window("1h").short_window("5m") > 14.4',
    at: '>',
    message: 'expected ".over("7d")", ".over("30d")" or ".over("90d")" after "burn_rate(…)", found ">"',
  },
  {
    name: 'error_budget with an unknown timeframe',
    type: 'slo alert',
    query: 'error_budget("abc").over("14d") > 75',
    at: '"14d"',
    message: 'unknown SLO timeframe "14d" in ".over("; expected "7d", "30d" or "90d"',
  },
  {
    name: 'error_budget with a long window',
    type: 'slo alert',
    query: 'error_budget("abc").over("30d").long_window("1h") > 75',
    at: 'long_window',
    message: '".long_window()" applies to burn_rate alerts only',
  },
  {
    name: 'service check with a comparator',
    type: 'service check',
    query: '"http.can_connect".over("*").last(2).count_by_status() > 1',
    at: '>',
    message: 'unexpected ">" after ".count_by_status()"; the query should end here',
    hint: 'service check queries have no comparator; set options.thresholds (ok, warning, critical counts) instead',
  },
  {
    name: 'service check without last',
    type: 'service check',
    query: '"http.can_connect".over("*").count_by_status()',
    at: 'end',
    message: 'expected ".last(<n>)" in the service check query, found end of query',
  },
  {
    name: 'log alert without last',
    type: 'log alert',
    query: 'logs("status:error").rollup("count") > 10',
    at: '>',
    message: 'expected ".last("5m")" (the evaluation window) in the log alert query, found ">"',
  },
  {
    name: 'log alert with the wrong source',
    type: 'log alert',
    query: 'log("status:error").rollup("count").last("5m") > 10',
    at: 0,
    message: 'a log alert query starts with logs(…) or formula(…), found "log"',
  },
  {
    name: 'unquoted search window',
    type: 'event alert',
    query: "events('sources:nagios').rollup('count').last(1h) > 0",
    at: '1h',
    message: 'expected a quoted string, a number or a word as an argument of ".last(", found "1h"',
    hint: 'quote durations, e.g. .last("5m")',
  },
  {
    name: 'unclosed bracket in a type parsed loosely',
    type: 'synthetics alert',
    query: 'check("abc".over("*")',
    at: '(',
    message: '"(" at offset 5 is never closed',
  },
  {
    name: 'positional argument after a named one',
    query: "avg(last_4h):anomalies(avg:system.load.1{*}, 'basic', direction='above', 2) >= 1",
    at: '2) >=',
    message: 'positional argument after a named one in "anomalies("',
    hint: 'put name=value arguments last',
  },
  {
    name: 'nesting deeper than the parser allows',
    query: `avg(last_5m):${'('.repeat(150)}avg:a{*}${')'.repeat(150)} > 1`,
    at: 13 + 100, // the 101st "("
    message: 'the query nests more than 100 levels deep',
  },
  {
    name: 'empty query',
    query: '  ',
    at: 0,
    message: 'the query is empty',
  },
];

describe('malformed queries', () => {
  it.each(cases)('$name', (c) => {
    const r = parseQuery(c.type ?? M, c.query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const offset = typeof c.at === 'number' ? c.at : c.at === 'end' ? c.query.length : c.query.indexOf(c.at);
    expect(offset, 'test case offset marker').toBeGreaterThanOrEqual(0);
    expect(r.error.message).toBe(c.message);
    expect(r.error.offset).toBe(offset);
    if (c.hint !== undefined) expect(r.error.hint).toBe(c.hint);
  });

  it('rejects an unknown monitor type, naming the known ones', () => {
    const r = parseQuery('metrics alert', 'avg(last_5m):avg:a{*} > 1');
    expect(r).toMatchObject({ ok: false, error: { offset: 0, message: 'unknown monitor type "metrics alert"' } });
    if (!r.ok) expect(r.error.hint).toContain('query alert');
  });

  it('points into multi-line queries with 1-based line and column', () => {
    const query = 'avg(last_5m):\n  avg:system.cpu.user{*}\n  by host > 90';
    const r = parseQuery(M, query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(offsetToLineCol(query, r.error.offset)).toEqual({ line: 3, col: 6 });
  });
});

describe('robustness', () => {
  const seeds = [
    ['query alert', "avg(last_4h):anomalies(avg:a.b{env:prod AND host IN (x,y)} by {host}.as_count().rollup(sum, 60), 'basic', 2, direction='above') >= 1"],
    ['query alert', 'pct_change(avg(last_5m),last_1h):(sum:a{!x:y,z:*} / -sum:b{*}) * 100 < -20'],
    ['service check', '"http.can_connect".over("env:prod").by("host").last(2).count_by_status()'],
    ['log alert', 'logs("status:error \\"quoted\\"").index("*").rollup("avg", "@d").by("a,b").last("5m") > 10'],
    ['composite', '(${a} || 123) && !${b-c}'],
    ['slo alert', 'burn_rate("${slo}").over("30d").long_window("1h").short_window("5m") > 14.4'],
    ['cost alert', 'formula("q1").last("7d").anomaly(direction="above") > 5'],
    ['data-jobs alert', 'formula("failed_runs(q, \'x\', n=2) / -(a + 1)").by(job_name,@ws).last(10d) > 0'],
  ] as const;

  it('returns a result, never throws, for thousands of mangled queries', () => {
    let state = 12345;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const alphabet = '(){}[]"\'\\,.:!&|<>=*/+- _$0123456789abcdxyzINAND';
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const [type, seed] = seeds[random(seeds.length)] ?? seeds[0];
      const chars = [...seed];
      for (let k = 1 + random(3); k > 0; k--) {
        const at = random(chars.length + 1);
        const op = random(3);
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, alphabet[random(alphabet.length)] ?? '');
        else chars.splice(at, 1, alphabet[random(alphabet.length)] ?? '');
      }
      const query = chars.join('');
      const r = parseQuery(type, query);
      if (r.ok) continue;
      rejected++;
      expect(r.error.offset, query).toBeGreaterThanOrEqual(0);
      expect(r.error.offset, query).toBeLessThanOrEqual(query.length);
      expect(r.error.message, query).toMatch(/\S/);
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});

describe('offsetToLineCol', () => {
  it('counts lines and columns from 1 and clamps out-of-range offsets', () => {
    expect(offsetToLineCol('abc', 0)).toEqual({ line: 1, col: 1 });
    expect(offsetToLineCol('abc', 3)).toEqual({ line: 1, col: 4 });
    expect(offsetToLineCol('a\nbc', 2)).toEqual({ line: 2, col: 1 });
    expect(offsetToLineCol('a\nbc', 3)).toEqual({ line: 2, col: 2 });
    expect(offsetToLineCol('a\nbc', 99)).toEqual({ line: 2, col: 3 });
    expect(offsetToLineCol('a\nbc', -5)).toEqual({ line: 1, col: 1 });
  });
});
