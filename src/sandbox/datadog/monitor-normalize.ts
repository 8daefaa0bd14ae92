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

/** Types whose stored options gain `groupby_simple_monitor: false` (OBSERVED for exactly these, error-tracking
 * monitors since 2025-05; cost, data-jobs, data-quality, metric and synthetics monitors do not get it). */
const GROUPBY_SIMPLE_TYPES = new Set([
  'log alert', 'ci-pipelines alert', 'ci-tests alert', 'rum alert', 'llm-observability alert', 'error-tracking alert',
]);

/**
 * The type the API stores: the type sent, with two rewrites of metric monitors. A `query alert` on a formula query
 * comes back as `metric alert` (OBSERVED 2026: Monitors__Create-a-monitor-with-aggregate-filtered-query-variables,
 * TestAccDatadogMonitor_AggregateAugmentedQuery), and a `metric alert` evaluated over a calendar month
 * (`current_1mo`) comes back as `query alert` (OBSERVED 2023 and 2026: Monitors__Create-a-metric-monitor,
 * TestAccDatadogMonitor_SchedulingOptions). Every other type is kept as sent: a `metric alert` on `last_1h` or
 * `current_1h` stays one (TestAccDatadogMonitor_SchedulingOptionsHourStart, TestAccDatadogMonitor_Updated), and so
 * does a `query alert` on a classic query (TestAccDatadogMonitor_WithRestrictionPolicy).
 */
export function storedType(type: string, query: string): string {
  if (type === 'query alert' && /^\s*formula\(/.test(query)) return 'metric alert';
  if (type === 'metric alert' && /^\s*\w+\(current_1mo\)/.test(query)) return 'query alert';
  return type;
}

/**
 * Options as stored: what was sent (explicit nulls included, OBSERVED), `thresholds.<k>: null` removed (OBSERVED on
 * PUT), an empty `thresholds` dropped (OBSERVED: TestAccDatadogMonitor_Updated, TestAccDatadogMonitor_BasicNoTreshold,
 * composite monitors in TestAccDatadogMonitor_ComposeWithSyntheticsTest), then the server defaults for keys not sent.
 * `notify_no_data` is not defaulted when `on_missing_data` is sent, which replaces it (OBSERVED 2026:
 * TestAccDatadogMonitor_SchedulingOptionsCustomSchedule, TestAccDatadogMonitor_Import_OnMissingData_Conflict), nor
 * when a custom schedule is (OBSERVED 2023-11: a metric monitor created with `scheduling_options.custom_schedule` and
 * neither option came back without `notify_no_data`, while the other defaults were filled).
 */
export function normalizeOptions(type: string, sent: JsonObject | undefined): JsonObject {
  const options: JsonObject = {};
  for (const [key, value] of Object.entries(sent ?? {})) {
    if (key === 'silenced' && isObject(value)) {
      // A muted scope sent with end 0 is stored with end null, "until unmuted" (OBSERVED 2020 in a Terraform
      // provider acceptance test).
      options[key] = Object.fromEntries(Object.entries(value).map(([scope, end]) => [scope, end === 0 ? null : end]));
      continue;
    }
    if (key !== 'thresholds' || !isObject(value)) {
      options[key] = value;
      continue;
    }
    const thresholds = cleanThresholds(value);
    if (Object.keys(thresholds).length > 0) options[key] = thresholds;
  }
  const defaults: JsonObject = {};
  if (!('on_missing_data' in options) && !hasCustomSchedule(options)) defaults['notify_no_data'] = false;
  Object.assign(defaults, { notify_audit: false, new_host_delay: 300, include_tags: true });
  if (GROUPBY_SIMPLE_TYPES.has(type)) defaults['groupby_simple_monitor'] = false;
  defaults['silenced'] = {};
  for (const [key, value] of Object.entries(defaults)) if (!(key in options)) options[key] = value;
  return options;
}

function hasCustomSchedule(options: JsonObject): boolean {
  const scheduling = options['scheduling_options'];
  return isObject(scheduling) && isObject(scheduling['custom_schedule']);
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
