// SLO request checks and the stored form, as the recorded real responses show it: sorted tags, server-rendered
// `*_display`, `type_id`, primary-window fields, a `query` derived from `sli_specification`, epoch-second times.
import type { SandboxResponse } from '../http-types.ts';
import { MESSAGES, ddError } from './errors.ts';
import { type JsonObject, type SloRecord, USER, isObject } from './model.ts';
import type { DatadogStore } from './store.ts';

export const SLO_TYPE_IDS: Readonly<Record<string, number>> = { monitor: 0, metric: 1, time_slice: 2 }; // OBSERVED 1; spec order
const TIMEFRAMES = new Set(['7d', '30d', '90d']); // "custom" is not accepted for create/update (client docs)

type Checked = { ok: true; slo: JsonObject } | { ok: false; response: SandboxResponse };

/** "Invalid payload: …" is the real prefix (OBSERVED); details other than the two recorded ones are invented. */
const bad = (detail: string): Checked => ({ ok: false, response: ddError(400, `Invalid payload: ${detail}`) });

/** Checks a create or update body. On update the stored type governs (OBSERVED: a PUT of a metric SLO sending
 * `type: monitor` without a query is refused with the metric wording). */
export function checkSlo(store: DatadogStore, body: unknown, existingType?: string): Checked {
  if (!isObject(body)) return { ok: false, response: ddError(400, MESSAGES.invalidJson) };
  const type = existingType ?? body['type'];
  if (typeof body['name'] !== 'string' || body['name'].trim() === '') return bad('must specify a name');
  if (typeof type !== 'string' || !(type in SLO_TYPE_IDS)) return bad('type must be one of metric, monitor, time_slice');
  const thresholds = body['thresholds'];
  if (!Array.isArray(thresholds) || thresholds.length === 0) return bad('must specify thresholds');
  for (const t of thresholds) {
    if (!isObject(t) || typeof t['timeframe'] !== 'string' || !TIMEFRAMES.has(t['timeframe'])) return bad('invalid threshold timeframe');
    const target = t['target'];
    if (typeof target !== 'number' || !(target > 0 && target < 100)) return bad('threshold target must be between 0 and 100');
    const warning = t['warning'];
    if (warning !== undefined && warning !== null && !(typeof warning === 'number' && warning > target && warning < 100)) {
      return bad('threshold warning must be greater than the target and below 100');
    }
  }
  if (body['tags'] !== undefined && !(Array.isArray(body['tags']) && body['tags'].every((t) => typeof t === 'string'))) return bad('invalid tags');
  if (type === 'monitor') {
    const ids = body['monitor_ids'];
    if (!Array.isArray(ids) || ids.length === 0) return bad('must specify monitor_ids'); // OBSERVED
    if (!ids.every((id) => Number.isInteger(id))) return bad('invalid monitor_ids');
    const missing = ids.filter((id) => !store.monitors.has(id as number));
    if (missing.length > 0) return bad(`monitor(s) not found: ${missing.join(', ')}`);
    const groups = body['groups'];
    if (Array.isArray(groups) && groups.length > 0 && ids.length !== 1) return bad('groups can only be specified with a single monitor');
  }
  if (type === 'metric') {
    const q = body['query'];
    const count = isObject(body['sli_specification']) ? body['sli_specification']['count'] : undefined;
    const hasQuery = isObject(q) && typeof q['numerator'] === 'string' && typeof q['denominator'] === 'string';
    if (!hasQuery && !isObject(count)) return bad('must specify the query for count types'); // OBSERVED
  }
  if (type === 'time_slice') {
    const spec = body['sli_specification'];
    if (!isObject(spec) || !isObject(spec['time_slice'])) return bad('must specify sli_specification.time_slice for time slice types');
  }
  return { ok: true, slo: { ...body, type } };
}

/** The stored SLO, key order as recorded. `existing` keeps id, creator and creation time on update. */
export function buildSlo(id: string, body: JsonObject, now: number, existing?: SloRecord): SloRecord {
  const type = body['type'] as string;
  const thresholds = (body['thresholds'] as JsonObject[]).map((t) => renderThreshold(t, type));
  const primary = thresholds.find((t) => t['timeframe'] === body['timeframe']) ?? thresholds[0] ?? {};
  const slo: JsonObject = {
    id,
    name: body['name'],
    // Lowercased (the Terraform provider's MixedCaseTags acceptance test exists because the server lowercases SLO
    // tags) and sorted: OBSERVED sorted in 2024; 2025-26 answers list them in no stable order, even between two reads
    // of the same SLO (TestAccDatadogServiceLevelObjective_MixedCaseTags), so sorted is as good as any.
    tags: [...new Set((body['tags'] as string[] | undefined ?? []).map((t) => t.toLowerCase()))].sort(),
    monitor_tags: [],
    thresholds,
    type,
    type_id: SLO_TYPE_IDS[type],
    description: typeof body['description'] === 'string' ? body['description'] : '', // OBSERVED default ""
    timeframe: body['timeframe'] ?? primary['timeframe'],
  };
  const warning = body['warning_threshold'] ?? primary['warning'];
  if (warning !== undefined && warning !== null) slo['warning_threshold'] = warning;
  slo['target_threshold'] = body['target_threshold'] ?? primary['target'];
  if (type === 'monitor') slo['monitor_ids'] = body['monitor_ids'];
  const query = isObject(body['query']) ? body['query'] : derivedQuery(body['sli_specification']);
  if (type === 'metric' && query) slo['query'] = query;
  slo['creator'] = existing?.['creator'] ?? { name: USER.name, handle: USER.handle, email: USER.email };
  slo['created_at'] = existing?.created_at ?? Math.floor(now / 1000);
  slo['modified_at'] = Math.floor(now / 1000);
  if (body['groups'] !== undefined) slo['groups'] = body['groups'];
  if (isObject(body['sli_specification'])) slo['sli_specification'] = withTimeSliceDefaults(body['sli_specification']);
  else if (type === 'metric' && query) slo['sli_specification'] = derivedSpecification(query);
  return slo as SloRecord;
}

/** OBSERVED: `97` → `"97."`, `99.5` → `"99.5"`, whatever `*_display` the client sent. Precision per slo.md:
 * monitor SLOs 2 decimals on 7d/30d, otherwise 3. */
export function display(value: number, decimals = 3): string {
  return value.toFixed(decimals).replace(/0+$/, '');
}

/** The search index renders without the trailing dot (OBSERVED: `"95"`). */
export function searchDisplay(value: number): string {
  return display(value).replace(/\.$/, '');
}

function renderThreshold(t: JsonObject, type: string): JsonObject {
  const decimals = type === 'monitor' && t['timeframe'] !== '90d' ? 2 : 3;
  const out: JsonObject = { timeframe: t['timeframe'], target: t['target'], target_display: display(t['target'] as number, decimals) };
  if (typeof t['warning'] === 'number') {
    out['warning'] = t['warning'];
    out['warning_display'] = display(t['warning'], decimals);
  }
  return out;
}

/** OBSERVED: `good/total` → `{numerator: good, denominator: total}`; `good/bad` → denominator `(good) + (bad)`,
 * with query names replaced by their queries. `bad/total` (numerator `(total) - (bad)`) is inferred. */
function derivedQuery(spec: unknown): JsonObject | undefined {
  const count = isObject(spec) ? spec['count'] : undefined;
  if (!isObject(count) || !Array.isArray(count['queries'])) return undefined;
  const queries = new Map<string, string>();
  for (const q of count['queries']) if (isObject(q) && typeof q['name'] === 'string') queries.set(q['name'], String(q['query'] ?? ''));
  const expand = (f: unknown) => {
    const formula = isObject(f) && typeof f['formula'] === 'string' ? f['formula'] : undefined;
    return formula?.replace(/\b[A-Za-z_]\w*\b/g, (name) => queries.get(name) ?? name);
  };
  const good = expand(count['good_events_formula']);
  const bad = expand(count['bad_events_formula']);
  const total = expand(count['total_events_formula']);
  if (good && total) return { numerator: good, denominator: total };
  if (good && bad) return { numerator: good, denominator: `(${good}) + (${bad})` };
  if (bad && total) return { numerator: `(${total}) - (${bad})`, denominator: total };
  return undefined;
}

/** A metric query that stands alone in an SLO numerator or denominator: `sum:m{scope} by {g}.as_count()`. */
const METRIC_QUERY = /[a-z_]+:[\w.]+(?:\{[^}]*\})?(?:\s+by\s+\{[^}]*\})?(?:\.\w+\([^)]*\))*/g;

/**
 * Since 2026 a metric SLO sent with `query` comes back with an `sli_specification` derived from it (OBSERVED 2026-03
 * to 2026-06: TestAccDatadogServiceLevelObjective_MetricQueryToCountTransition, _BadEventsToMetricQueryTransition,
 * _ProviderIgnoreTagKeys). Each distinct metric query, numerator first, becomes `query1`, `query2`, …; a formula
 * that is more than one name is parenthesised, and parentheses around a single name go:
 * `(a) + (b)` → `(query1 + query2)`, `a - b` → `(query1 - query2)`.
 */
function derivedSpecification(query: JsonObject): JsonObject {
  const names = new Map<string, string>();
  const formula = (expression: unknown) => {
    const named = String(expression ?? '').replace(METRIC_QUERY, (q) => {
      if (!names.has(q)) names.set(q, `query${names.size + 1}`);
      return names.get(q) as string;
    }).trim().replace(/\((query\d+)\)/g, '$1');
    return { formula: /^query\d+$/.test(named) ? named : `(${named})` };
  };
  const good = formula(query['numerator']);
  const total = formula(query['denominator']);
  const queries = [...names].map(([q, name]) => ({ data_source: 'metrics', name, query: q }));
  return { count: { queries, good_events_formula: good, total_events_formula: total } };
}

/** apis.md: time-slice SLOs get `query_interval_seconds: 300` when not sent. */
function withTimeSliceDefaults(spec: JsonObject): JsonObject {
  const ts = spec['time_slice'];
  if (!isObject(ts) || ts['query_interval_seconds'] !== undefined) return spec;
  return { ...spec, time_slice: { ...ts, query_interval_seconds: 300 } };
}
