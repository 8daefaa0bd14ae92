// Building monitor records and rendering them per endpoint. The endpoints differ only slightly (OBSERVED): create and
// PUT answers add `restriction_policy: null` and carry `assets` with their `monitor_id`; PUT drops `creator`; a GET
// carries `assets` only with `?with_assets=true`, and list items never do; list items and `?with_downtimes=true` add
// `matching_downtimes`; an active downtime shows up in `options.silenced`.
import { type DowntimeRecord, type JsonObject, type MonitorRecord, ORG_ID, USER, isObject } from './model.ts';
import { Float } from './json-floats.ts';
import { normalizeOptions, storedType } from './monitor-normalize.ts';
import type { MonitorInput } from './monitor-validate.ts';
import type { DatadogStore } from './store.ts';
import { isoMicros } from './time.ts';

export function buildMonitor(id: number, input: MonitorInput & { type: string; query: string }, multi: boolean, now: number): MonitorRecord {
  const type = storedType(input.type, input.query);
  return {
    id,
    org_id: ORG_ID,
    type,
    name: trimmed(input.name) ?? '', // invented default: every recorded create sends a name
    message: trimmed(input.message) ?? '', // invented default
    tags: input.tags ?? [],
    query: input.query.trim(),
    options: normalizeOptions(type, input.options),
    multi,
    created_at: now,
    created: isoMicros(now),
    modified: isoMicros(now),
    deleted: null,
    priority: input.priority ?? null,
    restricted_roles: input.restricted_roles ?? null,
    draft_status: input.draft_status ?? 'published',
    assets: storedAssets(input.assets ?? []),
    overall_state_modified: null,
    overall_state: 'No Data', // the sandbox never evaluates monitors
    creator: { name: USER.name, handle: USER.handle, email: USER.email, id: USER.id },
  };
}

/** PUT: top-level fields sent replace, fields not sent are kept, `options` is replaced wholesale and the defaults
 * re-applied (OBSERVED), `modified` is bumped. */
export function applyUpdate(m: MonitorRecord, input: MonitorInput, multi: boolean, now: number): MonitorRecord {
  const query = input.query ?? m.query;
  const type = storedType(input.type ?? m.type, query);
  return {
    ...m,
    type,
    name: trimmed(input.name) ?? m.name,
    message: trimmed(input.message) ?? m.message,
    tags: input.tags ?? m.tags,
    query: query.trim(),
    options: input.options ? normalizeOptions(type, input.options) : m.options,
    multi,
    modified: isoMicros(now),
    priority: input.priority !== undefined ? input.priority : m.priority,
    restricted_roles: input.restricted_roles !== undefined ? input.restricted_roles : m.restricted_roles,
    draft_status: input.draft_status ?? m.draft_status,
    assets: input.assets ? storedAssets(input.assets) : m.assets,
  };
}

/** Name and message are trimmed server side (Datadog's maintainers, terraform-provider-datadog PR #1291: "name and
 * message are trimmed server side"); so is the query, which the provider compares trimmed for that reason. */
function trimmed(value: string | undefined): string | undefined {
  return value?.trim();
}

/** OBSERVED (TestAccDatadogMonitor_Assets, 2025-12): each asset comes back with `template_variables: {}`,
 * `options: {}` and `resource_key`/`resource_type` null when not sent, in this key order. */
function storedAssets(assets: unknown[]): JsonObject[] {
  return assets.map((a) => {
    const asset = (a ?? {}) as JsonObject;
    return {
      name: asset['name'], category: asset['category'], url: asset['url'],
      template_variables: asset['template_variables'] ?? {}, options: asset['options'] ?? {},
      resource_key: asset['resource_key'] ?? null, resource_type: asset['resource_type'] ?? null,
    };
  });
}

export type MonitorVariant = 'get' | 'create' | 'update' | 'list';

export interface ViewFlags {
  /** `?with_downtimes=true`: add `matching_downtimes`. */
  withDowntimes?: boolean;
  /** `?with_assets=true`: add `assets`. */
  withAssets?: boolean;
}

export function monitorView(store: DatadogStore, m: MonitorRecord, now: number, variant: MonitorVariant, flags: ViewFlags = {}): JsonObject {
  const downtimes = store.downtimes.size === 0 ? [] : matchingDowntimes(store, m);
  const active = downtimes.filter((d) => isActive(d, now));
  let options = active.length === 0 ? m.options : { ...m.options, silenced: silenced(m.options['silenced'], active) };
  // Thresholds are written as floats (json-floats.ts), except a service check's, which count check runs and stay
  // integers (OBSERVED: TestAccDatadogMonitorServiceCheck_Basic, `"critical":1,"ok":1,"warning":1`).
  const thresholds = options['thresholds'];
  if (m.type !== 'service check' && isObject(thresholds)) {
    const floats: JsonObject = {};
    for (const [k, v] of Object.entries(thresholds)) floats[k] = typeof v === 'number' ? new Float(v) : v;
    options = { ...options, thresholds: floats };
  }
  const written = variant === 'create' || variant === 'update';
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'creator' && variant === 'update') continue;
    if (key === 'assets') {
      // 2026: a GET answers `assets` only when asked (OBSERVED: TestAccDatadogMonitor_Assets and every 2026 GET
      // without the flag); create and PUT answers tie each asset to the monitor.
      if (written) out[key] = m.assets.map((a) => ({ monitor_id: m.id, ...(a as JsonObject) }));
      else if (variant === 'get' && flags.withAssets) out[key] = m.assets;
      continue;
    }
    out[key] = key === 'options' ? options : value;
    // OBSERVED: create and PUT answers carry `restriction_policy: null` after `restricted_roles`; reads do not.
    if (key === 'restricted_roles' && written) out['restriction_policy'] = null;
  }
  if (variant === 'list' || flags.withDowntimes) {
    out['matching_downtimes'] = downtimes.map((d) => ({
      id: d.id, active: isActive(d, now), monitor_id: d.monitor_id, start: d.start, end: d.end, scope: d.scope,
      groups: ['total'], // OBSERVED for a simple and a multi monitor alike; the sandbox has no groups
    }));
  }
  return out;
}

/** Downtimes that apply to a monitor: by id, or by monitor tags (`["*"]` is every monitor). Canceled or expired
 * ones no longer match (inference). */
export function matchingDowntimes(store: DatadogStore, m: MonitorRecord): DowntimeRecord[] {
  const out: DowntimeRecord[] = [];
  for (const d of store.downtimes.values()) {
    if (d.canceled !== null || d['disabled'] === true) continue;
    if (d.monitor_id !== null ? d.monitor_id === m.id : d.monitor_tags.every((t) => t === '*' || m.tags.includes(t))) out.push(d);
  }
  return out;
}

export function isActive(d: DowntimeRecord, now: number): boolean {
  const seconds = now / 1000;
  return d.canceled === null && d.start <= seconds && (d.end === null || seconds < d.end);
}

/** OBSERVED: a downtime with scope `["*"]` ending at E turns `silenced` into `{"*": E}`. */
function silenced(stored: unknown, downtimes: DowntimeRecord[]): JsonObject {
  const out: JsonObject = { ...(stored as JsonObject | undefined) };
  for (const d of downtimes) for (const scope of d.scope) out[scope] = d.end;
  return out;
}
