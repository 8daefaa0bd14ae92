import type { MonitorDefinition } from '../ir/monitor.ts';
import { parseQuery, type QueryParseResult } from './query/index.ts';

const cache = new WeakMap<MonitorDefinition, { type: string; query: string; result: QueryParseResult }>();

/** A monitor's parsed query, parsed once per definition: validation and compile both need it. */
export function parsedQuery(def: MonitorDefinition): QueryParseResult {
  const hit = cache.get(def);
  if (hit && hit.query === def.query && hit.type === def.type) return hit.result;
  const result = parseQuery(def.type, def.query);
  cache.set(def, { type: def.type, query: def.query, result });
  return result;
}

/** Records a parse worked out elsewhere (the thread that read the file); checked against the query like any hit. */
export function rememberParsedQuery(def: MonitorDefinition, result: QueryParseResult): void {
  cache.set(def, { type: def.type, query: def.query, result });
}
