// A typed builder for Datadog metric monitor queries. Every value is immutable and prints through the query
// parser's canonical printer, so what it builds parses back to the same text. Free of I/O and global state; bad
// values (an empty metric name, a NaN threshold) are not thrown here but reported by `vigil validate`, which parses
// every query with the definition's source location.
import type {
  Comparator, FunctionArg, Literal, MetricExpr, MetricQuery, MetricTerm, MethodCall, ScopeNode, TimeAggregation,
} from '../query/ast.ts';
import { printMetricExpr, printMetricQuery, printTimeAggregation } from '../query/printer.ts';
import { addUnknownProps, anyUnknownProps, noteUnknownProps, propKeys, unknownPropsOf } from './unknown-props.ts';

export type { Comparator };

/** Units of an evaluation window: minutes, hours, days, weeks, months. */
export type WindowUnit = 'm' | 'h' | 'd' | 'w' | 'mo';
/** A rolling window such as `last_5m`, or a calendar-aligned one such as `current_1mo`. */
export type EvaluationWindow = `last_${number}${WindowUnit}` | `current_${number}${WindowUnit}`;
/** How far ahead a forecast monitor looks, e.g. `next_1w`. */
export type ForecastHorizon = `next_${number}${WindowUnit}`;
/** How far back a change monitor compares: `last_1h` or `1h_ago`. */
export type ChangeShift = `last_${number}${WindowUnit}` | `${number}${WindowUnit}_ago`;
/** Time aggregation of a metric monitor: how the window's points reduce to the value compared. */
export type TimeAggregator = 'avg' | 'sum' | 'min' | 'max' | 'percentile';
/** How a roll-up combines points inside each interval. */
export type RollupMethod = 'avg' | 'sum' | 'min' | 'max' | 'count';
/** How gaps are filled: `null` leaves them, `zero` writes 0, `linear` interpolates, `last` repeats. */
export type FillMethod = 'null' | 'zero' | 'linear' | 'last';
/** A tag value; an array means "any of" and prints as `key IN (a,b)`. */
export type TagValue = string | number | boolean | readonly (string | number | boolean)[];
/** A tag filter: one tag such as `'host:web-*'` (a leading `!` negates), or `{ key: value }` pairs. */
export type TagFilter = string | Readonly<Record<string, TagValue>>;
/** Anything arithmetic accepts: another expression or a number. */
export type Operand = Expression | number;

/** A filter as the builder keeps it: one key with one or more values, or one raw tag. */
interface Filter {
  tag: string;
  values?: readonly string[];
  negated: boolean;
}

function operandAst(o: Operand): MetricExpr {
  return typeof o === 'number' ? { kind: 'number', value: o } : o.toAst();
}

function str(value: string): Literal {
  return { kind: 'string', value };
}

function num(value: number): Literal {
  return { kind: 'number', value };
}

/** `name='value'` / `name=60` arguments from an options object, skipping the ones left out. */
function named(pairs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): FunctionArg[] {
  const args: FunctionArg[] = [];
  for (const [name, value] of pairs) {
    if (value === undefined) continue;
    args.push({ name, value: typeof value === 'number' ? num(value) : str(String(value)) });
  }
  return args;
}

/** Options of {@link Expression.anomalies}. */
export interface AnomaliesOptions {
  /** `basic` (no seasonality, adapts fast), `agile` (seasonal, adapts to level shifts) or `robust` (stable seasonal). @example 'agile' */
  algorithm: 'basic' | 'agile' | 'robust';
  /** Width of the normal band in deviations, 1–6. Default 2. @example 3 */
  bounds?: number;
  /** Which side of the band counts as anomalous. Datadog's default is `both`. @example 'above' */
  direction?: 'both' | 'above' | 'below';
  /** The window that must be anomalous to trigger; match the monitor's trigger window. @example 'last_15m' */
  alertWindow?: EvaluationWindow;
  /** Seconds between the points the model sees. @example 60 */
  interval?: number;
  /** Treat missing count points as zero (for sparse `.asCount()` series). @example true */
  countDefaultZero?: boolean;
  /** Seasonality for `agile` and `robust`. @example 'weekly' */
  seasonality?: 'hourly' | 'daily' | 'weekly';
  /** Timezone for daily and weekly seasonality. @example 'utc' */
  timezone?: string;
}

/** Options of {@link Expression.forecast}. */
export interface ForecastOptions {
  /** `linear` for trends, `seasonal` for repeating patterns. @example 'linear' */
  algorithm: 'linear' | 'seasonal';
  /** Width of the forecast band in deviations. Default 1. @example 2 */
  deviations?: number;
  /** For `linear`: `default`, `simple` or `reactive` (follows recent behaviour). @example 'reactive' */
  model?: 'default' | 'simple' | 'reactive';
  /** Roll-up interval of the history the model sees, e.g. `60m`. @example '60m' */
  interval?: string;
  /** How much history the model sees, e.g. `1w`. @example '1mo' */
  history?: string;
  /** For `seasonal`: the pattern's period. @example 'weekly' */
  seasonality?: 'hourly' | 'daily' | 'weekly';
  /** Timezone for daily and weekly seasonality. @example 'utc' */
  timezone?: string;
}

/** Options of {@link Expression.outliers}. */
export interface OutliersOptions {
  /** `DBSCAN`/`scaledDBSCAN` find groups unlike the others; `MAD`/`scaledMAD` find points far from the median. @example 'DBSCAN' */
  algorithm: 'DBSCAN' | 'scaledDBSCAN' | 'MAD' | 'scaledMAD';
  /** How far from the pack counts as an outlier; 3.0 is a good start. @example 3 */
  tolerance: number;
  /** For MAD algorithms: percentage (0–100) of points that must be outlying. @example 20 */
  percentage?: number;
}

/**
 * A metric expression: a metric, a number, arithmetic over them, or a function of them. Immutable; every method
 * returns a new expression. `String(e)` is the canonical query text.
 */
export abstract class Expression {
  /** The syntax tree this expression prints from. @example metric('system.load.1').toAst().kind // 'metric' */
  abstract toAst(): MetricExpr;

  /** `this + other`. @example metric('a').sum().plus(metric('b').sum()) // sum:a{*} + sum:b{*} */
  plus(other: Operand): Expression {
    return new Formula({ kind: 'binary', op: '+', left: this.toAst(), right: operandAst(other) });
  }

  /** `this - other`. @example metric('requests').sum().minus(metric('errors').sum()) */
  minus(other: Operand): Expression {
    return new Formula({ kind: 'binary', op: '-', left: this.toAst(), right: operandAst(other) });
  }

  /** `this * other`. @example metric('errors').sum().div(metric('hits').sum()).times(100) */
  times(other: Operand): Expression {
    return new Formula({ kind: 'binary', op: '*', left: this.toAst(), right: operandAst(other) });
  }

  /** `this / other`; parentheses are added where precedence needs them. @example metric('used').avg().div(metric('total').avg()) */
  div(other: Operand): Expression {
    return new Formula({ kind: 'binary', op: '/', left: this.toAst(), right: operandAst(other) });
  }

  /**
   * Any Datadog function by name, for those without a typed method. Strings print quoted, numbers plain.
   * @example metric('system.load.1').avg().apply('robust_trend') // robust_trend(avg:system.load.1{*})
   */
  apply(name: string, ...args: Array<Operand | string>): Expression {
    const rest: FunctionArg[] = args.map((a) => ({ value: typeof a === 'string' ? str(a) : operandAst(a) }));
    return new Formula({ kind: 'call', name, args: [{ value: this.toAst() }, ...rest] });
  }

  private call(name: string, ...rest: FunctionArg[]): Expression {
    return new Formula({ kind: 'call', name, args: [{ value: this.toAst() }, ...rest] });
  }

  /**
   * Anomaly detection: the share of the window outside the band the history predicts (compare with `>= 1`).
   * @example metric('sigsci.agent.waf.block').sum().asCount().anomalies({ algorithm: 'agile', direction: 'above', alertWindow: 'last_5m', interval: 60 })
   */
  anomalies(options: AnomaliesOptions): Expression {
    const o = options;
    return noted(this.call('anomalies', { value: str(o.algorithm) }, { value: num(o.bounds ?? 2) }, ...named([
      ['direction', o.direction], ['alert_window', o.alertWindow], ['interval', o.interval],
      ['count_default_zero', o.countDefaultZero], ['seasonality', o.seasonality], ['timezone', o.timezone],
    ])), options, ANOMALIES_KEYS);
  }

  /**
   * Forecast: predicts the series forward; pair with a `next_…` window in {@link query}.
   * @example metric('system.disk.in_use').max().by('host').forecast({ algorithm: 'linear', deviations: 1, model: 'reactive' })
   */
  forecast(options: ForecastOptions): Expression {
    const o = options;
    return noted(this.call('forecast', { value: str(o.algorithm) }, { value: num(o.deviations ?? 1) }, ...named([
      ['model', o.model], ['interval', o.interval], ['history', o.history], ['seasonality', o.seasonality],
      ['timezone', o.timezone],
    ])), options, FORECAST_KEYS);
  }

  /**
   * Outlier detection across the groups of a grouped series.
   * @example metric('system.load.1').avg().by('host').outliers({ algorithm: 'DBSCAN', tolerance: 3 })
   */
  outliers(options: OutliersOptions): Expression {
    const rest: FunctionArg[] = [{ value: str(options.algorithm) }, { value: num(options.tolerance) }];
    if (options.percentage !== undefined) rest.push({ value: num(options.percentage) });
    return noted(this.call('outliers', ...rest), options, OUTLIERS_KEYS);
  }

  /** Difference between consecutive points. @example metric('nomad.job_summary.failed').max().diff() */
  diff(): Expression { return this.call('diff'); }
  /** Absolute value. @example metric('drift').avg().abs() */
  abs(): Expression { return this.call('abs'); }
  /** Base-2 logarithm. @example metric('queue.depth').avg().log2() */
  log2(): Expression { return this.call('log2'); }
  /** Base-10 logarithm. @example metric('queue.depth').avg().log10() */
  log10(): Expression { return this.call('log10'); }
  /** Running sum over the window. @example metric('deploys').sum().asCount().cumsum() */
  cumsum(): Expression { return this.call('cumsum'); }
  /** Integral (cumulative sum of value × seconds). @example metric('bytes.rate').sum().integral() */
  integral(): Expression { return this.call('integral'); }
  /** Rate per second between points. @example metric('requests.total').sum().perSecond() */
  perSecond(): Expression { return this.call('per_second'); }
  /** Rate per minute between points. @example metric('errors').sum().asCount().perMinute() */
  perMinute(): Expression { return this.call('per_minute'); }
  /** Rate per hour between points. @example metric('orders').sum().asCount().perHour() */
  perHour(): Expression { return this.call('per_hour'); }
  /** The series one hour earlier. @example metric('orders').sum().hourBefore() */
  hourBefore(): Expression { return this.call('hour_before'); }
  /** The series one day earlier. @example metric('orders').sum().dayBefore() */
  dayBefore(): Expression { return this.call('day_before'); }
  /** The series one week earlier. @example metric('orders').sum().minus(metric('orders').sum().weekBefore()) */
  weekBefore(): Expression { return this.call('week_before'); }
  /** The series one month (28 days) earlier. @example metric('orders').sum().monthBefore() */
  monthBefore(): Expression { return this.call('month_before'); }
  /** The series shifted by `seconds` (negative = earlier). @example metric('orders').sum().timeshift(-3600) */
  timeshift(seconds: number): Expression { return this.call('timeshift', { value: num(seconds) }); }
  /** Exponentially weighted moving average over `span` points. @example metric('latency').avg().ewma(10) */
  ewma(span: 3 | 5 | 7 | 10 | 20): Expression { return this.call(`ewma_${span}`); }
  /** Rolling median over `span` points. @example metric('latency').avg().median(5) */
  median(span: 3 | 5 | 7 | 9): Expression { return this.call(`median_${span}`); }
  /** Values below `bound` become `bound`. @example metric('free').avg().clampMin(0) */
  clampMin(bound: number): Expression { return this.call('clamp_min', { value: num(bound) }); }
  /** Values above `bound` become `bound`. @example metric('ratio').avg().clampMax(1) */
  clampMax(bound: number): Expression { return this.call('clamp_max', { value: num(bound) }); }
  /** Missing points count as zero. @example metric('errors').sum().asCount().defaultZero() */
  defaultZero(): Expression { return this.call('default_zero'); }

  /**
   * The `limit` groups ranked by `ranking`, e.g. the ten busiest hosts.
   * @example metric('system.load.1').avg().by('host').top(10, 'mean', 'desc')
   */
  top(limit: number, ranking: 'max' | 'min' | 'last' | 'l2norm' | 'area' | 'mean' | 'norm', order: 'asc' | 'desc'): Expression {
    return this.call('top', { value: num(limit) }, { value: str(ranking) }, { value: str(order) });
  }

  /** Canonical query text of the expression. @example String(metric('system.load.1').avg()) // 'avg:system.load.1{*}' */
  toString(): string {
    return printMetricExpr(this.toAst());
  }
}

/** An expression held as a tree. */
const ANOMALIES_KEYS = propKeys<AnomaliesOptions>({
  algorithm: true, bounds: true, direction: true, alertWindow: true, interval: true, countDefaultZero: true,
  seasonality: true, timezone: true,
});
const FORECAST_KEYS = propKeys<ForecastOptions>({
  algorithm: true, deviations: true, model: true, interval: true, history: true, seasonality: true, timezone: true,
});
const OUTLIERS_KEYS = propKeys<OutliersOptions>({ algorithm: true, tolerance: true, percentage: true });

/**
 * Notes the keys of a function's options object that the builder does not know (`direciton`) on the function's node
 * of the syntax tree; the monitor built from the query picks them up (see {@link noteQueryOptions}) and validation
 * reports them as it reports a builder prop it does not know.
 */
function noted(e: Expression, options: object, known: ReadonlySet<string>): Expression {
  const node = e.toAst() as { kind: string; name?: string };
  noteUnknownProps(node, options, `/query/${node.name ?? 'function'}`, known);
  return e;
}

/**
 * Carries the options-object notes of a query built with the query builder (an expression, a query or a query
 * string) over to the monitor `def`. Walks the query's tree only when some unknown key was noted in this process.
 */
export function noteQueryOptions(def: object, value: unknown): void {
  if (!anyUnknownProps() || typeof value !== 'object' || value === null) return;
  const root = value instanceof QueryString ? value.toAst().expr
    : value instanceof MetricQueryBuilder ? value.toAst()
      : value instanceof Expression ? value.toAst() : undefined;
  const visit = (e: MetricExpr): void => {
    addUnknownProps(def, unknownPropsOf(e));
    switch (e.kind) {
      case 'binary': visit(e.left); visit(e.right); break;
      case 'negate': visit(e.operand); break;
      case 'paren': visit(e.inner); break;
      case 'call': for (const a of e.args) if (typeof a.value === 'object' && 'kind' in a.value && isExpr(a.value)) visit(a.value); break;
      default: break;
    }
  };
  if (root) visit(root);
}

function isExpr(v: { kind: string }): v is MetricExpr {
  return v.kind === 'metric' || v.kind === 'binary' || v.kind === 'negate' || v.kind === 'paren' || v.kind === 'call' || v.kind === 'number';
}

class Formula extends Expression {
  constructor(private readonly ast: MetricExpr) {
    super();
  }

  toAst(): MetricExpr {
    return this.ast;
  }
}

interface SeriesState {
  metric: string;
  aggregation: string;
  filters: readonly Filter[];
  groupBy: readonly string[];
  methods: readonly MethodCall[];
}

/**
 * One metric: how sources are aggregated, which tags filter it, how it is grouped and rolled up.
 * Start with {@link metric}; each method returns a new series.
 */
export class MetricSeries extends Expression {
  /** @internal Use {@link metric}. */
  constructor(private readonly state: SeriesState) {
    super();
  }

  private with(patch: Partial<SeriesState>): MetricSeries {
    return new MetricSeries({ ...this.state, ...patch });
  }

  /** Average across sources (Datadog's default). @example metric('system.cpu.user').avg() */
  avg(): MetricSeries { return this.with({ aggregation: 'avg' }); }
  /** Sum across sources — use for counts. @example metric('trace.http.request.hits').sum() */
  sum(): MetricSeries { return this.with({ aggregation: 'sum' }); }
  /** Minimum across sources. @example metric('syncthing.connections.connected').min() */
  min(): MetricSeries { return this.with({ aggregation: 'min' }); }
  /** Maximum across sources. @example metric('kubernetes.pods.running').max() */
  max(): MetricSeries { return this.with({ aggregation: 'max' }); }
  /** Count of values (distribution metrics only). @example metric('checkout.latency').count() */
  count(): MetricSeries { return this.with({ aggregation: 'count' }); }
  /** A percentile (distribution metrics only), 0 < p ≤ 100. @example metric('trace.http.request').percentile(95) // p95:… */
  percentile(p: number): MetricSeries { return this.with({ aggregation: `p${p}` }); }

  /**
   * Keeps sources carrying these tags. Objects are sorted by key; an array value means any of its values.
   * @example metric('trace.http.request.hits').where({ service: 'checkout', env: 'prod' }) // {env:prod,service:checkout}
   * @example metric('system.disk.in_use').where('device:/dev/sd*')
   */
  where(...filters: TagFilter[]): MetricSeries {
    return this.with({ filters: [...this.state.filters, ...filters.flatMap((f) => toFilters(f, false))] });
  }

  /** Drops sources carrying these tags. @example metric('system.disk.in_use').exclude({ device: '/dev/loop*' }) // {!device:/dev/loop*} */
  exclude(...filters: TagFilter[]): MetricSeries {
    return this.with({ filters: [...this.state.filters, ...filters.flatMap((f) => toFilters(f, true))] });
  }

  /** Groups by these tag keys: one alert per group (a multi alert). @example metric('system.load.1').by('host', 'env') */
  by(...tags: string[]): MetricSeries {
    const groupBy = [...this.state.groupBy];
    for (const t of tags) if (!groupBy.includes(t)) groupBy.push(t);
    return this.with({ groupBy });
  }

  /** Counts per interval instead of a per-second rate (for count and rate metrics). @example metric('errors').sum().asCount() */
  asCount(): MetricSeries { return this.method('as_count'); }
  /** Per-second rate (for count metrics). @example metric('requests').sum().asRate() */
  asRate(): MetricSeries { return this.method('as_rate'); }
  /** Weights gauges by how long each tag value was present. @example metric('kubernetes.cpu.usage').avg().weighted() */
  weighted(): MetricSeries { return this.method('weighted'); }

  /**
   * Combines points in intervals of `seconds` (Datadog chooses the interval when omitted).
   * @example metric('orders').sum().asCount().rollup('sum', 300) // .rollup(sum, 300)
   */
  rollup(method: RollupMethod, seconds?: number): MetricSeries {
    const args: Literal[] = [{ kind: 'ident', name: method }];
    if (seconds !== undefined) args.push(num(seconds));
    return this.method('rollup', args);
  }

  /**
   * Fills gaps; `limitSeconds` bounds how long a gap may be filled.
   * @example metric('errors').sum().asCount().fill('zero', 0) // .fill(zero, 0)
   */
  fill(method: FillMethod, limitSeconds?: number): MetricSeries {
    const args: Literal[] = [{ kind: 'ident', name: method }];
    if (limitSeconds !== undefined) args.push(num(limitSeconds));
    return this.method('fill', args);
  }

  private method(name: string, args: Literal[] = []): MetricSeries {
    return this.with({ methods: [...this.state.methods, { name, args }] });
  }

  /** The metric term's syntax tree. @example metric('system.load.1').toAst().metric // 'system.load.1' */
  toAst(): MetricTerm {
    const { metric: name, aggregation, filters, groupBy, methods } = this.state;
    return { kind: 'metric', aggregation, metric: name, scope: { items: scopeItems(filters) }, groupBy: [...groupBy], methods: [...methods] };
  }
}

function toFilters(filter: TagFilter, negated: boolean): Filter[] {
  if (typeof filter === 'string') {
    if (filter === '*') return [];
    const bang = filter.startsWith('!');
    return [{ tag: bang ? filter.slice(1) : filter, negated: negated !== bang }];
  }
  return Object.keys(filter).sort().map((key) => {
    const value = filter[key] as TagValue;
    if (typeof value === 'object') {
      const values = value.map(String);
      return values.length === 1 ? { tag: `${key}:${values[0]}`, negated } : { tag: key, values, negated };
    }
    return { tag: `${key}:${String(value)}`, negated };
  });
}

/** Symbolic style (`a,!b`) unless a list needs IN, in which case Datadog requires AND / NOT throughout. */
function scopeItems(filters: readonly Filter[]): ScopeNode[] {
  if (filters.length === 0) return [{ kind: 'tag', tag: '*', negated: false }];
  if (!filters.some((f) => f.values)) return filters.map((f) => ({ kind: 'tag', tag: f.tag, negated: f.negated }));
  const operands: ScopeNode[] = filters.map((f) => {
    if (f.values) return { kind: 'in', key: f.tag, values: [...f.values], negated: f.negated };
    const tag: ScopeNode = { kind: 'tag', tag: f.tag, negated: false };
    return f.negated ? { kind: 'not', operand: tag } : tag;
  });
  return [operands.length === 1 ? (operands[0] as ScopeNode) : { kind: 'and', operands }];
}

/**
 * A metric, averaged across sources over every source (`{*}`) until narrowed.
 * @example metric('trace.http.request.errors').sum().where({ service: 'checkout' }).by('resource_name').asCount()
 */
export function metric(name: string): MetricSeries {
  return new MetricSeries({ metric: name, aggregation: 'avg', filters: [], groupBy: [], methods: [] });
}

/** A comparator with its threshold — the critical condition of a metric monitor. */
export interface Condition {
  /** How the query's value is compared. @example '>' */
  readonly comparator: Comparator;
  /** The critical threshold, in the unit of the query's value. @example 90 */
  readonly threshold: number;
}

/** Conditions on their own, for monitor builders that take the query and the critical threshold apart. */
export const threshold = {
  /** Value `>` n. @example threshold.above(90) // { comparator: '>', threshold: 90 } */
  above: (n: number): Condition => ({ comparator: '>', threshold: n }),
  /** Value `>=` n. @example threshold.atLeast(1) */
  atLeast: (n: number): Condition => ({ comparator: '>=', threshold: n }),
  /** Value `<` n. @example threshold.below(1) */
  below: (n: number): Condition => ({ comparator: '<', threshold: n }),
  /** Value `<=` n. @example threshold.atMost(0) */
  atMost: (n: number): Condition => ({ comparator: '<=', threshold: n }),
};

/** A complete metric monitor query: `toString()` is the text Datadog takes; comparator and threshold are its condition. */
export class QueryString implements Condition {
  /** @internal Use {@link MetricQueryBuilder.above} and friends. */
  constructor(private readonly ast: MetricQuery & Condition) {}

  /** The comparator written in the query. @example query.avg('last_5m', metric('x')).above(5).comparator // '>' */
  get comparator(): Comparator { return this.ast.comparator; }
  /** The critical threshold written in the query. @example query.avg('last_5m', metric('x')).above(5).threshold // 5 */
  get threshold(): number { return this.ast.threshold; }

  /** The same query with another threshold (same comparator). @example q.withThreshold(10) */
  withThreshold(n: number): QueryString {
    return new QueryString({ ...this.ast, threshold: n });
  }

  /** The query's syntax tree (a copy is not made; treat it as read-only). @example q.toAst().time.window // 'last_5m' */
  toAst(): MetricQuery {
    return this.ast;
  }

  /** The canonical query text. @example 'avg(last_5m):avg:system.load.1{*} > 5' */
  toString(): string {
    return printMetricQuery(this.ast);
  }

  /** Serialises as the query text. @example JSON.stringify({ query: q }) */
  toJSON(): string {
    return this.toString();
  }
}

/** A metric query without its condition yet: a time aggregation over an expression. */
export class MetricQueryBuilder {
  /** @internal Use {@link query}. */
  constructor(private readonly time: TimeAggregation, private readonly expr: MetricExpr) {}

  private arith(op: '+' | '-' | '*' | '/', other: Operand): MetricQueryBuilder {
    return new MetricQueryBuilder(this.time, { kind: 'binary', op, left: this.expr, right: operandAst(other) });
  }

  /** Adds to the expression. @example query.avg('last_5m', metric('a').sum()).plus(metric('b').sum()) */
  plus(other: Operand): MetricQueryBuilder { return this.arith('+', other); }
  /** Subtracts from the expression. @example query.avg('last_5m', metric('total').sum()).minus(metric('ok').sum()) */
  minus(other: Operand): MetricQueryBuilder { return this.arith('-', other); }
  /** Multiplies the expression. @example query.avg('last_5m', metric('ratio').avg()).times(100) */
  times(other: Operand): MetricQueryBuilder { return this.arith('*', other); }
  /** Divides the expression. @example query.avg('last_5m', metric('errors').sum()).div(metric('hits').sum()) */
  div(other: Operand): MetricQueryBuilder { return this.arith('/', other); }

  /** Alerts when the value meets `condition`. @example query.avg('last_5m', metric('x')).when(threshold.above(5)) */
  when(condition: Condition): QueryString {
    return new QueryString({ kind: 'metric', time: this.time, expr: this.expr, ...condition });
  }

  /** Alerts when the value is `>` n. @example query.avg('last_5m', metric('system.cpu.user')).above(90) */
  above(n: number): QueryString { return this.when(threshold.above(n)); }
  /** Alerts when the value is `>=` n. @example query.sum('last_5m', metric('restarts').sum().asCount()).atLeast(3) */
  atLeast(n: number): QueryString { return this.when(threshold.atLeast(n)); }
  /** Alerts when the value is `<` n. @example query.min('last_10m', metric('sessions').sum()).below(1) */
  below(n: number): QueryString { return this.when(threshold.below(n)); }
  /** Alerts when the value is `<=` n. @example query.max('last_15m', metric('running').max()).atMost(0) */
  atMost(n: number): QueryString { return this.when(threshold.atMost(n)); }

  /** The query without its condition, e.g. for a monitor builder that adds it. @example 'avg(last_5m):avg:x{*}' */
  toString(): string {
    return `${printTimeAggregation(this.time)}:${printMetricExpr(this.expr)}`;
  }

  /** The expression's syntax tree (without the time aggregation). @example query.avg('last_5m', metric('x')).toAst().kind // 'metric' */
  toAst(): MetricExpr {
    return this.expr;
  }
}

function windowed(aggregation: TimeAggregator) {
  return (window: EvaluationWindow | ForecastHorizon, expr: Operand): MetricQueryBuilder =>
    new MetricQueryBuilder({ kind: 'window', aggregation, window }, operandAst(expr));
}

function changed(change: 'change' | 'pct_change') {
  return (window: EvaluationWindow, shift: ChangeShift, expr: Operand, aggregation: TimeAggregator = 'avg'): MetricQueryBuilder =>
    new MetricQueryBuilder({ kind: 'change', change, aggregation, window, shift }, operandAst(expr));
}

/** Starts a metric monitor query: how the evaluation window reduces to one value per group. */
export const query = {
  /** Average over the window. @example query.avg('last_5m', metric('system.cpu.user').by('host')).above(90) */
  avg: windowed('avg'),
  /** Sum over the window — for counts. @example query.sum('last_15m', metric('errors').sum().asCount()).above(0) */
  sum: windowed('sum'),
  /** Minimum over the window: alerts only if every point crosses an upper threshold. @example query.min('last_30m', metric('queue').sum()).above(0) */
  min: windowed('min'),
  /** Maximum over the window: alerts if any point crosses an upper threshold. @example query.max('last_5m', metric('pods').max()).below(5) */
  max: windowed('max'),
  /** Percentile over the window (distribution metrics). @example query.percentile('last_5m', metric('trace.http.request').percentile(95)).above(0.5) */
  percentile: windowed('percentile'),
  /**
   * Absolute change between the window and an earlier one.
   * @example query.change('last_5m', 'last_1h', metric('queue.depth').sum()).above(100) // change(avg(last_5m),last_1h):…
   */
  change: changed('change'),
  /**
   * Relative change in percent between the window and an earlier one.
   * @example query.pctChange('last_1h', 'last_1d', metric('orders').sum().asCount(), 'sum').below(-30)
   */
  pctChange: changed('pct_change'),
};
