// Downtimes (v1, deprecated upstream but recorded): create, list, get, update, cancel. They matter to monitors:
// an active downtime shows in `matching_downtimes` and `options.silenced` (monitor-views.ts).
import { ddError, noContent, ok } from './errors.ts';
import { type DowntimeRecord, type JsonObject, ORG_ID, USER, isObject } from './model.ts';
import { isActive, matchingDowntimes } from './monitor-views.ts';
import type { Ctx, Route } from './router.ts';
import { isoSeconds } from './time.ts';

export const downtimeRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/downtime$/, handler: list },
  { method: 'POST', path: /^\/api\/v1\/downtime$/, handler: create, write: true },
  { method: 'POST', path: /^\/api\/v1\/downtime\/cancel\/by_scope$/, handler: cancelByScope, write: true },
  { method: 'GET', path: /^\/api\/v1\/downtime\/(\d+)$/, handler: get },
  { method: 'PUT', path: /^\/api\/v1\/downtime\/(\d+)$/, handler: update, write: true },
  { method: 'DELETE', path: /^\/api\/v1\/downtime\/(\d+)$/, handler: cancel, write: true },
];

const notFound = () => ddError(404, 'Downtime not found'); // OBSERVED wording (one of two recorded forms)
const RECURRENCE_TYPES = new Set(['days', 'weeks', 'months', 'years', 'rrule']);

function create(ctx: Ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, 'Invalid JSON');
  const fields = readFields(body, undefined);
  if (typeof fields === 'string') return ddError(400, fields);
  const seconds = Math.floor(ctx.now / 1000);
  const d: DowntimeRecord = {
    id: ctx.store.nextDowntimeId(), monitor_id: null, org_id: ORG_ID, start: seconds, end: null, canceled: null,
    created: seconds, modified: seconds, message: null, disabled: false, recurrence: null, timezone: 'UTC',
    parent_id: null, child_id: null, creator_id: USER.id, updater_id: null, monitor_tags: ['*'],
    // OBSERVED default since 2023 (TestAccDatadogDowntime_DiffStart, 2023-03; every 2026 downtime cassette).
    mute_first_recovery_notification: false, notify_end_types: ['expired'],
    notify_end_states: ['alert', 'no data', 'warn'], uuid: uuid(ctx.store.counters.downtime), scope: ['*'],
    ...fields,
  };
  ctx.store.downtimes.set(d.id, d);
  markSilenced(ctx, d);
  return ok(view(d, ctx.now));
}

function update(ctx: Ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  if (!d) return notFound();
  if (!isObject(ctx.req.body)) return ddError(400, 'Invalid JSON');
  const fields = readFields(ctx.req.body, d);
  if (typeof fields === 'string') return ddError(400, fields);
  const next: DowntimeRecord = { ...d, ...fields, modified: Math.floor(ctx.now / 1000), updater_id: USER.id };
  ctx.store.downtimes.set(d.id, next);
  markSilenced(ctx, next);
  // OBSERVED quirk (TestAccDatadogDowntime_Updated, 2026-02): the PUT answer has `uuid: null`; reads keep the uuid.
  return ok({ ...view(next, ctx.now), uuid: null });
}

function list(ctx: Ctx) {
  const currentOnly = ctx.req.query.get('current_only') === 'true';
  const all = [...ctx.store.downtimes.values()].filter((d) => !currentOnly || isActive(d, ctx.now));
  return ok(all.map((d) => view(d, ctx.now)));
}

function get(ctx: Ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  return d ? ok(view(d, ctx.now)) : notFound();
}

/** OBSERVED: 204 with an empty body. The downtime stays readable, canceled and disabled (datadogpy tests), and the
 * cancel counts as a modification by the caller (every 2026 downtime cassette: `modified`, `updater_id` set). */
function cancel(ctx: Ctx) {
  const d = ctx.store.downtimes.get(Number(ctx.params[0]));
  if (!d) return notFound();
  const seconds = Math.floor(ctx.now / 1000);
  ctx.store.downtimes.set(d.id, { ...d, canceled: seconds, modified: seconds, disabled: true, updater_id: USER.id });
  return noContent();
}

function cancelByScope(ctx: Ctx) {
  const body = ctx.req.body;
  const scope = isObject(body) ? body['scope'] : undefined;
  if (typeof scope !== 'string' || scope === '') return ddError(400, 'Invalid scope parameter'); // recorded text
  const ids: number[] = [];
  for (const d of ctx.store.downtimes.values()) {
    if (d.canceled !== null || !d.scope.includes(scope)) continue;
    ctx.store.downtimes.set(d.id, { ...d, canceled: Math.floor(ctx.now / 1000), disabled: true });
    ids.push(d.id);
  }
  return ids.length > 0 ? ok({ cancelled_ids: ids }) : ddError(404, 'No downtimes found'); // recorded text
}

/** Validated writable fields, or an error message (recorded texts where they exist). */
function readFields(body: JsonObject, current: DowntimeRecord | undefined): JsonObject | string {
  const out: JsonObject = {};
  if (body['scope'] !== undefined || !current) {
    const scope = typeof body['scope'] === 'string' ? [body['scope']] : body['scope'];
    if (!Array.isArray(scope) || scope.length === 0 || !scope.every((s) => typeof s === 'string')) return 'Invalid scope parameter';
    out['scope'] = scope;
  }
  for (const key of ['start', 'end', 'monitor_id'] as const) {
    const v = body[key];
    if (v === undefined) continue;
    if (v !== null && !Number.isInteger(v)) return `Invalid ${key} parameter`; // invented, in the style of scope's
    out[key] = v;
  }
  const recurrence = body['recurrence'];
  if (isObject(recurrence) && !RECURRENCE_TYPES.has(String(recurrence['type']))) return 'Invalid recurrence type';
  for (const key of ['message', 'timezone', 'mute_first_recovery_notification', 'notify_end_types', 'notify_end_states']) {
    if (body[key] !== undefined) out[key] = body[key];
  }
  if (recurrence !== undefined) out['recurrence'] = isObject(recurrence) ? storedRecurrence(recurrence) : recurrence;
  // OBSERVED sorted: `["service","app:webserver"]` comes back `["app:webserver","service"]` (TestAccDatadogDowntime_Updated).
  if (Array.isArray(body['monitor_tags'])) out['monitor_tags'] = [...body['monitor_tags']].sort();
  return out;
}

/** OBSERVED (2026 downtime cassettes): a periodic recurrence comes back with every field, unset ones null, in this
 * order; an `rrule` recurrence keeps just its type and rule (TestAccDatadogDowntime_RRule). */
function storedRecurrence(r: JsonObject): JsonObject {
  if (r['type'] === 'rrule') return { type: 'rrule', rrule: r['rrule'] ?? null };
  return {
    type: r['type'], period: r['period'] ?? null, week_days: r['week_days'] ?? null,
    until_occurrences: r['until_occurrences'] ?? null, until_date: r['until_date'] ?? null,
  };
}

/** OBSERVED pairs (2022-2026): scope `["*"]` → 0, one `host:` scope → 1 (TestAccDatadogDowntime_BasicNoRecurrence),
 * any other scope → 2 (TestAccDatadogDowntime_BasicMultiScope, _RRule, _DiffStart). */
function downtimeType(scope: string[]): number {
  if (scope.length === 1 && scope[0] === '*') return 0;
  if (scope.length === 1 && scope[0]?.startsWith('host:')) return 1;
  return 2;
}

/** OBSERVED: after a downtime matched, the monitor's `overall_state_modified` was set (seconds precision). */
function markSilenced(ctx: Ctx, d: DowntimeRecord): void {
  if (!isActive(d, ctx.now)) return;
  for (const m of ctx.store.monitors.values()) {
    if (matchingDowntimes(ctx.store, m).some((x) => x.id === d.id)) {
      ctx.store.monitors.set(m.id, { ...m, overall_state_modified: isoSeconds(ctx.now) });
    }
  }
}

function view(d: DowntimeRecord, now: number): JsonObject {
  const active = isActive(d, now);
  const status = d.canceled !== null ? 'canceled' : active ? 'active' : d.end !== null && now / 1000 >= d.end ? 'ended' : 'scheduled';
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(d)) {
    out[key] = value;
    if (key === 'message') out['active'] = active;
    if (key === 'updater_id') {
      out['downtime_type'] = downtimeType(d.scope);
      out['status'] = status;
    }
  }
  return out;
}

function uuid(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${h.slice(-12)}`;
}
