// Datadog's Webhooks integration: `@webhook-<name>` calls the webhook of that name. As recorded
// (v1__Webhooks-Integration__*): create answers 201 with the webhook and Datadog's default payload, `encode_as`
// "json" and `custom_headers` null; get answers it; delete answers 200 with `{}`; a webhook that does not exist is
// 404 "Webhook does not exist". Update (PUT) follows the spec; the answer to a second create of a name is invented.
import { ddError, invalidParameter, ok } from './errors.ts';
import { isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const BASE = '/api/v1/integration/webhooks/configuration/webhooks';

/** A webhook as the API answers it. */
export interface WebhookRecord {
  name: string;
  url: string;
  payload: string | null;
  custom_headers: string | null;
  encode_as: string;
}

/** RECORDED: the payload Datadog fills in when a webhook is created without one. */
const DEFAULT_PAYLOAD = '{"body": "$EVENT_MSG", "last_updated": "$LAST_UPDATED", "event_type": "$EVENT_TYPE", "title": "$EVENT_TITLE", "date": "$DATE", "org": {"id": "$ORG_ID", "name": "$ORG_NAME"}, "id": "$ID"}';

export const webhooksIntegrationRoutes: Route[] = [
  { method: 'POST', path: new RegExp(`^${BASE}$`), handler: create, write: true, permission: 'integrations_manage' },
  { method: 'GET', path: new RegExp(`^${BASE}/([^/]+)$`), handler: get, permission: 'integrations_read' },
  { method: 'PUT', path: new RegExp(`^${BASE}/([^/]+)$`), handler: update, write: true, permission: 'integrations_manage' },
  { method: 'DELETE', path: new RegExp(`^${BASE}/([^/]+)$`), handler: remove, write: true, permission: 'integrations_manage' },
];

const notFound = () => ddError(404, 'Webhook does not exist'); // RECORDED

function create(ctx: Ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, 'Invalid JSON');
  if (typeof body.name !== 'string' || body.name.trim() === '') return ddError(400, invalidParameter('name'));
  if (typeof body.url !== 'string' || body.url.trim() === '') return ddError(400, invalidParameter('url'));
  if (ctx.store.webhooks.has(body.name)) return ddError(400, `Webhook ${body.name} already exists`); // invented wording
  const record: WebhookRecord = {
    name: body.name,
    url: body.url,
    payload: typeof body.payload === 'string' ? body.payload : DEFAULT_PAYLOAD,
    custom_headers: typeof body.custom_headers === 'string' ? body.custom_headers : null,
    encode_as: body.encode_as === 'form' ? 'form' : 'json',
  };
  ctx.store.webhooks.set(record.name, record);
  return { status: 201, body: record };
}

function get(ctx: Ctx) {
  const record = ctx.store.webhooks.get(ctx.params[0] ?? '');
  return record ? ok(record) : notFound();
}

function update(ctx: Ctx) {
  const name = ctx.params[0] ?? '';
  const record = ctx.store.webhooks.get(name);
  if (!record) return notFound();
  const body = isObject(ctx.req.body) ? ctx.req.body : {};
  if (typeof body.url === 'string') record.url = body.url;
  if (typeof body.payload === 'string' || body.payload === null) record.payload = body.payload as string | null;
  if (typeof body.custom_headers === 'string' || body.custom_headers === null) record.custom_headers = body.custom_headers as string | null;
  if (body.encode_as === 'json' || body.encode_as === 'form') record.encode_as = body.encode_as;
  if (typeof body.name === 'string' && body.name !== name && body.name.trim() !== '') {
    ctx.store.webhooks.delete(name);
    record.name = body.name;
    ctx.store.webhooks.set(record.name, record);
  }
  return ok(record);
}

function remove(ctx: Ctx) {
  return ctx.store.webhooks.delete(ctx.params[0] ?? '') ? ok({}) : notFound(); // RECORDED: 200 with {}
}
