import { describe, expect, it } from 'vitest';
import { queryWithoutThreshold } from '../../src/lint/context.ts';

// What the duplicate-query rule compares: the query without whitespace and its trailing comparison. It is written as
// a scan for speed; the two regular expressions it replaced say what it must do.
const byRegex = (q: string) => q.replace(/\s+/g, '').replace(/[<>]=?-?[\d.]+$/, '');

describe('a query without its threshold', () => {
  it('drops the whitespace and the trailing comparison, as the regular expressions did', () => {
    const queries = [
      'avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90',
      'avg(last_5m):avg:a{*} >= 90.5', 'avg(last_5m):avg:a{*} <= -1.5', 'avg(last_5m):avg:a{*} < .5', 'avg(last_5m):avg:a{*}>-3',
      'avg(last_5m):avg:a{*} = 3', 'avg(last_5m):avg:a{*} == 3', 'avg(last_5m):avg:a{*} > x', 'avg(last_5m):avg:a{*} >', '> 5', '5', '',
      'logs("status:error").index("*").rollup("count").last("5m") > 100', '"http.can_connect".over("*").by("host").last(3).count_by_status()',
      'avg(last_5m):avg:a{*}\u00a0>\u20095', 'avg(last_5m):avg:a{*} >= -.', 'a > 1 > 2', 'a >=- 1', 'a > 1.2.3',
    ];
    for (const q of queries) expect(queryWithoutThreshold(q), q).toBe(byRegex(q));
  });
});
