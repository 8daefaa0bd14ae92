// What the monitor routes need from a query: is it acceptable, is it grouped (`multi`), its comparator and
// threshold, and which monitors or SLOs it references. The answers come from vigil's query parser, which accepts
// every query the recordings show the real API accepting; a rejection carries the parser's message and position
// inside the real error form, except where the real text is recorded.
import type { CompositeExpr } from '../../query/ast.ts';
import { offsetToLineCol, parseQuery } from '../../query/index.ts';
import { MESSAGES, invalidParameter } from './errors.ts';

export type QueryCheck =
  | { ok: true; multi: boolean; comparator?: string; threshold?: number; monitorRefs: number[]; sloRefs: string[] }
  | { ok: false; message: string };

/** Types whose queries are event-platform searches (`logs("…")…last("5m") > 2`); their parser reports a missing
 * comparator as "invalid operator specified: " (OBSERVED for `log alert`). Grouping the others with it is inference. */
const SEARCH_TYPES = new Set([
  'log alert', 'rum alert', 'ci-pipelines alert', 'ci-tests alert', 'audit alert', 'trace-analytics alert',
  'error-tracking alert', 'database-monitoring alert', 'llm-observability alert', 'event-v2 alert',
  'network-performance alert', 'network-path alert', 'process alert', 'event alert',
]);

const TAIL = /\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i;

export function checkQuery(type: string, query: string): QueryCheck {
  if (query.trim() === '') return { ok: false, message: MESSAGES.queryInvalid };
  const parsed = parseQuery(type, query);
  if (!parsed.ok) return { ok: false, message: rejection(type, query, parsed.error) };
  const ast = parsed.ast;
  const monitorRefs: number[] = [];
  const sloRefs: string[] = [];
  if (ast.kind === 'composite') {
    // `${logical-id}` references are vigil's; the real API takes monitor ids only.
    const ref = parsed.refs[0];
    if (ref !== undefined) return { ok: false, message: invalidParameter('query', `"\${${ref}}" is not a monitor id`) }; // invented
    collectMonitorIds(ast.expr, monitorRefs);
  } else if (ast.kind === 'slo') {
    sloRefs.push(ast.slo);
  }
  const check: QueryCheck = { ok: true, multi: parsed.multi, monitorRefs, sloRefs };
  if (parsed.comparator !== undefined) check.comparator = parsed.comparator;
  if (parsed.threshold !== undefined) check.threshold = parsed.threshold;
  return check;
}

/**
 * The real text for a search query without a trailing comparator (OBSERVED: `invalid operator specified: ` for the
 * `log alert` query `query`); otherwise the parser's message with where it applies, e.g.
 * `The value provided for parameter 'query' is invalid: expected ":" after "avg(last_5m)", found "x" (at character 13)`.
 */
function rejection(type: string, query: string, error: { message: string; offset: number }): string {
  if (SEARCH_TYPES.has(type) && !TAIL.test(query)) {
    // The operator the real parser found, if any: the symbols before a trailing number.
    const op = /([^\w\s")]*)\s*-?[\d.]*\s*$/.exec(query.trim())?.[1] ?? '';
    return invalidParameter('query', `invalid operator specified: ${op}`);
  }
  const { line, col } = offsetToLineCol(query, error.offset);
  const where = line === 1 ? `at character ${col}` : `at line ${line}, character ${col}`;
  return invalidParameter('query', `${error.message} (${where})`);
}

/** Monitor ids in written order, each once. */
function collectMonitorIds(e: CompositeExpr, out: number[]): void {
  switch (e.kind) {
    case 'monitor-id':
      if (!out.includes(e.id)) out.push(e.id);
      return;
    case 'ref':
      return;
    case 'not':
      collectMonitorIds(e.operand, out);
      return;
    case 'group':
      collectMonitorIds(e.inner, out);
      return;
    case 'and':
    case 'or':
      collectMonitorIds(e.left, out);
      collectMonitorIds(e.right, out);
  }
}
