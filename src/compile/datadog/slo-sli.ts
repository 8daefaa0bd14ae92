// A count-based (metric) SLI reads the same whichever form carries it. Datadog's 2026 API documents
// `sli_specification.count` (good, total or bad event formulas over named queries) and keeps `query`
// ({numerator, denominator}) for backwards compatibility; the server now answers with both, deriving one from the
// other (datadog-tf-cassettes: TestAccDatadogServiceLevelObjective_MetricQueryToCountTransition derives
// `sli_specification` from `query`, …_BadEventsToMetricQueryTransition derives `query.denominator` as
// "(good) + (bad)" from a bad-events formula, and re-derives `total_events_formula` "(query1 + query2)" after a
// `query` update). Comparing the good and total event expressions, with each query name replaced by its query and
// redundant parentheses removed, makes every pair of forms the server produces compare equal.
import type { MetricExpr } from '../../query/ast.ts';
import { Scanner } from '../../query/lexer.ts';
import { parseExpr } from '../../query/metric-parser.ts';
import { printMetricExpr } from '../../query/printer.ts';

/** Good and total events of a count-based SLI, as canonical expression text. */
export interface CountSli {
  good: string;
  total: string;
}

/** The SLI of a count-based SLO from `sli_specification.count` when present, else from `query`; undefined for neither. */
export function countSli(slo: Record<string, unknown>): CountSli | undefined {
  const spec = slo.sli_specification;
  const count = isObject(spec) && isObject(spec.count) ? spec.count : undefined;
  if (count) return fromCountSpec(count);
  const query = slo.query;
  if (isObject(query) && (typeof query.numerator === 'string' || typeof query.denominator === 'string')) {
    return { good: canonicalExpression(text(query.numerator)), total: canonicalExpression(text(query.denominator)) };
  }
  return undefined;
}

function fromCountSpec(count: Record<string, unknown>): CountSli {
  const queries = new Map<string, string>();
  for (const q of Array.isArray(count.queries) ? count.queries : []) {
    if (isObject(q) && typeof q.name === 'string') queries.set(q.name, text(q.query));
  }
  const formula = (key: string): string | undefined => {
    const f = count[key];
    return isObject(f) && typeof f.formula === 'string' ? substitute(f.formula, queries) : undefined;
  };
  const good = formula('good_events_formula');
  const total = formula('total_events_formula');
  const bad = formula('bad_events_formula');
  // Exactly one of total and bad is given; the other follows: total = good + bad.
  return {
    good: canonicalExpression(good ?? (total !== undefined && bad !== undefined ? `(${total}) - (${bad})` : '')),
    total: canonicalExpression(total ?? (good !== undefined && bad !== undefined ? `(${good}) + (${bad})` : '')),
  };
}

/** Each query name in a formula replaced by its query in parentheses. Names are identifiers: `query1`, `errors`. */
function substitute(formula: string, queries: ReadonlyMap<string, string>): string {
  return formula.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
    const q = queries.get(name);
    return q === undefined ? name : `(${q})`;
  });
}

/**
 * An arithmetic expression over metric queries, printed by the query printer with only the parentheses precedence
 * needs. Text the parser does not read is compared with its whitespace collapsed, so an odd query never throws.
 */
export function canonicalExpression(expression: string): string {
  const trimmed = expression.trim();
  if (trimmed === '') return '';
  try {
    const s = new Scanner(trimmed);
    const e = parseExpr(s);
    s.skipSpace();
    if (s.atEnd()) return printMetricExpr(withoutParens(e));
  } catch {
    // not a metric expression the parser knows: compared as text below
  }
  return trimmed.replace(/\s+/g, ' ');
}

/** True when `expression` is one metric query (`sum:a{*}.as_count()`), not arithmetic over several. */
export function isSingleQuery(expression: string): boolean {
  try {
    const s = new Scanner(expression.trim());
    const e = parseExpr(s);
    s.skipSpace();
    return s.atEnd() && withoutParens(e).kind === 'metric';
  } catch {
    return false;
  }
}

function withoutParens(e: MetricExpr): MetricExpr {
  switch (e.kind) {
    case 'paren': return withoutParens(e.inner);
    case 'negate': return { ...e, operand: withoutParens(e.operand) };
    case 'binary': return { ...e, left: withoutParens(e.left), right: withoutParens(e.right) };
    default: return e;
  }
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
