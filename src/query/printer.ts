// Canonical text of a metric query: single spaces around comparators and binary operators, no spaces inside
// scope and group lists (a multilayer aggregation's `{ env }` prints `{env}`), `, ` between function arguments. Printing a parsed query and parsing it again gives the
// same tree, so the printed form is a fixed point.
import type {
  FunctionArg, Literal, MethodCall, MetricExpr, MetricQuery, MetricTerm, Scope, ScopeNode, TimeAggregation,
} from './ast.ts';

/**
 * The canonical text of a metric query.
 * @example printMetricQuery(ast) // 'avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90'
 */
export function printMetricQuery(q: MetricQuery): string {
  const head = `${printTimeAggregation(q.time)}:${printMetricExpr(q.expr)}`;
  if (q.comparator === undefined || q.threshold === undefined) return head;
  const by = q.trailingGroupBy ? ` by {${q.trailingGroupBy.join(',')}}` : '';
  return `${head} ${q.comparator} ${printNumber(q.threshold)}${by}`;
}

/** `avg(last_5m)` or `pct_change(avg(last_5m),last_1h)`. */
export function printTimeAggregation(t: TimeAggregation): string {
  const inner = `${t.aggregation}(${t.window})`;
  return t.kind === 'window' ? inner : `${t.change}(${inner},${t.shift})`;
}

/** Binding strength: sums < products < negation < operands. */
function precedence(e: MetricExpr): number {
  if (e.kind === 'binary') return e.op === '+' || e.op === '-' ? 1 : 2;
  if (e.kind === 'negate') return 3;
  if (e.kind === 'number' && e.value < 0) return 3;
  return 4;
}

function wrap(e: MetricExpr, needed: boolean): string {
  const text = printMetricExpr(e);
  return needed ? `(${text})` : text;
}

/** The canonical text of a metric expression, with parentheses wherever precedence needs them. @example 'sum:a{*} / (sum:b{*} + 1)' */
export function printMetricExpr(e: MetricExpr): string {
  switch (e.kind) {
    case 'metric': return printTerm(e);
    case 'number': return printNumber(e.value);
    case 'paren': return `(${printMetricExpr(e.inner)})`;
    case 'negate': return `-${wrap(e.operand, precedence(e.operand) < 3)}`;
    case 'call': return `${e.name}(${e.args.map(printArgument).join(', ')})`;
    case 'binary': {
      const p = precedence(e);
      // Trees are left-leaning as parsed; a right operand of equal strength keeps its grouping with parentheses.
      return `${wrap(e.left, precedence(e.left) < p)} ${e.op} ${wrap(e.right, precedence(e.right) <= p)}`;
    }
  }
}

/** `sum:requests{env:prod} by {host}.as_count()` */
export function printTerm(t: MetricTerm): string {
  const by = t.groupBy.length > 0 ? ` by {${t.groupBy.join(',')}}` : '';
  const aggregation = t.implicitAggregation ? '' : `${t.aggregation}:`;
  return `${aggregation}${t.metric}{${printScope(t.scope)}}${by}${t.methods.map(printMethod).join('')}`;
}

function printMethod(m: MethodCall): string {
  return `.${m.name}(${m.args.map(printLiteral).join(', ')})`;
}

function printArgument(a: FunctionArg): string {
  const v = a.value;
  const text = v.kind === 'groups' ? `{${v.tags.join(',')}}` : v.kind === 'string' || v.kind === 'ident' ? printLiteral(v) : printMetricExpr(v);
  return a.name === undefined ? text : `${a.name}=${text}`;
}

function printLiteral(l: Literal): string {
  switch (l.kind) {
    case 'string': return quote(l.value);
    case 'number': return printNumber(l.value);
    case 'ident': return l.name;
  }
}

/** Single quotes, as Datadog writes function arguments; double quotes when the value holds a single quote. */
function quote(value: string): string {
  const escaped = value.includes('\\') ? value.replace(/\\/g, '\\\\') : value;
  if (!value.includes("'")) return `'${escaped}'`;
  return `"${escaped.replace(/"/g, '\\"')}"`;
}

export function printNumber(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** The inside of a scope's braces: `env:prod,!host:a` or `env:prod AND region IN (a,b)`. */
export function printScope(scope: Scope): string {
  return scope.items.map((n) => printScopeNode(n, 0)).join(',');
}

/** `outer`: 0 top level or inside parentheses, 1 inside OR, 2 inside AND, 3 under NOT. */
function printScopeNode(n: ScopeNode, outer: number): string {
  switch (n.kind) {
    case 'tag': return n.negated ? `!${n.tag}` : n.tag;
    case 'in': return `${n.key} ${n.negated ? 'NOT IN' : 'IN'} (${n.values.join(',')})`;
    case 'group': return `(${printScopeNode(n.inner, 0)})`;
    case 'not': return `NOT ${printScopeNode(n.operand, 3)}`;
    case 'and':
    case 'or': {
      const own = n.kind === 'or' ? 1 : 2;
      const text = n.operands.map((o) => printScopeNode(o, own)).join(n.kind === 'or' ? ' OR ' : ' AND ');
      return outer > own ? `(${text})` : text;
    }
  }
}
