// The Webhooks integration's custom variables: `$NAME` in a webhook's URL, payload or headers is replaced by the
// variable's value when the webhook is called. As recorded (v1__Webhooks-Integration__*custom-variable*, 2022-05):
// create answers 201 with `{is_secret, name, value}`; update (PUT) answers 200 with the variable, the fields sent
// merged into it; delete answers 200 with `{}`; a variable that does not exist is 404 "Custom variable does not
// exist". A secret variable's value is never answered: the official client's model documents that it is not returned
// (left out, inferred; no secret variable is recorded). The refusals of a malformed body, a second create of a name
// and the 404 of GET and PUT are inferred in the same `errors` form.
import { ddError, invalidParameter, ok } from './errors.ts';
import { isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

const BASE = '/api/v1/integration/webhooks/configuration/custom-variables';

/** A custom variable as stored, its value included. */
export interface WebhookCustomVariableRecord {
  is_secret: boolean;
  name: string;
  value: string;
}

/** Per the client's models: upper-case letters, digits and underscores. */
const NAME = /^[A-Z0-9_]+$/;

export const webhooksCustomVariableRoutes: Route[] = [
  { method: 'POST', path: new RegExp(`^${BASE}$`), handler: create, write: true, permission: 'integrations_manage' },
  { method: 'GET', path: new RegExp(`^${BASE}/([^/]+)$`), handler: get, permission: 'integrations_read' },
  { method: 'PUT', path: new RegExp(`^${BASE}/([^/]+)$`), handler: update, write: true, permission: 'integrations_manage' },
  { method: 'DELETE', path: new RegExp(`^${BASE}/([^/]+)$`), handler: remove, write: true, permission: 'integrations_manage' },
];

const notFound = () => ddError(404, 'Custom variable does not exist'); // RECORDED (DELETE)

/** The variable as answered: a secret's value left out. */
function answered(v: WebhookCustomVariableRecord): Record<string, unknown> {
  return v.is_secret ? { is_secret: true, name: v.name } : { is_secret: false, name: v.name, value: v.value };
}

function create(ctx: Ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, 'Invalid JSON');
  if (typeof body.name !== 'string' || !NAME.test(body.name)) return ddError(400, invalidParameter('name'));
  if (typeof body.value !== 'string') return ddError(400, invalidParameter('value'));
  if (typeof body.is_secret !== 'boolean') return ddError(400, invalidParameter('is_secret'));
  if (ctx.store.webhookCustomVariables.has(body.name)) return ddError(400, `Custom variable ${body.name} already exists`); // inferred wording
  const record: WebhookCustomVariableRecord = { is_secret: body.is_secret, name: body.name, value: body.value };
  ctx.store.webhookCustomVariables.set(record.name, record);
  return { status: 201, body: answered(record) };
}

function get(ctx: Ctx) {
  const record = ctx.store.webhookCustomVariables.get(ctx.params[0] ?? '');
  return record ? ok(answered(record)) : notFound();
}

/** Every field is optional (WebhooksIntegrationCustomVariableUpdateRequest): what is sent replaces what was stored,
 * the rest stays (RECORDED for `value`). A new `name` renames the variable. */
function update(ctx: Ctx) {
  const name = ctx.params[0] ?? '';
  const record = ctx.store.webhookCustomVariables.get(name);
  if (!record) return notFound();
  const body = isObject(ctx.req.body) ? ctx.req.body : {};
  if (body.value !== undefined && typeof body.value !== 'string') return ddError(400, invalidParameter('value'));
  if (body.is_secret !== undefined && typeof body.is_secret !== 'boolean') return ddError(400, invalidParameter('is_secret'));
  if (body.name !== undefined && (typeof body.name !== 'string' || !NAME.test(body.name))) return ddError(400, invalidParameter('name'));
  const rename = typeof body.name === 'string' && body.name !== name;
  if (rename && ctx.store.webhookCustomVariables.has(body.name as string)) return ddError(400, `Custom variable ${String(body.name)} already exists`); // inferred wording
  if (typeof body.value === 'string') record.value = body.value;
  if (typeof body.is_secret === 'boolean') record.is_secret = body.is_secret;
  if (rename) {
    ctx.store.webhookCustomVariables.delete(name);
    record.name = body.name as string;
    ctx.store.webhookCustomVariables.set(record.name, record);
  }
  return ok(answered(record));
}

function remove(ctx: Ctx) {
  return ctx.store.webhookCustomVariables.delete(ctx.params[0] ?? '') ? ok({}) : notFound(); // RECORDED: 200 with {}
}
