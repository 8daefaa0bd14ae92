// The canonical form of a Datadog SLO, applied to both what vigil sends and what Datadog returns, so an SLO read back
// right after apply compares equal: tags lowercased and sorted, thresholds sorted by timeframe with numbers as
// numbers, read-only `*_display`, ids, creator and timestamps dropped, the `query` Datadog derives from an
// `sli_specification` ignored, and time-slice defaults filled. Facts: ../shared/reference/apis.md §1.7.
import { SLO_TIMEFRAMES } from '../../ir/slo.ts';
import { HASH_TAG_PREFIX } from '../ownership.ts';

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
  if (isObject(spec) && (isObject(spec.count) || isObject(spec.time_slice))) {
    out.sli_specification = isObject(spec.count) ? { count: count(spec.count) } : { time_slice: timeSlice(spec.time_slice as JsonObject) };
  } else if (type === 'metric' && isObject(input.query)) {
    out.query = { denominator: trimmed(input.query.denominator), numerator: trimmed(input.query.numerator) };
  }
  return out;
}

/** Lowercased (Datadog lowercases SLO tags), deduplicated, sorted, without the content-hash tag. */
export function normalizeSloTags(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return [...new Set(v.map((t) => String(t).toLowerCase()).filter((t) => !t.startsWith(HASH_TAG_PREFIX)))].sort();
}

function count(c: JsonObject): JsonObject {
  const out: JsonObject = { queries: queries(c.queries) };
  for (const key of ['bad_events_formula', 'good_events_formula', 'total_events_formula']) {
    const f = c[key];
    if (isObject(f)) out[key] = { formula: trimmed(f.formula) };
  }
  return out;
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
