// SLO status corrections (v1): enough of the endpoint for the recorded scenario (create, list per SLO, delete) plus
// get/list. Shapes as recorded (Get-Corrections-For-an-SLO-returns-OK-response).
import { createHash } from 'node:crypto';
import { ddError, invalidParameter, noContent, ok, sloNotFound } from './errors.ts';
import { type CorrectionRecord, type JsonObject, USER, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const CATEGORIES = new Set(['Scheduled Maintenance', 'Outside Business Hours', 'Deployment', 'Other']); // spec enum

export const correctionRoutes: Route[] = [
  { method: 'POST', path: /^\/api\/v1\/slo\/correction$/, handler: create, write: true },
  { method: 'GET', path: /^\/api\/v1\/slo\/correction$/, handler: listAll },
  { method: 'GET', path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: get },
  { method: 'DELETE', path: /^\/api\/v1\/slo\/correction\/([^/]+)$/, handler: remove, write: true },
  { method: 'GET', path: /^\/api\/v1\/slo\/([^/]+)\/corrections$/, handler: listForSlo },
];

const notFound = () => ddError(404, 'SLO correction not found'); // invented wording

function create(ctx: Ctx) {
  const body = ctx.req.body;
  const a = isObject(body) && isObject(body['data']) ? body['data']['attributes'] : undefined;
  if (!isObject(a)) return ddError(400, invalidParameter('data'));
  if (typeof a['slo_id'] !== 'string' || !ctx.store.slos.has(a['slo_id'])) return sloNotFound(String(a['slo_id']));
  if (typeof a['category'] !== 'string' || !CATEGORIES.has(a['category'])) return ddError(400, invalidParameter('category'));
  if (!Number.isInteger(a['start'])) return ddError(400, invalidParameter('start'));
  const seconds = Math.floor(ctx.now / 1000);
  const record: CorrectionRecord = {
    id: ctx.store.nextCorrectionId(),
    attributes: {
      slo_id: a['slo_id'], start: a['start'], end: a['end'] ?? null, description: a['description'] ?? null,
      category: a['category'], timezone: a['timezone'] ?? null, created_at: seconds, modified_at: seconds,
      rrule: a['rrule'] ?? null, duration: a['duration'] ?? null,
    },
  };
  ctx.store.corrections.set(record.id, record);
  // OBSERVED: the create answer carries null timestamps; later reads carry them.
  return ok({ data: view(record, { created_at: null, modified_at: null }) });
}

function get(ctx: Ctx) {
  const c = ctx.store.corrections.get(ctx.params[0] ?? '');
  return c ? ok({ data: view(c) }) : notFound();
}

function remove(ctx: Ctx) {
  if (!ctx.store.corrections.delete(ctx.params[0] ?? '')) return notFound();
  return noContent(); // OBSERVED 204
}

function listAll(ctx: Ctx) {
  const all = [...ctx.store.corrections.values()].map((c) => view(c));
  return ok({ data: all, meta: { page: { total_count: all.length, total_filtered_count: all.length } } });
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
  return {
    type: 'correction',
    id: c.id,
    attributes: {
      ...c.attributes, ...override,
      creator: { data: { type: 'users', id: USER.uuid, attributes: { uuid: USER.uuid, handle: USER.handle, email: USER.email, name: USER.name, icon } } },
      modifier: null,
    },
  };
}
