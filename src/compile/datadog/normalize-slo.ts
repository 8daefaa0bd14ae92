// The canonical form of a Datadog SLO, applied to both what vigil sends and what Datadog returns, so an SLO read back
// right after apply compares equal: tags lowercased and sorted, thresholds sorted by timeframe with numbers as
// numbers, read-only `*_display`, ids, creator and timestamps dropped, a count-based SLI compared as its good and
// total event expressions whichever form carries it, and time-slice defaults filled. Facts: ../shared/reference/apis.md §1.7.
import { SLO_TIMEFRAMES } from '../../ir/slo.ts';
import { HASH_TAG_PREFIX } from '../ownership.ts';
import { countSli } from './slo-sli.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Canonical form of an SLO, from a vigil payload or from Datadog's JSON. Idempotent. `target_threshold` and
 * `warning_threshold` are left out: they mirror the primary timeframe's threshold, which is compared.
 */
export function normalizeSlo(input: Record<string, unknown>): JsonObject {
  const type = String(input.type ?? '');
  const thresholds = (Array.isArray(input.thresholds) ? input.thresholds : [])
    .filter(isObject)
    .map((t) => {
      const out: JsonObject = { target: num(t.target), timeframe: String(t.timeframe ?? '') };
      if (t.warning !== null && t.warning !== undefined) out.warning = num(t.warning);
      return out;
    })
    .sort((a, b) => SLO_TIMEFRAMES.indexOf(a.timeframe as never) - SLO_TIMEFRAMES.indexOf(b.timeframe as never));
  const out: JsonObject = {
    description: trimmed(input.description),
    name: trimmed(input.name),
    tags: normalizeSloTags(input.tags),
    thresholds,
    timeframe: typeof input.timeframe === 'string' ? input.timeframe : String(thresholds[0]?.timeframe ?? ''),
    type,
  };
  if (type === 'monitor') {
    out.monitor_ids = (Array.isArray(input.monitor_ids) ? input.monitor_ids : []).map(String).sort();
    const groups = Array.isArray(input.groups) ? input.groups.map(String).sort() : [];
    if (groups.length) out.groups = groups;
  }
  const spec = input.sli_specification;
  if (isObject(spec) && isObject(spec.time_slice)) {
    out.sli_specification = { time_slice: timeSlice(spec.time_slice) };
  } else {
    // `query` and `sli_specification.count` are two spellings of one count-based SLI (see slo-sli.ts).
    const sli = countSli(input);
    if (sli) out.sli = { good: sli.good, total: sli.total };
  }
  return out;
}

/** Lowercased (Datadog lowercases SLO tags), deduplicated, sorted, without the content-hash tag. */
export function normalizeSloTags(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.map((t) => String(t).toLowerCase()).filter((t) => !t.startsWith(HASH_TAG_PREFIX)))].sort();
}

function timeSlice(ts: JsonObject): JsonObject {
  const q = isObject(ts.query) ? ts.query : {};
  return {
    comparator: String(ts.comparator ?? ''),
    query: {
      formulas: (Array.isArray(q.formulas) ? q.formulas : []).filter(isObject).map((f) => ({ formula: trimmed(f.formula) })),
      queries: queries(q.queries),
    },
    // Datadog adds 300 when it is not sent (apis.md).
    query_interval_seconds: ts.query_interval_seconds === undefined || ts.query_interval_seconds === null ? 300 : num(ts.query_interval_seconds),
    threshold: num(ts.threshold),
  };
}

/** Metric queries by name, with only the fields vigil sets. */
function queries(v: Json | undefined): JsonObject[] {
  return (Array.isArray(v) ? v : []).filter(isObject)
    .map((q) => ({ data_source: String(q.data_source ?? 'metrics'), name: String(q.name ?? ''), query: trimmed(q.query) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function num(v: unknown): Json {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return (v ?? null) as Json;
}

function trimmed(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
