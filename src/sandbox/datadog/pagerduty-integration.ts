// Datadog's PagerDuty integration service objects: `@pagerduty-<service_name>` in a monitor message routes to the
// PagerDuty service whose integration key is `service_key`. No real recordings exist (the upstream scenarios are
// skipped), so this follows the spec: 201 on create, the key is never returned, 204 on delete.
import { ddError, invalidParameter, noContent } from './errors.ts';
import { isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const BASE = '/api/v1/integration/pagerduty/configuration/services';

export const pagerdutyIntegrationRoutes: Route[] = [
  { method: 'POST', path: new RegExp(`^${BASE}$`), handler: create, write: true },
  { method: 'GET', path: new RegExp(`^${BASE}/([^/]+)$`), handler: get },
  { method: 'PUT', path: new RegExp(`^${BASE}/([^/]+)$`), handler: update, write: true },
  { method: 'DELETE', path: new RegExp(`^${BASE}/([^/]+)$`), handler: remove, write: true },
];

const notFound = () => ddError(404, 'Item Not Found'); // spec description of the 404; body wording assumed

function create(ctx: Ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, 'Invalid JSON');
  const name = body['service_name'];
  const key = body['service_key'];
  if (typeof name !== 'string' || name.trim() === '') return ddError(400, invalidParameter('service_name'));
  if (typeof key !== 'string' || key.trim() === '') return ddError(400, invalidParameter('service_key'));
  if (ctx.store.pagerdutyServices.has(name)) return ddError(400, `Service ${name} already exists`); // invented wording
  ctx.store.pagerdutyServices.set(name, { service_name: name, service_key: key });
  return { status: 201, body: { service_name: name } };
}

function get(ctx: Ctx) {
  const service = ctx.store.pagerdutyServices.get(ctx.params[0] ?? '');
  return service ? { status: 200, body: { service_name: service.service_name } } : notFound();
}

/** 200 without a body schema in the spec; the sandbox sends an empty body. */
function update(ctx: Ctx) {
  const name = ctx.params[0] ?? '';
  const service = ctx.store.pagerdutyServices.get(name);
  if (!service) return notFound();
  const key = isObject(ctx.req.body) ? ctx.req.body['service_key'] : undefined;
  if (typeof key !== 'string' || key.trim() === '') return ddError(400, invalidParameter('service_key'));
  ctx.store.pagerdutyServices.set(name, { service_name: name, service_key: key });
  return { status: 200, rawBody: '' };
}

function remove(ctx: Ctx) {
  if (!ctx.store.pagerdutyServices.delete(ctx.params[0] ?? '')) return notFound();
  return noContent();
}
