// What backtesting one monitor takes: the series to read (metric expressions rolled up to 60 s) and the rule to
// evaluate them by, from the monitor's payload as compiled and vigil's own query parser. A monitor the backtest does
// not evaluate gets the reason instead, in words a reviewer can act on.
import type { MetricExpr, MetricTerm } from '../query/index.ts';
import { isSpaceLayer, parseQuery, printMetricExpr } from '../query/index.ts';
import { Scanner } from '../query/lexer.ts';
import { parseExpr } from '../query/metric-parser.ts';
import type { BurnRateRule } from './evaluate.ts';
import { durationSeconds, windowSeconds } from './durations.ts';
import type { AlertRule, TimeAggregation } from './types.ts';

/** A monitor the backtest evaluates, or why it does not. */
export type BacktestSpec =
  | { supported: true; kind: 'threshold'; query: string; rule: AlertRule }
  | { supported: true; kind: 'burn-rate'; good: string; total: string; rule: BurnRateRule }
  | { supported: false; reason: string };

/** An SLO as compiled (the create payload), for burn-rate alerts on it. */
export type SloPayload = Record<string, unknown>;

/** Everything outside the monitor that a spec may need: the SLOs by logical id, and logical ids by remote id. */
export interface SpecContext {
  slos: ReadonlyMap<string, SloPayload>;
  /** Logical id of an owned object from its remote id (a live query names SLOs by remote id). */
  logicalIdOf?: (remoteId: string) => string | undefined;
}

const AGGREGATIONS = new Set<TimeAggregation>(['avg', 'sum', 'min', 'max']);

/** Why functions that are not plain arithmetic are left out. */
const FUNCTION_REASONS: Readonly<Record<string, string>> = {
  anomalies: 'anomaly monitors alert outside a band learned from the series\' history, which the backtest does not model',
  forecast: 'forecast monitors alert on a predicted future value, which history alone does not give',
  outliers: 'outlier monitors compare groups with each other by an algorithm the backtest does not model',
};

const SEARCH_SOURCES: Readonly<Record<string, string>> = {
  'log alert': 'logs', 'event alert': 'events', 'event-v2 alert': 'events', 'trace-analytics alert': 'APM spans',
  'rum alert': 'RUM events', 'process alert': 'processes', 'audit alert': 'audit events',
  'ci-pipelines alert': 'CI pipeline events', 'ci-tests alert': 'CI test events', 'error-tracking alert': 'error-tracking issues',
  'database-monitoring alert': 'database-monitoring samples',
};

/** The backtest of a monitor payload (`type`, `query`, `options.thresholds`). */
export function backtestSpec(payload: Record<string, unknown>, ctx: SpecContext): BacktestSpec {
  const type = String(payload['type'] ?? '');
  const query = String(payload['query'] ?? '');
  const thresholds = thresholdsOf(payload);
  if (type === 'metric alert' || type === 'query alert') return metricSpec(type, query, thresholds);
  if (type === 'slo alert') return sloSpec(query, ctx);
  if (type === 'composite') return unsupported('a composite alerts on the states of other monitors: their own backtests show how often each part alerts');
  if (type === 'service check') return unsupported('service checks report OK/WARN/CRITICAL statuses, not metric points the query API serves');
  const source = SEARCH_SOURCES[type];
  if (source) return unsupported(`${type} monitors count ${source}, which the metric query API does not serve; not backtested yet`);
  return unsupported(`${type} monitors are not backtested: only metric monitors and burn-rate alerts of metric SLOs are`);
}

function metricSpec(type: string, query: string, thresholds: Record<string, unknown>): BacktestSpec {
  const parsed = parseQuery(type, query);
  if (!parsed.ok) return unsupported(`the query does not parse: ${parsed.error.message}`);
  const ast = parsed.ast;
  if (ast.kind === 'formula') return unsupported('formula monitors over "options.variables" are not backtested yet');
  if (ast.kind !== 'metric') return unsupported('the query is not a metric query');
  let change: AlertRule['change'];
  if (ast.time.kind === 'change') {
    const shift = ast.time.shift.endsWith('_ago') ? durationSeconds(ast.time.shift.slice(0, -4)) : windowSeconds(ast.time.shift);
    if (shift === undefined) return unsupported(`the change window "${ast.time.shift}" is calendar-aligned; only fixed spans are backtested`);
    change = { kind: ast.time.change, shiftSeconds: shift };
  }
  const fn = firstFunction(ast.expr);
  if (fn !== undefined) return unsupported(FUNCTION_REASONS[fn] ?? layerReason(fn) ?? `the query applies ${fn}(), which the backtest does not evaluate`);
  const aggregation = ast.time.aggregation as TimeAggregation;
  if (!AGGREGATIONS.has(aggregation)) return unsupported(`the time aggregation "${ast.time.aggregation}" is not backtested (avg, sum, min and max are)`);
  const seconds = windowSeconds(ast.time.window);
  if (seconds === undefined) return unsupported(`the window "${ast.time.window}" is calendar-aligned; only last_<n> windows are backtested`);
  const comparator = parsed.comparator;
  const critical = numberOf(thresholds['critical']) ?? parsed.threshold;
  if (comparator === undefined || critical === undefined) return unsupported('the query has no comparator and critical threshold');
  const rule: AlertRule = { aggregation, windowSeconds: seconds, comparator, critical };
  const recovery = numberOf(thresholds['critical_recovery']);
  if (recovery !== undefined) rule.criticalRecovery = recovery;
  if (change) rule.change = change;
  return { supported: true, kind: 'threshold', query: printMetricExpr(withRollup(ast.expr, aggregation)), rule };
}

function sloSpec(query: string, ctx: SpecContext): BacktestSpec {
  const parsed = parseQuery('slo alert', query);
  if (!parsed.ok || parsed.ast.kind !== 'slo') return unsupported('the SLO alert query does not parse');
  const ast = parsed.ast;
  if (ast.measure === 'error_budget') {
    return unsupported(`error-budget alerts need the SLO's whole ${ast.over} of history and its corrections; not backtested yet`);
  }
  const id = ast.ref ?? ctx.logicalIdOf?.(ast.slo);
  const slo = id === undefined ? undefined : ctx.slos.get(id);
  if (!slo) return unsupported(`the SLO "${ast.ref ?? ast.slo}" is not among the definitions, so its events are unknown`);
  const events = sliEvents(slo);
  if (typeof events === 'string') return unsupported(events);
  const target = targetOf(slo, ast.over);
  const long = durationSeconds(ast.longWindow ?? '');
  const short = durationSeconds(ast.shortWindow ?? '');
  if (target === undefined) return unsupported(`the SLO has no target for its "${ast.over}" timeframe`);
  if (long === undefined || short === undefined) return unsupported('the burn-rate alert names no long and short window');
  return {
    supported: true, kind: 'burn-rate', good: events.good, total: events.total,
    rule: { target, longWindowSeconds: long, shortWindowSeconds: short, comparator: ast.comparator, critical: ast.threshold },
  };
}

/** The SLI's good and total event expressions, rolled up to 60-second sums, or why there are none. */
function sliEvents(slo: SloPayload): { good: string; total: string } | string {
  const type = slo['type'];
  if (type === 'monitor') return 'the SLO counts the uptime of monitors, not metric events; burn-rate alerts are backtested for metric SLOs';
  if (type !== 'metric') return `burn-rate alerts of ${String(type)} SLOs are not backtested yet (metric SLOs are)`;
  const q = slo['query'];
  if (isObject(q) && typeof q['numerator'] === 'string' && typeof q['denominator'] === 'string') {
    const good = rolledUp(q['numerator']);
    const total = rolledUp(q['denominator']);
    return good !== undefined && total !== undefined ? { good, total } : 'the SLO\'s queries do not parse';
  }
  const count = isObject(slo['sli_specification']) ? slo['sli_specification']['count'] : undefined;
  if (!isObject(count) || !Array.isArray(count['queries'])) return 'the SLO has neither a query nor count-based events';
  const names = new Map<string, string>();
  for (const q2 of count['queries']) {
    if (!isObject(q2) || typeof q2['name'] !== 'string' || typeof q2['query'] !== 'string') continue;
    const text = rolledUp(q2['query']);
    if (text === undefined) return `the SLO query "${q2['name']}" does not parse`;
    names.set(q2['name'], text);
  }
  const formula = (key: string): string | undefined => {
    const f = isObject(count[key]) ? count[key]['formula'] : undefined;
    return typeof f === 'string' ? substitute(f, names) : undefined;
  };
  const total = formula('total_events_formula');
  const good = formula('good_events_formula') ?? (formula('bad_events_formula') && total ? `${total} - (${formula('bad_events_formula')})` : undefined);
  return good !== undefined && total !== undefined ? { good, total } : 'the SLO\'s event formulas are incomplete';
}

/** A formula's query names (`total - bad`) replaced by their expressions in parentheses. */
function substitute(formula: string, names: ReadonlyMap<string, string>): string {
  return formula.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => (names.has(name) ? `(${names.get(name)})` : name));
}

/** An event count expression with every term rolled up to 60-second sums. */
function rolledUp(text: string): string | undefined {
  try {
    return printMetricExpr(withRollup(parseExpr(new Scanner(text)), 'sum'));
  } catch {
    return undefined;
  }
}

function targetOf(slo: SloPayload, timeframe: string): number | undefined {
  const list = Array.isArray(slo['thresholds']) ? slo['thresholds'] : [];
  const t = list.find((x) => isObject(x) && x['timeframe'] === timeframe);
  return isObject(t) ? numberOf(t['target']) : undefined;
}

/** The expression with `.rollup(<aggregation>, 60)` on every metric term that does not name a rollup itself. */
export function withRollup(e: MetricExpr, aggregation: TimeAggregation): MetricExpr {
  switch (e.kind) {
    case 'metric': return termWithRollup(e, aggregation);
    case 'binary': return { ...e, left: withRollup(e.left, aggregation), right: withRollup(e.right, aggregation) };
    case 'negate': return { ...e, operand: withRollup(e.operand, aggregation) };
    case 'paren': return { ...e, inner: withRollup(e.inner, aggregation) };
    default: return e;
  }
}

function termWithRollup(t: MetricTerm, aggregation: TimeAggregation): MetricTerm {
  // A rollup the author wrote is what the monitor evaluates; the backtest reads the same.
  if (t.methods.some((m) => m.name === 'rollup')) return t;
  return { ...t, methods: [...t.methods, { name: 'rollup', args: [{ kind: 'ident', name: aggregation }, { kind: 'number', value: 60 }] }] };
}

/**
 * Why a nested query is left out rather than guessed at: Datadog documents nested queries for its v2 timeseries
 * formulas, not the v1 query endpoint the backtest reads, and the sandbox's engine evaluates one layer of each.
 */
function layerReason(fn: string): string | undefined {
  if (isSpaceLayer(fn)) {
    return `the query aggregates its groups again with ${fn}(…, {…}) (multilayer space aggregation), which the backtest does not evaluate`;
  }
  if (fn === 'rollup') return 'the query rolls its result up again with rollup(…) (multilayer time aggregation), which the backtest does not evaluate';
  return undefined;
}

function firstFunction(e: MetricExpr): string | undefined {
  switch (e.kind) {
    case 'call': return e.name;
    case 'binary': return firstFunction(e.left) ?? firstFunction(e.right);
    case 'negate': return firstFunction(e.operand);
    case 'paren': return firstFunction(e.inner);
    default: return undefined;
  }
}

function thresholdsOf(payload: Record<string, unknown>): Record<string, unknown> {
  const options = payload['options'];
  const t = isObject(options) ? options['thresholds'] : undefined;
  return isObject(t) ? t : {};
}

function numberOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function unsupported(reason: string): BacktestSpec {
  return { supported: false, reason };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
