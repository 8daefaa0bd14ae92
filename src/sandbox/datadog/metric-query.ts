// The sandbox's metric query engine: a query string as `GET /api/v1/query` takes it (one or more comma-separated
// metric expressions, each with arithmetic, `by {tag}`, `.as_count()`, `.as_rate()` and `.rollup(agg, seconds)`),
// evaluated over synthetic-series.ts on Datadog's time grid. Queries are read by vigil's own query parser.
import type { MetricExpr, MetricTerm, Scope } from '../../query/ast.ts';
import { Ch, QuerySyntaxError, Scanner } from '../../query/lexer.ts';
import { parseExpr } from '../../query/metric-parser.ts';
import { printMetricExpr, printScope } from '../../query/printer.ts';
import type { SeriesKey, SyntheticSeries } from './synthetic-series.ts';

/** One answered series: a group of one query, on the answer's time grid. */
export interface QuerySeries {
  /** Index of the comma-separated query it answers. */
  queryIndex: number;
  expression: string;
  metric: string;
  /** The space aggregation written, `null` when the query left it out (OBSERVED: `"aggr": null` for `system.cpu.idle{*}`). */
  aggr: string | null;
  /** The query's scope items with the group's tags, comma-separated; `*` for none. */
  scope: string;
  /** The group's tags, e.g. `["host:host-1"]`; empty for an ungrouped query. */
  tagSet: string[];
  /** Seconds between points. */
  interval: number;
  /** `[unix seconds, value]`, value null where the expression has none (a division by zero). */
  points: Array<[number, number | null]>;
}

export interface QueryAnswer {
  series: QuerySeries[];
  /** Tag keys of every `by {…}` in the query, in order, each once. */
  groupBy: string[];
}

/** Datadog returns at most this many points per series and coarsens the rollup to stay under it (rollup docs). */
export const MAX_POINTS = 1500;

/** Default rollup intervals of the API by queried range (Datadog's rollup docs, "rollup interval (API)"), never finer
 * than the sandbox's 60-second data. OBSERVED: a 1-day query answers with `interval: 300`. */
const DEFAULT_INTERVALS: ReadonlyArray<[number, number]> = [[3600, 60], [4 * 3600, 60], [86_400, 300], [2 * 86_400, 600], [7 * 86_400, 3600]];
const COARSER = [60, 120, 300, 600, 1200, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400];

/** Thrown for a query the sandbox cannot answer; the route turns it into a 400. */
export class MetricQueryError extends Error {
  override name = 'MetricQueryError';
}

/**
 * Evaluates `text` (one or more comma-separated expressions) from `from` to `to` (unix seconds). `intervalHint` is
 * a requested interval in seconds (the v2 API's `interval`); a `.rollup(agg, seconds)` in the query wins over it.
 */
export function runMetricQuery(text: string, from: number, to: number, data: SyntheticSeries, intervalHint?: number): QueryAnswer {
  const parsed = parseQueries(text);
  const series: QuerySeries[] = [];
  const groupBy: string[] = [];
  parsed.forEach(({ expr, aggrWritten }, queryIndex) => {
    const terms = termsOf(expr);
    for (const t of terms) for (const g of t.groupBy) if (!groupBy.includes(g)) groupBy.push(g);
    const requested = Math.max(0, ...terms.map(rollupInterval)) || intervalHint || defaultInterval(to - from);
    const interval = fitInterval(requested, to - from);
    const grid = timeGrid(from, to, interval);
    const values = evaluate(expr, grid, interval, data);
    const first = terms[0];
    const expression = printMetricExpr(expr);
    for (const [, { tags, points }] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
      const scopeItems = [...new Set([...(first ? scopeItemsOf(first.scope) : []), ...tags])];
      series.push({
        queryIndex, expression, metric: first?.metric ?? expression,
        aggr: aggrWritten && first && !first.implicitAggregation ? first.aggregation : null,
        scope: scopeItems.length ? scopeItems.join(',') : '*',
        tagSet: tags, interval, points: grid.map((t, i) => [t, points[i] ?? null]),
      });
    }
  });
  return { series, groupBy };
}

interface Parsed {
  expr: MetricExpr;
  /**
   * False when `avg:` had to be put before a metric named without its scope; a bare metric with its scope
   * (`system.cpu.idle{*}`) parses as a term marked `implicitAggregation`.
   */
  aggrWritten: boolean;
}

/**
 * Comma-separated expressions, each read by the monitor query parser's expression grammar. A bare metric without a
 * space aggregation, which this endpoint accepts (OBSERVED: `system.cpu.idle{*}`), is read as `avg:` of it.
 */
function parseQueries(text: string): Parsed[] {
  let source = text;
  const inserted: number[] = []; // where `avg:` was added; each insertion lies after the ones before it
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const s = new Scanner(source);
      const out: Parsed[] = [];
      do {
        s.skipSpace();
        const start = s.pos;
        const expr = parseExpr(s);
        out.push({ expr, aggrWritten: !inserted.some((at) => at >= start && at < s.pos) });
      } while (s.eat(Ch.Comma));
      s.skipSpace();
      if (!s.atEnd()) throw new QuerySyntaxError(`unexpected text "${source.slice(s.pos, s.pos + 20)}"`, s.pos);
      return out;
    } catch (err) {
      if (!(err instanceof QuerySyntaxError)) throw err;
      if (err.message.startsWith('expected a space aggregation')) {
        source = `${source.slice(0, err.offset)}avg:${source.slice(err.offset)}`;
        inserted.push(err.offset);
        continue;
      }
      throw new MetricQueryError(`Error parsing query: ${err.message} (at character ${err.offset + 1})`); // invented wording
    }
  }
  throw new MetricQueryError('Error parsing query: too many metrics without an aggregation'); // invented wording
}

function termsOf(e: MetricExpr): MetricTerm[] {
  switch (e.kind) {
    case 'metric': return [e];
    case 'number': return [];
    case 'binary': return [...termsOf(e.left), ...termsOf(e.right)];
    case 'negate': return termsOf(e.operand);
    case 'paren': return termsOf(e.inner);
    case 'call': throw new MetricQueryError(`Error parsing query: the sandbox does not evaluate the function ${e.name}()`); // sandbox limit
  }
}

/** The seconds of a term's `.rollup(agg, seconds)`, 0 when it names none. */
function rollupInterval(t: MetricTerm): number {
  const rollup = t.methods.find((m) => m.name === 'rollup');
  const seconds = rollup?.args.find((a) => a.kind === 'number');
  return seconds?.kind === 'number' ? seconds.value : 0;
}

function rollupAggregation(t: MetricTerm): string {
  const rollup = t.methods.find((m) => m.name === 'rollup');
  const agg = rollup?.args.find((a) => a.kind === 'ident' || a.kind === 'string');
  if (agg?.kind === 'ident') return agg.name;
  if (agg?.kind === 'string') return agg.value;
  return 'avg';
}

function defaultInterval(range: number): number {
  for (const [upTo, interval] of DEFAULT_INTERVALS) if (range <= upTo) return interval;
  return 14_400;
}

/** The requested interval (whole minutes, at least 60 s), coarsened until the range fits in MAX_POINTS points. */
function fitInterval(requested: number, range: number): number {
  let interval = Math.max(60, Math.ceil(requested / 60) * 60);
  if (range / interval + 1 > MAX_POINTS) interval = COARSER.find((c) => c >= interval && range / c + 1 <= MAX_POINTS) ?? 86_400;
  return interval;
}

/** Bucket starts: multiples of `interval` from the first at or after `from` to the last at or before `to` (OBSERVED:
 * from 1641343852 → first point 1641344100 for interval 300). */
function timeGrid(from: number, to: number, interval: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(from / interval) * interval; t <= to; t += interval) out.push(t);
  return out;
}

/** Values of one expression by group (the group's sorted tags joined by commas, `''` ungrouped), on a time grid. */
export type Values = Map<string, { tags: string[]; points: Array<number | null> }>;

function evaluate(e: MetricExpr, grid: number[], interval: number, data: SyntheticSeries): Values {
  switch (e.kind) {
    case 'metric': return termValues(e, grid, interval, data);
    case 'number': return new Map([['', { tags: [], points: grid.map(() => e.value) }]]);
    case 'paren': return evaluate(e.inner, grid, interval, data);
    case 'negate': return mapValues(evaluate(e.operand, grid, interval, data), (v) => -v);
    case 'binary': return combine(evaluate(e.left, grid, interval, data), evaluate(e.right, grid, interval, data), e.op);
    case 'call': throw new MetricQueryError(`the sandbox does not evaluate the function ${e.name}()`);
  }
}

function termValues(t: MetricTerm, grid: number[], interval: number, data: SyntheticSeries): Values {
  const items = scopeItemsOf(t.scope);
  const scope = items.join(',');
  const pinned = new Map(items.filter((i) => !i.startsWith('!') && i.includes(':')).map((i) => [i.slice(0, i.indexOf(':')), i] as const));
  let groups: string[][] = [[]];
  for (const key of t.groupBy) {
    const values = pinned.has(key) ? [pinned.get(key) as string] : data.groupValues(key, scope);
    groups = groups.flatMap((g) => values.map((v) => [...g, v])).slice(0, 100);
  }
  const percentile = /^p(\d+)$/.exec(t.aggregation)?.[1];
  const perSecond = t.methods.some((m) => m.name === 'as_rate');
  const agg = rollupAggregation(t);
  const out: Values = new Map();
  for (const tags of groups) {
    const sorted = [...tags].sort();
    const key: SeriesKey = { metric: t.metric, scope, group: sorted.join(','), ...(percentile ? { percentile: Number(percentile) } : {}) };
    const value = data.source(key);
    const points = grid.map((start) => {
      const raw: number[] = [];
      for (let m = start; m < start + interval; m += 60) raw.push(value(m) / (perSecond ? 60 : 1));
      return rollup(raw, agg);
    });
    out.set(sorted.join(','), { tags: sorted, points });
  }
  return out;
}

function rollup(raw: number[], agg: string): number | null {
  if (raw.length === 0) return null;
  switch (agg) {
    case 'sum': return raw.reduce((a, b) => a + b, 0);
    case 'min': return Math.min(...raw);
    case 'max': return Math.max(...raw);
    case 'count': return raw.length;
    default: return raw.reduce((a, b) => a + b, 0) / raw.length;
  }
}

/** Sorted scope items without `*`, so `{service:a,env:b}` and `{env:b,service:a}` read the same data. */
function scopeItemsOf(scope: Scope): string[] {
  return scope.items.map((item) => printScope({ items: [item] })).filter((i) => i !== '*').sort();
}

export function mapValues(v: Values, f: (x: number) => number): Values {
  return new Map([...v].map(([k, { tags, points }]) => [k, { tags, points: points.map((p) => (p === null ? null : f(p))) }]));
}

/** Arithmetic between two grouped results: groups match by their tags; an ungrouped side applies to every group. */
export function combine(left: Values, right: Values, op: '+' | '-' | '*' | '/'): Values {
  const out: Values = new Map();
  const l1 = left.size === 1 && left.has('') ? left.get('') : undefined;
  const r1 = right.size === 1 && right.has('') ? right.get('') : undefined;
  const keys = l1 ? [...right.keys()] : r1 ? [...left.keys()] : [...left.keys()].filter((k) => right.has(k));
  for (const k of keys) {
    const a = l1 ?? left.get(k);
    const b = r1 ?? right.get(k);
    if (!a || !b) continue;
    out.set(k, {
      tags: (l1 ? b : a).tags,
      points: a.points.map((x, i) => {
        const y = b.points[i];
        if (x === null || y === null || y === undefined) return null;
        if (op === '/') return y === 0 ? null : x / y;
        return op === '+' ? x + y : op === '-' ? x - y : x * y;
      }),
    });
  }
  return out;
}
