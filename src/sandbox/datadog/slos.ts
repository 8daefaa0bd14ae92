// SLO routes (v1): list, create, get, update, delete, can_delete. Envelopes as recorded: create/update/list
// `{"data":[…],"error":null}`, get `{"data":{…},"error":null}`.
import { ddError, invalidParameter, ok, sloNotFound } from './errors.ts';
import { PLAIN_NUMBERS } from './json-floats.ts';
import type { JsonObject, SloRecord } from './model.ts';
import { csv } from './monitors.ts';
import { sloAlertMonitors } from './references.ts';
import type { Ctx, Route } from './router.ts';
import { buildSlo, checkSlo } from './slo-normalize.ts';
import { sloSearch } from './slo-search.ts';
import { sloHistory } from './slo-history.ts';
import { correctionRoutes } from './slo-corrections.ts';

export const sloRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v1\/slo$/, handler: list },
  { method: 'POST', path: /^\/api\/v1\/slo$/, handler: create, write: true, limit: 'create_slo' },
  { method: 'GET', path: /^\/api\/v1\/slo\/search$/, handler: sloSearch },
  { method: 'GET', path: /^\/api\/v1\/slo\/can_delete$/, handler: canDelete },
  ...correctionRoutes,
  { method: 'GET', path: /^\/api\/v1\/slo\/([^/]+)\/history$/, handler: sloHistory },
  { method: 'GET', path: /^\/api\/v1\/slo\/([^/]+)$/, handler: get },
  { method: 'PUT', path: /^\/api\/v1\/slo\/([^/]+)$/, handler: update, write: true, limit: 'update_slo' },
  { method: 'DELETE', path: /^\/api\/v1\/slo\/([^/]+)$/, handler: remove, write: true, limit: 'delete_slo' },
];

function list(ctx: Ctx) {
  const q = ctx.req.query;
  const limit = q.get('limit');
  const offset = q.get('offset');
  if (limit !== null && !/^\d+$/.test(limit)) return ddError(400, invalidParameter('limit'));
  if (offset !== null && !/^\d+$/.test(offset)) return ddError(400, invalidParameter('offset'));
  const ids = csv(q.get('ids'));
  const name = q.get('query')?.toLowerCase();
  const tag = q.get('tags_query');
  const metric = q.get('metrics_query');
  const matches = [...ctx.store.slos.values()].filter((s) =>
    (ids.length === 0 || ids.includes(s.id)) &&
    (!name || s.name.toLowerCase().includes(name)) &&
    (!tag || s.tags.includes(tag)) &&
    (!metric || JSON.stringify(s['query'] ?? '').includes(metric)));
  const start = Number(offset ?? 0);
  const page = matches.slice(start, start + Number(limit ?? 1000)); // spec default limit 1000
  const body: JsonObject = { data: page, error: null };
  // OBSERVED with `limit`: `"metadata":{"page":{"total_count":3,"total_filtered_count":2}}`; also with `query`,
  // `tags_query` or `metrics_query`, but not with `ids` alone (TestAccDatadogServiceLevelObjectivesDatasource).
  if (['limit', 'offset', 'query', 'tags_query', 'metrics_query'].some((k) => q.has(k))) body['metadata'] = { page: { total_count: matches.length, total_filtered_count: page.length } };
  return ok(body);
}

function create(ctx: Ctx) {
  const checked = checkSlo(ctx.store, ctx.req.body);
  if (!checked.ok) return checked.response;
  const slo = buildSlo(ctx.store.nextSloId(), checked.slo, ctx.now);
  ctx.store.slos.set(slo.id, slo);
  return ok({ data: [{ ...slo, [PLAIN_NUMBERS]: true }], error: null });
}

function get(ctx: Ctx) {
  const slo = find(ctx);
  if (!slo) return sloNotFound(ctx.params[0] ?? '');
  const data: JsonObject = { ...slo };
  if (ctx.req.query.get('with_configured_alert_ids') === 'true') {
    data['configured_alert_ids'] = sloAlertMonitors(ctx.store, slo.id).map((m) => m.id);
  }
  return ok({ data, error: null });
}

/** PUT replaces the SLO with the body (required fields as on create); id, creator and `created_at` are kept. */
function update(ctx: Ctx) {
  const existing = find(ctx);
  if (!existing) return sloNotFound(ctx.params[0] ?? '');
  const checked = checkSlo(ctx.store, ctx.req.body, existing.type);
  if (!checked.ok) return checked.response;
  const slo = buildSlo(existing.id, checked.slo, ctx.now, existing);
  ctx.store.slos.set(slo.id, slo);
  return ok({ data: [{ ...slo, [PLAIN_NUMBERS]: true }], error: null });
}

function remove(ctx: Ctx) {
  const slo = find(ctx);
  if (!slo) return sloNotFound(ctx.params[0] ?? '');
  if (ctx.req.query.get('force') !== 'true') {
    const refs = sloAlertMonitors(ctx.store, slo.id);
    // 409 `SLODeleteResponse` (spec); the message wording is invented in the style of the monitor refusal.
    if (refs.length > 0) return { status: 409, body: { data: [], errors: { [slo.id]: referencedMessage(slo, refs) } } };
  }
  // RECORDED (SLO correction traffic, 2021-04): a correction of a deleted SLO is still there to
  // delete (204), so deleting the SLO leaves its corrections alone.
  ctx.store.slos.delete(slo.id);
  return ok({ data: [slo.id], error: null });
}

function canDelete(ctx: Ctx) {
  const ids = csv(ctx.req.query.get('ids'));
  if (ids.length === 0) return ddError(400, 'ids are required'); // invented, after "monitor_ids are required"
  const okIds: string[] = [];
  const errors: Record<string, string> = {};
  for (const id of ids) {
    const slo = ctx.store.slos.get(id);
    const refs = slo ? sloAlertMonitors(ctx.store, id) : [];
    if (slo && refs.length > 0) errors[id] = referencedMessage(slo, refs);
    else okIds.push(id);
  }
  const blocked = Object.keys(errors).length > 0;
  // RECORDED (2023-11): `data` lists the deletable ids in `ok` and the others in `denied_ids`.
  return { status: blocked ? 409 : 200, body: { data: { ok: okIds, denied_ids: Object.keys(errors) }, errors: blocked ? errors : null } };
}

function referencedMessage(slo: SloRecord, monitors: { id: number; name: string }[]): string {
  return `slo [${slo.id},${slo.name}] is referenced in monitors: ${monitors.map((m) => `[${m.id},${m.name}]`).join(', ')}`;
}

function find(ctx: Ctx): SloRecord | undefined {
  return ctx.store.slos.get(ctx.params[0] ?? '');
}
