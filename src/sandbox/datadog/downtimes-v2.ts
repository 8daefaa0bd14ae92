// Downtimes v2 (GA; v1 is deprecated upstream): list, create, get, update (PATCH), cancel (DELETE) and a monitor's
// downtime matches. JSON:API shapes as recorded in v2__Downtimes__* (2023-05/06): write answers carry
// `relationships` (creator, monitor) and `included` (the creating user); GET answers carry neither. The real
// server keeps v1 and v2 downtimes as one kind of object; the sandbox keeps them apart, so a v2 downtime does not
// silence v1 monitor answers (inference: no recording shows the two together).
import { createHash } from 'node:crypto';
import { addMinutes, parseLocal } from '../../schedule/local-time.ts';
import { occurrences } from '../../schedule/occurrences.ts';
import { parseRRule } from '../../schedule/rrule.ts';
import { instantAt, isTimeZone, wallClock } from '../../schedule/zones.ts';
import { ddError, noContent, ok } from './errors.ts';
import { type JsonObject, type MonitorRecord, USER, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';
import { isoMicros, isoSeconds } from './time.ts';

export interface DowntimeV2Record {
  id: string;
  attributes: JsonObject;
  /** Epoch ms of the schedule, for status and matching; null end is open-ended. */
  startMs: number;
  endMs: number | null;
  canceledMs: number | null;
  monitorId: number | null;
}

export const downtimeV2Routes: Route[] = [
  { method: 'GET', path: /^\/api\/v2\/downtime$/, handler: list },
  { method: 'POST', path: /^\/api\/v2\/downtime$/, handler: create, write: true },
  { method: 'GET', path: /^\/api\/v2\/downtime\/([^/]+)$/, handler: get },
  { method: 'PATCH', path: /^\/api\/v2\/downtime\/([^/]+)$/, handler: update, write: true },
  { method: 'DELETE', path: /^\/api\/v2\/downtime\/([^/]+)$/, handler: cancel, write: true },
  { method: 'GET', path: /^\/api\/v2\/monitor\/([^/]+)\/downtime_matches$/, handler: matches },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The attributes a create or PATCH may carry (the spec's DowntimeCreateRequestAttributes). */
const WRITABLE = new Set(['display_timezone', 'message', 'monitor_identifier', 'mute_first_recovery_notification', 'notify_end_states', 'notify_end_types', 'schedule', 'scope']);

function create(ctx: Ctx) {
  const a = attributesOf(ctx.req.body);
  if (!a) return ddError(400, 'Invalid JSON'); // invented wording for a body without data.attributes
  const unexpected = unexpectedKey(a);
  if (unexpected) return unexpected;
  if (typeof a['scope'] !== 'string' || a['scope'] === '') return ddError(400, "'scope' is a required property"); // invented, in the schema checker's style
  const badScope = scopeError(a['scope']);
  if (badScope) return ddError(400, badScope);
  const identifier = monitorIdentifier(a['monitor_identifier']);
  if (!identifier) return ddError(400, "'monitor_identifier' is a required property"); // invented, as above
  const nowIso = isoMicros(ctx.now);
  const record: DowntimeV2Record = {
    id: nextId(ctx), attributes: {}, startMs: ctx.now, endMs: null, canceledMs: null,
    monitorId: typeof identifier['monitor_id'] === 'number' ? identifier['monitor_id'] : null,
  };
  const schedule = scheduleOf(a['schedule'], ctx.now, record);
  if (typeof schedule === 'string') return ddError(400, schedule);
  record.attributes = {
    // OBSERVED defaults: UTC display, no first-recovery muting, notify on every end state, on expiry only.
    // RECORDED (a Terraform provider downtime schedule test, 2023-09): an empty display time zone is UTC too.
    display_timezone: a['display_timezone'] || 'UTC',
    message: a['message'] ?? null,
    monitor_identifier: identifier,
    mute_first_recovery_notification: a['mute_first_recovery_notification'] ?? false,
    notify_end_states: a['notify_end_states'] ?? ['alert', 'no data', 'warn'],
    notify_end_types: a['notify_end_types'] ?? ['expired'],
    schedule,
    scope: a['scope'],
    canceled: null,
    created: nowIso,
    modified: nowIso,
  };
  ctx.store.downtimesV2.set(record.id, record);
  return ok(written(record, ctx.now, ctx.store.monitors));
}

/** `GET /api/v2/downtime`: `current_only`, `page[offset]`, `page[limit]` (default 30) per the API reference; the
 * items carry their relationships like write answers (inference: no list is recorded). */
function list(ctx: Ctx) {
  const q = ctx.req.query;
  const offset = Number(q.get('page[offset]') ?? 0);
  const limit = Number(q.get('page[limit]') ?? 30);
  if (!Number.isInteger(offset) || offset < 0) return ddError(400, 'Invalid URL param: page[offset]'); // invented
  if (!Number.isInteger(limit) || limit < 1) return ddError(400, 'Invalid URL param: page[limit]'); // invented
  const all = [...ctx.store.downtimesV2.values()].filter((d) => q.get('current_only') !== 'true' || status(d, ctx.now) === 'active');
  const data = all.slice(offset, offset + limit).map((d) => ({ ...resource(d, ctx.now), relationships: relationships(d) }));
  return ok({ data, meta: { page: { total_filtered_count: all.length } } });
}

function get(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  if (!UUID.test(id)) return ddError(400, 'Invalid URL param: downtime_id must be an uuid'); // OBSERVED
  const d = ctx.store.downtimesV2.get(id);
  if (!d) return ddError(404, 'Downtime not found'); // wording of the PATCH refusal (OBSERVED there)
  return ok({ data: resource(d, ctx.now) }); // OBSERVED: no relationships, no included
}

function update(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const d = ctx.store.downtimesV2.get(id);
  if (!d) return ddError(404, 'Downtime not found'); // OBSERVED
  const a = attributesOf(ctx.req.body);
  if (!a) return ddError(400, 'Invalid JSON');
  const unexpected = unexpectedKey(a);
  if (unexpected) return unexpected;
  const next: DowntimeV2Record = { ...d, attributes: { ...d.attributes } };
  for (const [key, value] of Object.entries(a)) {
    if (key === 'schedule') {
      const schedule = scheduleOf(value, ctx.now, next);
      if (typeof schedule === 'string') return ddError(400, schedule);
      next.attributes['schedule'] = schedule;
    } else if (key === 'monitor_identifier') {
      const identifier = monitorIdentifier(value);
      if (!identifier) return ddError(400, "'monitor_identifier' is invalid"); // invented
      next.attributes[key] = identifier;
      next.monitorId = typeof identifier['monitor_id'] === 'number' ? identifier['monitor_id'] : null;
    } else if (key === 'display_timezone') {
      next.attributes[key] = value || 'UTC';
    } else {
      if (key === 'scope' && typeof value === 'string') {
        const badScope = scopeError(value);
        if (badScope) return ddError(400, badScope);
      }
      next.attributes[key] = value;
    }
  }
  next.attributes['modified'] = isoMicros(ctx.now);
  ctx.store.downtimesV2.set(id, next);
  return ok(written(next, ctx.now, ctx.store.monitors));
}

/** RECORDED (a v2 downtime create, 2023-06): a scope term without a
 * `key:value` form is refused with "All values must have a key". The scope is a query: terms joined by AND, OR, NOT
 * and parentheses, each possibly negated (`!`, `-`); `*` matches everything; `key:(a OR b)` gives its values a key. */
export function scopeError(scope: string): string | undefined {
  const groups: boolean[] = []; // open parentheses: true where the group's values belong to a key
  for (const token of scope.match(/[^\s()"]*"[^"]*"|[^\s()]+:\(|\(|\)|[^\s()]+/g) ?? []) {
    if (token.endsWith(':(')) groups.push(true);
    else if (token === '(') groups.push(false);
    else if (token === ')') groups.pop();
    else if (/^(AND|OR|NOT)$/i.test(token) || groups.includes(true)) continue;
    else {
      const term = token.replace(/^[!-]/, '');
      if (term !== '*' && !/^[^:]+:.+$/.test(term)) return 'All values must have a key';
    }
  }
  return undefined;
}

/** OBSERVED: 204 (with the v1 endpoints' empty-answer content type), and again for an already canceled one; an
 * unknown id is `Downtime <id> not found`. */
function cancel(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const d = ctx.store.downtimesV2.get(id);
  if (!d) return ddError(404, `Downtime ${id} not found`);
  if (d.canceledMs === null) {
    ctx.store.downtimesV2.set(id, { ...d, canceledMs: ctx.now, attributes: { ...d.attributes, canceled: isoMicros(ctx.now), modified: isoMicros(ctx.now) } });
  }
  return noContent();
}

/** Active downtimes that apply to a monitor (OBSERVED shape: v2__Downtimes__Get-active-downtimes-for-a-monitor). */
function matches(ctx: Ctx) {
  const raw = ctx.params[0] ?? '';
  const monitor = /^\d+$/.test(raw) ? ctx.store.monitors.get(Number(raw)) : undefined;
  if (!monitor) return ddError(404, `Monitor with id ${raw} not found`); // OBSERVED
  const data = [...ctx.store.downtimesV2.values()]
    .filter((d) => status(d, ctx.now) === 'active' && applies(d, monitor))
    .map((d) => {
      const schedule = d.attributes['schedule'] as JsonObject;
      return { type: 'downtime_match', id: d.id, attributes: { groups: ['*'], scope: d.attributes['scope'], start: schedule['start'], end: schedule['end'] ?? null } };
    });
  return ok({ data, meta: { page: { total_filtered_count: data.length } } });
}

function applies(d: DowntimeV2Record, m: MonitorRecord): boolean {
  if (d.monitorId !== null) return d.monitorId === m.id;
  const tags = (d.attributes['monitor_identifier'] as JsonObject)['monitor_tags'] as string[];
  return tags.every((t) => t === '*' || m.tags.includes(t));
}

/** Write answers: the resource with its relationships, and the creating user included (OBSERVED). */
function written(d: DowntimeV2Record, now: number, monitors?: Map<number, MonitorRecord>): JsonObject {
  // RECORDED (a Terraform provider downtime schedule test, 2023-09): a downtime of one monitor also includes that
  // monitor, by its numeric id and name.
  const monitor = d.monitorId === null ? undefined : monitors?.get(d.monitorId);
  const includedMonitor = monitor ? [{ type: 'monitor', id: monitor.id, attributes: { name: monitor.name } }] : [];
  return {
    data: { ...resource(d, now), relationships: relationships(d) },
    included: [{
      type: 'users', id: USER.uuid,
      attributes: {
        name: USER.name, handle: USER.handle, created_at: '2024-01-01T00:00:00.000000+00:00', modified_at: '2024-01-01T00:00:00.000000+00:00',
        email: USER.email, icon: `https://secure.gravatar.com/avatar/${createHash('md5').update(USER.email).digest('hex')}?s=48&d=retro`,
        title: null, verified: true, service_account: false, disabled: false, allowed_login_methods: [], status: 'Active',
      },
    }, ...includedMonitor],
  };
}

function relationships(d: DowntimeV2Record): JsonObject {
  return {
    created_by: { data: { type: 'users', id: USER.uuid } },
    // RECORDED (2023-09): the monitor's type is written "monitor".
    monitor: { data: d.monitorId === null ? null : { type: 'monitor', id: String(d.monitorId) } },
  };
}

function resource(d: DowntimeV2Record, now: number): JsonObject {
  const attributes: JsonObject = { ...d.attributes, status: status(d, now) };
  const schedule = d.attributes['schedule'];
  if (isObject(schedule) && Array.isArray(schedule['recurrences'])) {
    const current = currentDowntime(schedule, now);
    if (current) attributes['schedule'] = { ...schedule, current_downtime: current };
  }
  return { type: 'downtime', id: d.id, attributes };
}

/**
 * RECORDED (downtime schedules, 2023-07 and 2025-09): a recurring schedule's answers carry `current_downtime`, the
 * occurrence under way, else the next one, as UTC times to the second; of several recurrences under way, the one that
 * began first (2023-07: a weekly week-long window started three days before a daily one). Not carried once no
 * occurrence is left (inference: no ended recurring downtime is recorded).
 */
function currentDowntime(schedule: JsonObject, now: number): JsonObject | undefined {
  const window = liveOccurrence(schedule, now);
  return window && { start: isoSeconds(instantAt(window.start, window.zone)), end: isoSeconds(instantAt(window.end, window.zone)) };
}

/**
 * Of every recurrence's first occurrence that ends after `now`, the one under way that began first, else the next to
 * begin; wall-clock times in the schedule's zone. Undefined once no occurrence is left.
 */
function liveOccurrence(schedule: JsonObject, now: number): { start: string; end: string; zone: string; active: boolean } | undefined {
  const zone = String(schedule['timezone'] ?? 'UTC');
  const local = wallClock(now, zone);
  let active: [string, string] | undefined;
  let next: [string, string] | undefined;
  for (const r of schedule['recurrences'] as JsonObject[]) {
    const rule = parseRRule(String(r['rrule']));
    const start = parseLocal(String(r['start']));
    const minutes = durationMinutes(r['duration']);
    if ('problem' in rule || !start || minutes === undefined) continue;
    for (const at of occurrences(rule.rule, start, zone)) {
      const end = addMinutes(at, minutes);
      if (end <= local) continue;
      if (at <= local) { if (!active || at < active[0]) active = [at, end]; } else if (!next || at < next[0]) next = [at, end];
      break;
    }
  }
  const window = active ?? next;
  return window && { start: window[0], end: window[1], zone, active: window === active };
}

/** One-time windows by their times; recurring ones by their rules (RECORDED 2023-07 and 2025-09: "scheduled" before
 * the first occurrence, "active" inside one). */
function status(d: DowntimeV2Record, now: number): string {
  if (d.canceledMs !== null) return 'canceled';
  const schedule = d.attributes['schedule'];
  if (isObject(schedule) && Array.isArray(schedule['recurrences'])) return recurringStatus(schedule, now);
  if (now < d.startMs) return 'scheduled';
  return d.endMs !== null && now >= d.endMs ? 'ended' : 'active';
}

/** Active inside an occurrence, ended when no occurrence ends after now, scheduled in between. */
function recurringStatus(schedule: JsonObject, now: number): string {
  const window = liveOccurrence(schedule, now);
  return window ? (window.active ? 'active' : 'scheduled') : 'ended';
}

function durationMinutes(raw: unknown): number | undefined {
  const m = /^(\d+)([mhdw])$/.exec(String(raw));
  return m ? Number(m[1]) * { m: 1, h: 60, d: 1440, w: 10080 }[m[2] as 'm' | 'h' | 'd' | 'w'] : undefined;
}

/**
 * A one-time start in the past is refused with the words of the v1 API (recorded in Terraform provider issues #68,
 * #2060); v2 refusing it too is an inference. A recurrence's start may be in the past (RECORDED 2023-07). A start the
 * server fills in itself is never in the past.
 */
const START_IN_PAST = 'Scheduled downtime start cannot be in the past';

/** A one-time schedule: `start: null` (or none) starts now, written with microseconds (OBSERVED); ISO times sent are
 * kept. Recurring schedules are stored as sent, once their rules parse, a recurrence without a start starting now.
 * Sets the record's start and end. */
function scheduleOf(raw: unknown, now: number, record: DowntimeV2Record): JsonObject | string {
  const s = isObject(raw) ? raw : {};
  if (Array.isArray(s['recurrences'])) return recurringSchedule(s, now);
  const start = s['start'] === null || s['start'] === undefined ? now : Date.parse(String(s['start']));
  const end = s['end'] === null || s['end'] === undefined ? null : Date.parse(String(s['end']));
  if (Number.isNaN(start) || (end !== null && Number.isNaN(end))) return 'Invalid schedule'; // invented wording
  if (start < now) return START_IN_PAST;
  record.startMs = start;
  record.endMs = end;
  const fromClock = s['start'] === null || s['start'] === undefined;
  return { start: fromClock ? isoMicros(start) : isoTime(start), end: end === null ? null : isoTime(end) };
}

/** RECORDED (2023-07, 2025-09): a time sent without a fraction is written back without one (`2050-01-02T03:04:05Z`
 * → `2050-01-02T03:04:05+00:00`), one with a fraction with microseconds; the server's own clock always has them. */
function isoTime(ms: number): string {
  return ms % 1000 === 0 ? isoSeconds(ms) : isoMicros(ms);
}

function recurringSchedule(s: JsonObject, now: number): JsonObject | string {
  const zone = s['timezone'] === undefined ? 'UTC' : String(s['timezone']);
  if (!isTimeZone(zone)) return `Invalid timezone: ${zone}`; // invented wording
  for (const r of s['recurrences'] as unknown[]) {
    const rule = isObject(r) ? parseRRule(String(r['rrule'])) : undefined;
    const start = isObject(r) && typeof r['start'] === 'string' ? r['start'] : undefined;
    if (!rule || 'problem' in rule || durationMinutes(isObject(r) ? r['duration'] : undefined) === undefined) return 'Invalid recurrence'; // invented
    // A recurrence may start in the past (RECORDED 2023-07: starts a year back were taken, and the occurrence under
    // way was answered as current); only a start that is not a time is refused.
    if (start !== undefined && parseLocal(start) === undefined) return 'Invalid recurrence'; // invented
  }
  // RECORDED (a Terraform provider downtime schedule test, 2025-09): `start: null` is the wall clock there now, to the second.
  const recurrences = (s['recurrences'] as JsonObject[]).map((r) => (r['start'] === null || r['start'] === undefined ? { ...r, start: wallClock(now, zone) } : r));
  return { ...s, recurrences, timezone: zone };
}

function monitorIdentifier(raw: unknown): JsonObject | undefined {
  if (!isObject(raw)) return undefined;
  if (Number.isInteger(raw['monitor_id'])) return { monitor_id: raw['monitor_id'] };
  const tags = raw['monitor_tags'];
  if (Array.isArray(tags) && tags.length > 0 && tags.every((t) => typeof t === 'string')) return { monitor_tags: tags };
  return undefined;
}

function attributesOf(body: unknown): JsonObject | undefined {
  const data = isObject(body) ? body['data'] : undefined;
  const a = isObject(data) ? data['attributes'] : undefined;
  return isObject(a) ? a : undefined;
}

/** OBSERVED: the schema checker's text for an attribute it does not know. */
function unexpectedKey(a: JsonObject) {
  const key = Object.keys(a).find((k) => !WRITABLE.has(k));
  return key === undefined ? undefined : ddError(400, `Additional properties are not allowed ('${key}' was unexpected)`);
}

/** Time-based UUIDs in the real API; the sandbox counts. */
function nextId(ctx: Ctx): string {
  const h = createHash('md5').update(`downtime-v2:${++ctx.store.counters.downtimeV2}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
