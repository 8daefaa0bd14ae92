import type { MonitorDefinition } from '../ir/monitor.ts';
import { parseQuery, type QueryParseResult } from './index.ts';

/**
 * What validation and compile use of a parsed query: whether it parsed (or where it failed), its comparator,
 * threshold, grouping and references. The syntax tree is left out: nothing after the parse reads it, and keeping ten
 * thousand trees alive to the end of a run made every young-generation collection copy them.
 */
export type QueryFacts = Exclude<QueryParseResult, { ok: true }> | Omit<Extract<QueryParseResult, { ok: true }>, 'ast'>;

const cache = new WeakMap<MonitorDefinition, { type: string; query: string; facts: QueryFacts }>();

/** A monitor's parsed query, parsed once per definition: validation and compile both need it. */
export function parsedQuery(def: MonitorDefinition): QueryFacts {
  const hit = cache.get(def);
  if (hit && hit.query === def.query && hit.type === def.type) return hit.facts;
  const facts = queryFacts(parseQuery(def.type, def.query));
  cache.set(def, { type: def.type, query: def.query, facts });
  return facts;
}

function queryFacts(result: QueryParseResult): QueryFacts {
  if (!result.ok) return result;
  const { ast: _tree, ...facts } = result;
  return facts;
}
