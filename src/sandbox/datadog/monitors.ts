// Monitor routes (v1): list, create, get, update, delete, validate, validate-existing, can_delete.
import { MESSAGES, ddError, invalidParameter, ok } from './errors.ts';
import { floatJson } from './json-floats.ts';
import type { SandboxResponse } from '../http-types.ts';
import type { MonitorRecord } from './model.ts';
import { checkMonitor, readMonitorInput } from './monitor-validate.ts';
import { applyUpdate, buildMonitor, monitorView } from './monitor-views.ts';
import { monitorReferences } from './references.ts';
import { editorRoles } from './restriction-policies.ts';
import type { Ctx, Route } from './router.ts';
import { groupSearch, monitorSearch } from './monitor-search.ts';

const GROUP_STATES = new Set(['all', 'alert', 'warn', 'no data']); // spec enum of `group_states`
const MAX_PAGE_SIZE = 1000; // spec: page_size maximum

export const monitorRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/monitor$/, handler: list, limit: 'get_all_monitors' },
  { method: 'POST', path: /^\/api\/v1\/monitor$/, handler: create, write: true, limit: 'create_monitor' },
  { method: 'GET', path: /^\/api\/v1\/monitor\/search$/, handler: monitorSearch, limit: 'search_monitors' },
  { method: 'GET', path: /^\/api\/v1\/monitor\/groups\/search$/, handler: groupSearch, limit: 'search_monitor_groups' },
  { method: 'GET', path: /^\/api\/v1\/monitor\/can_delete$/, handler: canDelete, limit: 'can_delete_monitors' },
  { method: 'POST', path: /^\/api\/v1\/monitor\/validate$/, handler: validate },
  { method: 'POST', path: /^\/api\/v1\/monitor\/([^/]+)\/validate$/, handler: validateExisting },
  { method: 'GET', path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: get, limit: 'get_monitor' },
  { method: 'PUT', path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: update, write: true, limit: 'update_monitor' },
  { method: 'DELETE', path: /^\/api\/v1\/monitor\/([^/]+)$/, handler: remove, write: true },
];

function list(ctx: Ctx) {
  const q = ctx.req.query;
  if (!validGroupStates(q.get('group_states'))) return ddError(400, MESSAGES.invalidGroupStates);
  const page = intParam(q.get('page'));
  const pageSize = intParam(q.get('page_size'));
  const idOffset = intParam(q.get('id_offset'));
  if (page === null || (page ?? 0) < 0) return ddError(400, invalidParameter('page'));
  if (pageSize === null || (pageSize !== undefined && (pageSize < 1 || pageSize > MAX_PAGE_SIZE))) {
    return ddError(400, invalidParameter('page_size')); // wording invented by analogy; the bound is the spec's
  }
  if (idOffset === null) return ddError(400, invalidParameter('id_offset'));

  const name = q.get('name')?.toLowerCase();
  const monitorTags = csv(q.get('monitor_tags'));
  const scopeTags = csv(q.get('tags'));
  const matches = (m: MonitorRecord) =>
    (idOffset === undefined || m.id > idOffset) &&
    (!name || m.name.toLowerCase().includes(name)) && // substring match: inference from "filter by name"
    monitorTags.every((t) => m.tags.includes(t)) &&
    (scopeTags.length === 0 || scopeTags.every((t) => scopesOf(m.query).includes(t)));
  // Without `page` every monitor is returned; with it, `page_size` defaults to 100 (spec).
  const size = page === undefined ? Infinity : pageSize ?? 100;
  const first = page === undefined ? 0 : page * size;
  const out: unknown[] = [];
  let index = 0;
  for (const m of ctx.store.monitors.values()) { // ascending id; one pass, no copy (50,000 monitors stay fast)
    if (!matches(m)) continue;
    if (index++ < first) continue;
    out.push(monitorView(ctx.store, m, ctx.now, 'list'));
    if (out.length >= size) break;
  }
  return written(out);
}

/** Monitor answers carry their floats wrapped (monitor-views.ts), so they are written without a replacer. */
const written = (body: unknown): SandboxResponse => ({ status: 200, rawBody: floatJson(body) });

function create(ctx: Ctx) {
  const input = readMonitorInput(ctx.req.body, false);
  if (!input.ok) return input.response;
  const { type, query } = input.value as { type: string; query: string };
  const checked = checkMonitor(ctx.store, type, query, input.value.options);
  if (!checked.ok) return checked.response;
  const m = buildMonitor(ctx.store.nextMonitorId(), { ...input.value, type, query }, checked.value.multi, ctx.now);
  ctx.store.monitors.set(m.id, m);
  return written(monitorView(ctx.store, m, ctx.now, 'create'));
}

function get(ctx: Ctx) {
  const m = find(ctx);
  if (!m) return notFound();
  if (!validGroupStates(ctx.req.query.get('group_states'))) return ddError(400, MESSAGES.invalidGroupStates);
  const q = ctx.req.query;
  return written(monitorView(ctx.store, m, ctx.now, 'get', { withDowntimes: q.get('with_downtimes') === 'true', withAssets: q.get('with_assets') === 'true' }));
}

function update(ctx: Ctx) {
  const m = find(ctx);
  if (!m) return notFound(); // OBSERVED: checked before the body
  const input = readMonitorInput(ctx.req.body, true);
  if (!input.ok) return input.response;
  const type = input.value.type ?? m.type;
  const query = input.value.query ?? m.query;
  const checked = checkMonitor(ctx.store, type, query, input.value.options ?? m.options);
  if (!checked.ok) return checked.response;
  const next = applyUpdate(m, input.value, checked.value.multi, ctx.now);
  ctx.store.monitors.set(m.id, next);
  // Roles sent here that differ from what a restriction policy says replace the policy: the two are one setting
  // (restriction-policies.ts). Sending the same roles back, as the Terraform provider does, keeps the policy
  // (OBSERVED: TestAccDatadogMonitor_WithRestrictionPolicy reads the org principal back after such a PUT).
  const policy = ctx.store.restrictionPolicies.get(m.id);
  if (policy && input.value.restricted_roles !== undefined && JSON.stringify(input.value.restricted_roles) !== JSON.stringify(editorRoles(policy))) {
    ctx.store.restrictionPolicies.delete(m.id);
  }
  return written(monitorView(ctx.store, next, ctx.now, 'update'));
}

function remove(ctx: Ctx) {
  const m = find(ctx);
  if (!m) return notFound();
  const force = ctx.req.query.get('force');
  if (force === null || force === 'false') {
    const refs = monitorReferences(ctx.store, m);
    if (refs.length > 0) return ddError(400, ...refs);
  }
  ctx.store.monitors.delete(m.id);
  ctx.store.restrictionPolicies.delete(m.id);
  return ok({ deleted_monitor_id: m.id });
}

function validate(ctx: Ctx) {
  const input = readMonitorInput(ctx.req.body, false);
  if (!input.ok) return input.response;
  const checked = checkMonitor(ctx.store, input.value.type as string, input.value.query as string, input.value.options);
  return checked.ok ? ok({}) : checked.response;
}

function validateExisting(ctx: Ctx) {
  if (!find(ctx)) return notFound();
  return validate(ctx);
}

function canDelete(ctx: Ctx) {
  const ids = csv(ctx.req.query.get('monitor_ids'));
  if (ids.length === 0) return ddError(400, MESSAGES.monitorIdsRequired); // OBSERVED
  if (!ids.every((id) => /^\d+$/.test(id))) return ddError(400, invalidParameter('monitor_ids'));
  const okIds: number[] = [];
  const errors: Record<string, string[]> = {};
  for (const id of ids.map(Number)) {
    const m = ctx.store.monitors.get(id);
    const refs = m ? monitorReferences(ctx.store, m) : []; // unknown ids are reported deletable (inference)
    if (refs.length > 0) errors[String(id)] = refs;
    else okIds.push(id);
  }
  const blocked = Object.keys(errors).length > 0;
  // OBSERVED: `{"data":{"ok":[id]},"errors":null}`; 409 when some cannot be deleted (spec).
  return { status: blocked ? 409 : 200, body: { data: { ok: okIds }, errors: blocked ? errors : null } };
}

function find(ctx: Ctx): MonitorRecord | undefined {
  const raw = ctx.params[0] ?? '';
  return /^\d+$/.test(raw) ? ctx.store.monitors.get(Number(raw)) : undefined;
}

const notFound = () => ddError(404, MESSAGES.monitorNotFound);

function validGroupStates(value: string | null): boolean {
  return value === null || csv(value).every((s) => GROUP_STATES.has(s));
}

/** `undefined` when absent, `null` when present but not a non-negative integer. */
function intParam(value: string | null): number | undefined | null {
  if (value === null) return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

export function csv(value: string | null): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Scope tags of a metric query: the contents of every `{…}` (e.g. `env:prod` in `avg:m{env:prod,host:a}`). */
function scopesOf(query: string): string[] {
  return [...query.matchAll(/\{([^}]*)\}/g)].flatMap((m) => csv(m[1] ?? ''));
}

