// SLO status corrections (v1): create, get, update (PATCH), delete, list all and list per SLO. Shapes as recorded
// (Get-Corrections-For-an-SLO-returns-OK-response; TestAccDatadogSloCorrection_Basic and _Recurring, 2026-04; the
// `slo_query` form for corrections that apply to every SLO a query matches:
// v1__Service-Level-Objective-Corrections__Update-an-SLO-correction-with-slo_query-returns-OK-response, 2026-06).
import { createHash } from 'node:crypto';
import { ddError, invalidParameter, noContent, ok, sloNotFound } from './errors.ts';
import { type CorrectionRecord, type JsonObject, USER, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const CATEGORIES = new Set(['Scheduled Maintenance', 'Outside Business Hours', 'Deployment', 'Other']); // spec enum

export const correctionRoutes: Route[] = [
  { method: 'POST', path: /^\/api\/v1\/slo\/correction$/, handler: create, write: true },
  { method: 'GET', path: /^\/api\/v1\/slo\/correction$/, handler: listAll },
  { method: 'GET', path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: get },
  { method: 'PATCH', path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: update, write: true },
  { method: 'DELETE', path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: remove, write: true },
  { method: 'GET', path: /^\/api\/v1\/slo\/([^/]+)\/corrections$/, handler: listForSlo },
];

/** OBSERVED wording (2026-04). The real message names an internal id, not the one asked for; the sandbox has one. */
const notFound = (id: string) => ddError(404, `slo correction public id ${id} not found`);

function attributesOf(body: unknown): JsonObject | undefined {
  const a = isObject(body) && isObject(body['data']) ? body['data']['attributes'] : undefined;
  return isObject(a) ? a : undefined;
}

function create(ctx: Ctx) {
  const a = attributesOf(ctx.req.body);
  if (!a) return ddError(400, invalidParameter('data'));
  // A correction targets one SLO (`slo_id`) or every SLO a query matches (`slo_query`, then `slo_id` is null).
  const sloQuery = typeof a['slo_query'] === 'string' ? a['slo_query'] : undefined;
  if (sloQuery === undefined && (typeof a['slo_id'] !== 'string' || !ctx.store.slos.has(a['slo_id']))) return sloNotFound(String(a['slo_id']));
  if (typeof a['category'] !== 'string' || !CATEGORIES.has(a['category'])) return ddError(400, invalidParameter('category'));
  if (!Number.isInteger(a['start'])) return ddError(400, invalidParameter('start'));
  const seconds = Math.floor(ctx.now / 1000);
  const attributes: CorrectionRecord['attributes'] = {
    slo_id: sloQuery === undefined ? a['slo_id'] as string : null, start: a['start'], end: a['end'] ?? null,
    description: a['description'] ?? null, category: a['category'], timezone: a['timezone'] ?? null,
    created_at: seconds, modified_at: seconds, rrule: a['rrule'] ?? null, duration: a['duration'] ?? null,
  };
  // OBSERVED: `slo_query` appears after `duration`, and only on corrections made with one.
  if (sloQuery !== undefined) attributes['slo_query'] = sloQuery;
  const record: CorrectionRecord = { id: ctx.store.nextCorrectionId(), attributes };
  ctx.store.corrections.set(record.id, record);
  // OBSERVED: the create answer carries null timestamps; later reads carry them.
  return ok({ data: view(record, { created_at: null, modified_at: null }) });
}

/** PATCH: the attributes sent replace the stored ones; the answer names the caller as `modifier` (OBSERVED 2026-06). */
function update(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const c = ctx.store.corrections.get(id);
  if (!c) return notFound(id);
  const a = attributesOf(ctx.req.body);
  if (!a) return ddError(400, invalidParameter('data'));
  if (a['category'] !== undefined && !(typeof a['category'] === 'string' && CATEGORIES.has(a['category']))) return ddError(400, invalidParameter('category'));
  const attributes = { ...c.attributes };
  for (const key of ['start', 'end', 'description', 'category', 'timezone', 'rrule', 'duration', 'slo_query']) {
    if (a[key] !== undefined && (key !== 'slo_query' || 'slo_query' in attributes)) attributes[key] = a[key];
  }
  attributes.modified_at = Math.floor(ctx.now / 1000);
  const next: CorrectionRecord = { id: c.id, attributes, modified: true };
  ctx.store.corrections.set(c.id, next);
  return ok({ data: view(next) });
}

function get(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const c = ctx.store.corrections.get(id);
  return c ? ok({ data: view(c) }) : notFound(id);
}

function remove(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  if (!ctx.store.corrections.delete(id)) return notFound(id);
  return noContent(); // OBSERVED 204
}

/** OBSERVED: `offset`/`limit` page the list; `total_count` counts all, `total_filtered_count` the page. */
function listAll(ctx: Ctx) {
  const all = [...ctx.store.corrections.values()];
  const offset = Number(ctx.req.query.get('offset') ?? 0);
  const limit = ctx.req.query.get('limit');
  const page = all.slice(offset, limit === null ? undefined : offset + Number(limit)).map((c) => view(c));
  return ok({ data: page, meta: { page: { total_count: all.length, total_filtered_count: page.length } } });
}

function listForSlo(ctx: Ctx) {
  const sloId = ctx.params[0] ?? '';
  if (!ctx.store.slos.has(sloId)) return sloNotFound(sloId);
  const offset = Number(ctx.req.query.get('offset') ?? ctx.req.query.get('page[offset]') ?? 0);
  const limit = Number(ctx.req.query.get('limit') ?? ctx.req.query.get('page[limit]') ?? 10);
  const all = [...ctx.store.corrections.values()].filter((c) => c.attributes.slo_id === sloId);
  const self = `${ctx.baseUrl}/api/v1/slo/${sloId}/corrections`;
  return ok({
    data: all.slice(offset, offset + limit).map((c) => view(c)),
    meta: {
      // OBSERVED quirks: next_offset is offset + limit even past the end, last_offset stays 0.
      pagination: {
        offset, first_offset: 0, prev_offset: Math.max(0, offset - limit), next_offset: offset + limit, last_offset: 0,
        limit, type: 'offset_limit', total: all.length,
      },
    },
    links: {
      self, last: null, next: `${self}?page[offset]=${offset + limit}&page[limit]=${limit}`,
      prev: offset > 0 ? `${self}?page[offset]=${Math.max(0, offset - limit)}&page[limit]=${limit}` : null,
      first: `${self}?page[offset]=0&page[limit]=${limit}`,
    },
  });
}

function view(c: CorrectionRecord, override: JsonObject = {}): JsonObject {
  const icon = `https://secure.gravatar.com/avatar/${createHash('md5').update(USER.email).digest('hex')}?s=48&d=retro`;
  const user = { data: { type: 'users', id: USER.uuid, attributes: { uuid: USER.uuid, handle: USER.handle, email: USER.email, name: USER.name, icon } } };
  return {
    type: 'correction',
    id: c.id,
    attributes: {
      ...c.attributes, ...override,
      creator: user,
      modifier: c.modified ? user : null,
    },
  };
}
