// Server-side normalization of monitors, as the recorded real responses show it: stored type, option defaults,
// threshold cleanup, `multi`.
import { type JsonObject, isObject } from './model.ts';

/** `MonitorType` enum of the official client (apis.md §1.9). */
export const MONITOR_TYPES: ReadonlySet<string> = new Set([
  'composite', 'event alert', 'log alert', 'metric alert', 'process alert', 'query alert', 'rum alert',
  'service check', 'synthetics alert', 'trace-analytics alert', 'slo alert', 'event-v2 alert', 'audit alert',
  'ci-pipelines alert', 'ci-tests alert', 'error-tracking alert', 'database-monitoring alert',
  'network-performance alert', 'cost alert', 'data-quality alert', 'network-path alert', 'data-jobs alert',
  'llm-observability alert',
]);

/** Types whose stored options gain `groupby_simple_monitor: false` (OBSERVED for exactly these; cost, data-jobs,
 * data-quality, metric and synthetics monitors do not get it). */
const GROUPBY_SIMPLE_TYPES = new Set(['log alert', 'ci-pipelines alert', 'ci-tests alert', 'rum alert', 'llm-observability alert']);

/**
 * The type the API stores. OBSERVED: `metric alert` with `avg(current_1mo):…` came back as `query alert` (2023), and
 * `query alert` with `formula("query1")…` came back as `metric alert` (2026). Rule inferred from those two: metric
 * monitors on formula queries are stored as `metric alert`, all other metric monitors as `query alert`.
 */
export function storedType(type: string, query: string): string {
  if (type !== 'metric alert' && type !== 'query alert') return type;
  return /^\s*formula\(/.test(query) ? 'metric alert' : 'query alert';
}

/**
 * Options as stored: what was sent (explicit nulls included, OBSERVED), `thresholds.<k>: null` removed (OBSERVED on
 * PUT), then the server defaults for keys not sent, in the recorded order.
 */
export function normalizeOptions(type: string, sent: JsonObject | undefined): JsonObject {
  const options: JsonObject = {};
  for (const [key, value] of Object.entries(sent ?? {})) {
    options[key] = key === 'thresholds' && isObject(value) ? cleanThresholds(value) : value;
  }
  const defaults: JsonObject = { notify_no_data: false, notify_audit: false, new_host_delay: 300, include_tags: true };
  if (GROUPBY_SIMPLE_TYPES.has(type)) defaults['groupby_simple_monitor'] = false;
  defaults['silenced'] = {};
  for (const [key, value] of Object.entries(defaults)) if (!(key in options)) options[key] = value;
  return options;
}

function cleanThresholds(thresholds: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(thresholds)) {
    if (value === null) continue;
    out[key] = toNumber(value) ?? value;
  }
  return out;
}

/** Thresholds come back as floats; numeric strings are accepted and stored as numbers (inference). */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
