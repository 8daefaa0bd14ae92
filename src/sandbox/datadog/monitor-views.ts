// Building monitor records and rendering them per endpoint. The endpoints differ only slightly (OBSERVED): create adds
// `restriction_policy: null`, PUT drops `creator`, list items and `?with_downtimes=true` add `matching_downtimes`,
// and an active downtime shows up in `options.silenced`.
import { type DowntimeRecord, type JsonObject, type MonitorRecord, ORG_ID, USER } from './model.ts';
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
    name: input.name ?? '', // invented default: every recorded create sends a name
    message: input.message ?? '', // invented default
    tags: input.tags ?? [],
    query: input.query,
    options: normalizeOptions(type, input.options),
    multi,
    created_at: now,
    created: isoMicros(now),
    modified: isoMicros(now),
    deleted: null,
    priority: input.priority ?? null,
    restricted_roles: input.restricted_roles ?? null,
    draft_status: input.draft_status ?? 'published',
    assets: input.assets ?? [],
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
    name: input.name ?? m.name,
    message: input.message ?? m.message,
    tags: input.tags ?? m.tags,
    query,
    options: input.options ? normalizeOptions(type, input.options) : m.options,
    multi,
    modified: isoMicros(now),
    priority: input.priority !== undefined ? input.priority : m.priority,
    restricted_roles: input.restricted_roles !== undefined ? input.restricted_roles : m.restricted_roles,
    draft_status: input.draft_status ?? m.draft_status,
    assets: input.assets ?? m.assets,
  };
}

export type MonitorVariant = 'get' | 'create' | 'update' | 'list';

export function monitorView(store: DatadogStore, m: MonitorRecord, now: number, variant: MonitorVariant, withDowntimes = false): JsonObject {
  if (store.downtimes.size === 0 && variant === 'list') return { ...m, matching_downtimes: [] }; // the common case, fast
  const downtimes = store.downtimes.size === 0 ? [] : matchingDowntimes(store, m);
  const active = downtimes.filter((d) => isActive(d, now));
  const options = active.length === 0 ? m.options : { ...m.options, silenced: silenced(m.options['silenced'], active) };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'creator' && variant === 'update') continue;
    out[key] = key === 'options' ? options : value;
    if (key === 'restricted_roles' && variant === 'create') out['restriction_policy'] = null;
  }
  if (variant === 'list' || withDowntimes) {
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
