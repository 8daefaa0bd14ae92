// The syntax tree of a Datadog monitor query: plain JSON-compatible data, one variant per query family.

/** How a monitor compares its query's value with the threshold. */
export type Comparator = '>' | '>=' | '<' | '<=' | '==' | '!=';
export const COMPARATORS: readonly Comparator[] = ['>', '>=', '<', '<=', '==', '!='];

export type QueryAst = MetricQuery | ServiceCheckQuery | SearchQuery | FormulaQuery | CompositeQuery | SloQuery | OpaqueQuery;

// ── metric (`metric alert`, `query alert`) ────────────────────────────────────────────────────────────────────

/** `avg(last_5m):<expr> > 90` */
export interface MetricQuery {
  kind: 'metric';
  time: TimeAggregation;
  expr: MetricExpr;
  comparator?: Comparator;
  threshold?: number;
  /** Groups written after the threshold (`… > 0.9 by {host}`), an older spelling Datadog accepts; absent when none. */
  trailingGroupBy?: string[];
}

/** `avg(last_5m)` or a change alert's `pct_change(avg(last_5m),last_1h)`. */
export type TimeAggregation =
  | { kind: 'window'; aggregation: string; window: string }
  | { kind: 'change'; change: 'change' | 'pct_change'; aggregation: string; window: string; shift: string };

export type MetricExpr = MetricTerm | NumberLiteral | BinaryExpr | NegateExpr | ParenExpr | FunctionCall;

/** `sum:trace.http.request.hits{env:prod} by {resource_name}.as_count()` */
export interface MetricTerm {
  kind: 'metric';
  /** Space aggregation: `avg`, `sum`, `min`, `max`, `count` or a percentile such as `p95`. */
  aggregation: string;
  metric: string;
  scope: Scope;
  /** Tags in `by {…}`; empty when the term is not grouped. */
  groupBy: string[];
  /** `.as_count()`, `.rollup(sum, 60)`, `.fill(zero, 0)` … in written order. */
  methods: MethodCall[];
  /** The query names the metric bare (`system.load.1{*}`); `aggregation` is then Datadog's default, `avg`. */
  implicitAggregation?: true;
}

export interface NumberLiteral {
  kind: 'number';
  value: number;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';

export interface BinaryExpr {
  kind: 'binary';
  op: ArithmeticOperator;
  left: MetricExpr;
  right: MetricExpr;
}

export interface NegateExpr {
  kind: 'negate';
  operand: MetricExpr;
}

/** Parentheses the author wrote; kept so printing does not reshape the expression. */
export interface ParenExpr {
  kind: 'paren';
  inner: MetricExpr;
}

/**
 * `anomalies(<expr>, 'basic', 2, direction='above')` — any identifier is accepted as a function name. Multilayer
 * aggregations are calls too: `sum(<expr>, {env})` (a GroupList last) and `rollup(<expr>, 'p95', 1800)`.
 */
export interface FunctionCall {
  kind: 'call';
  name: string;
  args: FunctionArg[];
}

/** A positional argument (`name` absent) or a `name=value` one. */
export interface FunctionArg {
  name?: string;
  value: MetricExpr | StringLiteral | Identifier | GroupList;
}

/**
 * The `{env,region}` that ends a multilayer space aggregation such as `sum(avg:cpu{*} by {env,host}, {env})`: the
 * groups of the outer layer, each one of the inner query's groups. Datadog takes it nowhere else.
 */
export interface GroupList {
  kind: 'groups';
  /** Tag keys in written order, without the spaces Datadog allows around them. */
  tags: string[];
}

export interface StringLiteral {
  kind: 'string';
  value: string;
}

/** A bare word argument such as `sum` in `.rollup(sum, 60)`. */
export interface Identifier {
  kind: 'ident';
  name: string;
}

export type Literal = StringLiteral | NumberLiteral | Identifier;

export interface MethodCall {
  name: string;
  args: Literal[];
}

/** The `{…}` of a metric term: comma-separated items (`{env:prod,service:web}`), each possibly boolean. */
export interface Scope {
  items: ScopeNode[];
}

export type ScopeNode =
  /** `env:prod`, `!env:prod`, `host:web-*`, `*` */
  | { kind: 'tag'; tag: string; negated: boolean }
  /** `state IN (open,half_open)` / `state NOT IN (…)` */
  | { kind: 'in'; key: string; values: string[]; negated: boolean }
  | { kind: 'not'; operand: ScopeNode }
  | { kind: 'and' | 'or'; operands: ScopeNode[] }
  | { kind: 'group'; inner: ScopeNode };

// ── service check ─────────────────────────────────────────────────────────────────────────────────────────────

/** `"http.can_connect".over("env:prod").by("host").last(3).count_by_status()` */
export interface ServiceCheckQuery {
  kind: 'service-check';
  check: string;
  over: string[];
  exclude: string[];
  by: string[];
  last: number;
}

// ── search-based monitors (logs, events, processes, rum, apm, audit, ci, …) ─────────────────────────────────

/** A method in a search or formula chain: `.rollup("avg", "@duration")`, `.anomaly(direction="above")`. */
export interface ChainCall {
  name: string;
  /** Positional arguments. */
  args: Literal[];
  /** `name=value` arguments, in written order; only formula chains take them, and only when some are written. */
  named?: NamedArg[];
  /** Offset of the method name in the query, for diagnostics. */
  offset: number;
}

/** A `name=value` argument such as `direction="above"` in `.anomaly(direction="above", threshold=10)`. */
export interface NamedArg {
  name: string;
  value: Literal;
}

/** `logs("status:error").index("*").rollup("count").by("service").last("5m") > 10` */
export interface SearchQuery {
  kind: 'search';
  /** The leading function: `logs`, `events`, `processes`, `rum`, `trace-analytics`, … (`formula` is a FormulaQuery). */
  source: string;
  /** The search string inside the source call. */
  search: string;
  /** The calls after the source, in written order. */
  calls: ChainCall[];
  /** Groups from `.by(…)`, split on commas, without `*`. */
  groupBy: string[];
  /** The `.last("5m")` window, when present. */
  window?: string;
  comparator?: Comparator;
  threshold?: number;
}

// ── formula and functions (any type whose data is defined in `options.variables`) ─────────────────────────

/**
 * `formula("query2 / query1 * 100").by(job_name).rollup("sum").last("15m") >= 0.8`: a formula over the queries
 * named in the monitor's `options.variables`. Metric, search, cost, data-jobs, data-quality and the other newer
 * monitor types all use this form.
 */
export interface FormulaQuery {
  kind: 'formula';
  /** The formula as written inside `formula("…")`. */
  formula: string;
  expr: FormulaExpr;
  /** Names the formula reads (each an `options.variables[].name`), in order of first use. */
  variables: string[];
  /** The calls after `formula(…)`, in written order. */
  calls: ChainCall[];
  /** Groups from `.by(…)`, split on commas, without `*`. */
  groupBy: string[];
  /** The evaluation window from `.last("5m")` or, for cost forecasts, `.current("1mo")`. */
  window: string;
  comparator: Comparator;
  threshold: number;
}

export type FormulaExpr = FormulaVariable | NumberLiteral | FormulaBinary | FormulaNegate | FormulaParen | FormulaCall;

/** A query name such as `query1`. */
export interface FormulaVariable {
  kind: 'variable';
  name: string;
}

export interface FormulaBinary {
  kind: 'binary';
  op: ArithmeticOperator;
  left: FormulaExpr;
  right: FormulaExpr;
}

export interface FormulaNegate {
  kind: 'negate';
  operand: FormulaExpr;
}

export interface FormulaParen {
  kind: 'paren';
  inner: FormulaExpr;
}

/** `exclude_null(query1)`, `anomalies(query1, 'basic', 2)`; any function name is accepted. */
export interface FormulaCall {
  kind: 'call';
  name: string;
  args: FormulaArg[];
}

/** A positional argument (`name` absent) or a `name=value` one. */
export interface FormulaArg {
  name?: string;
  value: FormulaExpr | StringLiteral | Identifier;
}

// ── composite ─────────────────────────────────────────────────────────────────────────────────────────────────

/** `${checkout-errors} && !12345` */
export interface CompositeQuery {
  kind: 'composite';
  expr: CompositeExpr;
}

export type CompositeExpr =
  | { kind: 'monitor-id'; id: number }
  | { kind: 'ref'; ref: string }
  | { kind: 'not'; operand: CompositeExpr }
  | { kind: 'and' | 'or'; left: CompositeExpr; right: CompositeExpr }
  | { kind: 'group'; inner: CompositeExpr };

// ── slo alert ─────────────────────────────────────────────────────────────────────────────────────────────────

/** `burn_rate("<slo>").over("30d").long_window("1h").short_window("5m") > 14.4` or `error_budget("<slo>").over("30d") > 75` */
export interface SloQuery {
  kind: 'slo';
  measure: 'burn_rate' | 'error_budget';
  /** The SLO id as written; for `${logical-id}` references see `ref`. */
  slo: string;
  ref?: string;
  /** SLO timeframe: `7d`, `30d` or `90d`. */
  over: string;
  longWindow?: string;
  shortWindow?: string;
  comparator: Comparator;
  threshold: number;
}

// ── everything else ───────────────────────────────────────────────────────────────────────────────────────────

/** A query of a type vigil does not parse in depth; only quotes and brackets were checked. */
export interface OpaqueQuery {
  kind: 'opaque';
  text: string;
}
