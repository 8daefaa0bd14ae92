// The groups of a metric expression: the tag keys its result series are split by, which make a monitor alert per
// group. Multilayer space aggregation (`sum(<inner> by {a,b}, {a})`) regroups its inner query, so the groups of
// such a call are those of its outer layer, not every `by {…}` written inside it.
import type { FunctionArg, GroupList, MetricExpr, MetricTerm } from './ast.ts';

/**
 * The tag keys the series of `e` are grouped by, each once, in written order; empty when `e` yields one series.
 * Arithmetic keeps the groups of both sides (Datadog matches series by their tags); any function other than a
 * multilayer space aggregation keeps the groups of its metric arguments.
 * @example exprGroups(parse('sum(max:a{*} by {host,env}.rollup(max, 60), {env})')) // ['env']
 */
export function exprGroups(e: MetricExpr): string[] {
  const out: string[] = [];
  collect(e, out);
  return out;
}

function collect(e: MetricExpr, out: string[]): void {
  switch (e.kind) {
    case 'metric':
      add(termGroups(e), out);
      return;
    case 'number':
      return;
    case 'binary':
      collect(e.left, out);
      collect(e.right, out);
      return;
    case 'negate':
      collect(e.operand, out);
      return;
    case 'paren':
      collect(e.inner, out);
      return;
    case 'call': {
      const outer = groupListOf(e.args);
      if (outer) {
        add(outer.tags, out);
        return;
      }
      for (const a of e.args) if (isExprArg(a.value)) collect(a.value, out);
    }
  }
}

/** `by {…}` and the words of a `.by(…)` method, without `*`. */
function termGroups(t: MetricTerm): string[] {
  const words = t.methods.filter((m) => m.name === 'by').flatMap((m) => m.args.flatMap((a) => {
    if (a.kind === 'string') return a.value.split(',').map((w) => w.trim());
    return a.kind === 'ident' ? [a.name] : [];
  }));
  return [...t.groupBy, ...words].filter((g) => g !== '' && g !== '*');
}

/** The group list among a call's arguments, if it has one. */
export function groupListOf(args: readonly FunctionArg[]): GroupList | undefined {
  for (const a of args) if (a.value.kind === 'groups') return a.value;
  return undefined;
}

/** True for an argument that is a metric expression rather than a word, a string or a group list. */
export function isExprArg(value: FunctionArg['value']): value is MetricExpr {
  return value.kind !== 'string' && value.kind !== 'ident' && value.kind !== 'groups';
}

function add(tags: readonly string[], out: string[]): void {
  for (const t of tags) if (!out.includes(t)) out.push(t);
}
