import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { QueryFacts } from '../../query/parsed-query.ts';
import { problem } from './context.ts';

/** Turns a parse failure into a diagnostic that shows the position inside the query. */
export function checkQuery(def: MonitorDefinition, parsed: QueryFacts): Diagnostic[] {
  if (parsed.ok) return [];
  const { message, offset, hint } = parsed.error;
  const start = Math.max(0, offset - 20);
  const excerpt = `${start > 0 ? '…' : ''}${def.query.slice(start, offset)}⟨here⟩${def.query.slice(offset, offset + 20)}${offset + 20 < def.query.length ? '…' : ''}`;
  return [problem(def, '/query', 'query-syntax', `"query" is not a valid ${def.type} query at character ${offset + 1}: ${message}`,
    `${hint ? `${hint}; ` : ''}near: ${excerpt}`)];
}
