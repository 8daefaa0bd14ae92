// The canonical form of a Datadog monitor: what Datadog's server does to a payload (type aliasing, option defaults,
// dropped or ignored options, float thresholds, null vs absent), applied to both sides of a comparison, so a monitor
// read back right after vigil applied it compares equal to what vigil sent. Facts: ../shared/reference/apis.md §1.6.
import { HASH_TAG_PREFIX } from '../ownership.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The monitor fields vigil manages; everything else Datadog returns (ids, state, creator…) is not compared. */
export const MANAGED_MONITOR_FIELDS = ['message', 'name', 'options', 'priority', 'query', 'restricted_roles', 'tags', 'type'] as const;

/**
 * Option values Datadog fills in when they are not sent; equal to "absent" for comparison. Seen in the answers to
 * creates that left them out, across monitor types (datadog-recorded, datadog-tf-cassettes): `locked: false` on
 * Monitors__Create-a-ci-pipelines-monitor; `renotify_interval` 0 means "never", as null does, and Datadog's own
 * integration monitors carry it as 0 (../shared/reality/monitors).
 */
const OPTION_DEFAULTS: Record<string, Json> = {
  notify_no_data: false,
  notify_audit: false,
  include_tags: true,
  new_host_delay: 300,
  silenced: {},
  groupby_simple_monitor: false,
  locked: false,
  renotify_interval: 0,
};

/**
 * The options vigil can send, in wire names: the properties of `$defs/options` in schemas/monitor.schema.json (a
 * test keeps the two equal). A live option outside this set that the desired payload does not send either is
 * Datadog's, not vigil's — a field the API adds tomorrow (`avalanche_window` on RUM and data-quality monitors,
 * `silenced` while a downtime mutes the monitor) — and is left out of the comparison.
 */
export const MANAGED_OPTION_KEYS: ReadonlySet<string> = new Set([
  'aggregation', 'enable_logs_sample', 'enable_samples', 'escalation_message', 'evaluation_delay',
  'group_retention_duration', 'groupby_simple_monitor', 'include_tags', 'locked', 'min_failure_duration',
  'min_location_failed', 'new_group_delay', 'new_host_delay', 'no_data_timeframe', 'notification_preset_name',
  'notify_audit', 'notify_by', 'notify_no_data', 'on_missing_data', 'renotify_interval', 'renotify_occurrences',
  'renotify_statuses', 'require_full_window', 'scheduling_options', 'threshold_windows', 'thresholds', 'timeout_h',
  'variables',
]);

/**
 * The part of a live monitor that vigil compares with `desired` (a payload as vigil sends it): the managed top-level
 * fields, the options `desired` sends or vigil manages, and `restricted_roles` only when `desired` sets them — with
 * none set, access is left to Datadog restriction policies, whose roles the API reports in `restricted_roles`
 * (datadog-tf-cassettes: TestAccDatadogMonitor_WithRestrictionPolicy).
 */
export function managedMonitorView(live: Record<string, unknown>, desired: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const key of MANAGED_MONITOR_FIELDS) if (key in live) view[key] = live[key];
  if (desired.restricted_roles === null || desired.restricted_roles === undefined) view.restricted_roles = null;
  const options = live.options;
  if (isObject(options as Json)) {
    const sent = isObject(desired.options as Json) ? (desired.options as JsonObject) : {};
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(options as JsonObject)) {
      if (key in sent || MANAGED_OPTION_KEYS.has(key)) kept[key] = (options as JsonObject)[key];
    }
    view.options = kept;
  }
  return view;
}

/** Canonical form of a monitor, from a vigil payload or from Datadog's JSON. Idempotent. */
export function normalizeMonitor(input: Record<string, unknown>): JsonObject {
  const type = input.type === 'metric alert' ? 'query alert' : String(input.type ?? '');
  const out: JsonObject = {
    message: trimmed(input.message),
    name: trimmed(input.name),
    options: normalizeOptions(type, (input.options ?? {}) as JsonObject),
    priority: priority(input.priority),
    query: trimmed(input.query),
    restricted_roles: normalizeRoles(input.restricted_roles),
    tags: normalizeTags(input.tags),
    type,
  };
  return out;
}

/** Priorities run from 1 to 5; Datadog stores a sent 0 as null (TestAccDatadogMonitor_BasicNoTreshold). */
function priority(v: unknown): Json {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (n === 0 || n === null || n === undefined) return null;
  return typeof n === 'number' && !Number.isNaN(n) ? n : (v as Json);
}

function trimmed(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function normalizeRoles(v: unknown): Json {
  return Array.isArray(v) && v.length > 0 ? [...new Set(v.map(String))].sort() : null;
}

/** Sorted, without the content-hash tag (it describes the payload, it is not part of it). */
export function normalizeTags(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  if (isCanonical(v)) return v.slice(); // what compile builds: sorted already, and no hash tag yet
  return [...new Set(v.map(String).filter((t) => !t.startsWith(HASH_TAG_PREFIX)))].sort();
}

/** Strings in strictly ascending order (so none repeats), none of them the content-hash tag. */
function isCanonical(tags: unknown[]): tags is string[] {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (typeof tag !== 'string' || tag.startsWith(HASH_TAG_PREFIX) || (i > 0 && !((tags[i - 1] as string) < tag))) return false;
  }
  return true;
}

function normalizeOptions(type: string, options: JsonObject): JsonObject {
  // What the rules below leave out is skipped as the copy is made, not deleted after: a delete turns the copy into a
  // slow dictionary-mode object in V8, and this runs for every monitor compiled or read.
  // no_data_timeframe only matters when no-data notifications are on; Datadog keeps or drops it inconsistently.
  const noData = options.notify_no_data === true;
  // A custom schedule forces full-window evaluation off.
  const scheduling = options.scheduling_options;
  const customSchedule = isObject(scheduling) && Boolean(scheduling.custom_schedule);
  const out: JsonObject = {};
  for (const key of Object.keys(options).sort()) {
    const value = numeric(options[key]);
    if (value === null || value === undefined) continue; // Datadog echoes explicit nulls; null means "not set"
    if (key in OPTION_DEFAULTS && deepEqual(value, OPTION_DEFAULTS[key]!)) continue;
    if ((key === 'no_data_timeframe' && !noData) || (key === 'require_full_window' && customSchedule)) continue;
    if (key === 'scheduling_options' && value && Object.keys(value).length === 0) continue; // an empty schedule is none
    if (key === 'thresholds') {
      const thresholds = normalizeThresholds(type, value);
      if (thresholds) out.thresholds = thresholds;
      continue;
    }
    out[key] = key === 'variables' ? value : key === 'silenced' ? silencedScopes(value) : sortDeep(value);
  }
  return out;
}

/**
 * Muted scopes, each with its end: a sent end of 0 is stored as null, "until unmuted", as a sent null is (OBSERVED
 * 2020 in a Terraform provider acceptance test: `{"*": 0}` sent, `{"*": null}` read back).
 */
function silencedScopes(value: Json): Json {
  if (!isObject(value)) return sortDeep(value);
  const out: JsonObject = {};
  for (const scope of Object.keys(value).sort()) out[scope] = value[scope] === 0 ? null : sortDeep(value[scope]!);
  return out;
}

/**
 * A number sent as a string is the number: Datadog's integration monitors carry `"renotify_interval": "0"` and the
 * API answers options with numbers (../shared/reality/monitors).
 */
function numeric(v: Json | undefined): Json | undefined {
  return typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function normalizeThresholds(type: string, value: Json | undefined): JsonObject | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v === null || v === undefined) continue;
    // ok/unknown are service-check counts; other monitor types ignore them.
    if ((key === 'ok' || key === 'unknown') && type !== 'service check') continue;
    out[key] = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : sortDeep(v);
  }
  return Object.keys(out).length ? out : undefined;
}

function sortDeep(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortDeep);
  if (v === null || typeof v !== 'object') return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) out[k] = sortDeep(v[k]!);
  return out;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
