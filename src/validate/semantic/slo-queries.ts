// The metric queries inside an SLO's SLI. vigil's monitor-query parser checks them: each query is read as the body
// of a metric monitor (`sum(last_5m):<query> > 0`), so a typo points at its character. Count-based (metric) SLOs
// also need the `sum` space aggregator: "Datadog only allows the sum by aggregator" (slo.md §5.1).
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { SloDefinition } from '../../ir/slo.ts';
import { isExprArg, parseQuery, type MetricExpr } from '../../query/index.ts';
import { problem } from './context.ts';

const PREFIX = 'sum(last_5m):';

export function checkSliQueries(def: SloDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const count = def.type === 'metric';
  const check = (path: string, field: string, query: string | undefined) => {
    if (query === undefined) return;
    const d = checkOne(def, path, field, query, count);
    if (d) out.push(d);
  };
  if (def.type === 'metric') {
    for (const k of ['good', 'bad', 'total'] as const) check(`/${k}`, k, def[k]);
    for (const [name, q] of Object.entries(def.formulas?.queries ?? {})) check(`/formulas/queries/${esc(name)}`, `formulas.queries.${name}`, q);
  }
  if (def.type === 'time_slice' && def.timeSlice) {
    check('/timeSlice/query', 'timeSlice.query', def.timeSlice.query);
    for (const [name, q] of Object.entries(def.timeSlice.queries ?? {})) check(`/timeSlice/queries/${esc(name)}`, `timeSlice.queries.${name}`, q);
  }
  return out;
}

function checkOne(def: SloDefinition, path: string, field: string, query: string, countBased: boolean): Diagnostic | undefined {
  const parsed = parseQuery('query alert', `${PREFIX}${query} > 0`);
  if (!parsed.ok) {
    const offset = Math.min(Math.max(0, parsed.error.offset - PREFIX.length), query.length);
    return problem(def, path, 'slo-query', `"${field}" is not a valid metric query at character ${offset + 1}: ${parsed.error.message}`,
      `${parsed.error.hint ? `${parsed.error.hint}; ` : ''}near: ${query.slice(Math.max(0, offset - 20), offset)}⟨here⟩${query.slice(offset, offset + 20)}`);
  }
  if (!countBased || parsed.ast.kind !== 'metric') return undefined;
  const bad = aggregations(parsed.ast.expr).filter((a) => a !== 'sum');
  if (bad.length) {
    return problem(def, path, 'slo-query',
      `"${field}" aggregates with "${bad[0]}:"; a metric SLO counts events, and Datadog only accepts the "sum" aggregator there`,
      `write "sum:${query.replace(/^\s*\w+:/, '')}"`);
  }
  return undefined;
}

function aggregations(e: MetricExpr): string[] {
  switch (e.kind) {
    case 'metric': return [e.aggregation];
    case 'binary': return [...aggregations(e.left), ...aggregations(e.right)];
    case 'negate': return aggregations(e.operand);
    case 'paren': return aggregations(e.inner);
    case 'call': return e.args.flatMap((a) => (isExprArg(a.value) ? aggregations(a.value) : []));
    case 'number': return [];
  }
}

function esc(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
