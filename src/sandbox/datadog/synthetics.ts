// Just enough of the Synthetics API to create the `synthetics alert` monitor the real API attaches to every test
// (OBSERVED: Get-a-synthetics-monitor-s-details). Monitors of this type cannot be created through /monitor.
import { ddError, invalidParameter, ok } from './errors.ts';
import { type JsonObject, type MonitorRecord, ORG_ID, type SyntheticsTestRecord, USER, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';
import { isoMicros } from './time.ts';

export const syntheticsRoutes: Route[] = [
  { method: 'POST', path: /^\/api\/v1\/synthetics\/tests\/(api|browser)$/, handler: create, write: true },
  { method: 'POST', path: /^\/api\/v1\/synthetics\/tests\/delete$/, handler: remove, write: true },
  { method: 'GET', path: /^\/api\/v1\/synthetics\/tests\/([a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3})$/, handler: get },
];

function create(ctx: Ctx) {
  const body = ctx.req.body;
  if (!isObject(body)) return ddError(400, 'Invalid JSON');
  for (const key of ['name', 'type', 'message'] as const) {
    if (typeof body[key] !== 'string') return ddError(400, invalidParameter(key)); // invented wording
  }
  if (!Array.isArray(body['locations']) || !isObject(body['config']) || !isObject(body['options'])) {
    return ddError(400, invalidParameter('config'));
  }
  const publicId = ctx.store.nextSyntheticsId();
  const monitorId = ctx.store.nextMonitorId();
  const by = { name: USER.name, handle: USER.handle, email: USER.email };
  const test: SyntheticsTestRecord = {
    public_id: publicId, name: body['name'], status: 'live', type: body['type'], tags: body['tags'] ?? [],
    created_at: isoMicros(ctx.now), modified_at: isoMicros(ctx.now), config: withoutSecrets(body['config']),
    message: body['message'], options: body['options'], locations: body['locations'], subtype: body['subtype'],
    created_by: by, deleted_at: null, monitor_id: monitorId, org_id: ORG_ID, modified_by: by,
  };
  ctx.store.synthetics.set(publicId, test);
  ctx.store.monitors.set(monitorId, monitorFor(test, body, ctx.now));
  return ok(test);
}

function get(ctx: Ctx) {
  const test = ctx.store.synthetics.get(ctx.params[0] ?? '');
  return test ? ok(test) : ddError(404, 'Synthetic Monitoring test not found'); // invented wording
}

function remove(ctx: Ctx) {
  const ids = isObject(ctx.req.body) ? ctx.req.body['public_ids'] : undefined;
  if (!Array.isArray(ids) || ids.length === 0) return ddError(400, invalidParameter('public_ids'));
  const deleted: JsonObject[] = [];
  for (const id of ids) {
    const test = ctx.store.synthetics.get(String(id));
    if (!test) continue;
    ctx.store.synthetics.delete(test.public_id);
    ctx.store.monitors.delete(test.monitor_id);
    deleted.push({ public_id: test.public_id, deleted_at: isoMicros(ctx.now) });
  }
  return ok({ deleted_tests: deleted });
}

/** OBSERVED: the monitor is named after `options.monitor_name`, gets the test's tags plus derived ones, the query
 * `no_query`, and these options. */
function monitorFor(test: SyntheticsTestRecord, body: JsonObject, now: number): MonitorRecord {
  const options = body['options'] as JsonObject;
  const subtype = typeof body['subtype'] === 'string' ? body['subtype'] : undefined;
  const checkType = body['type'] === 'api' && subtype && subtype !== 'http' ? `api-${subtype}` : String(body['type']);
  const tags = [
    ...(test['tags'] as string[]),
    ...(test['locations'] as string[]).map((l) => `probe_dc:${l}`),
    `check_type:${checkType}`, 'check_status:live', 'ci_execution_rule:blocking',
  ];
  return {
    id: test.monitor_id, org_id: ORG_ID, type: 'synthetics alert',
    name: typeof options['monitor_name'] === 'string' ? options['monitor_name'] : String(test['name']),
    message: String(test['message']), tags, query: 'no_query',
    options: { on_missing_data: 'show_no_data', notify_audit: false, new_host_delay: 300, include_tags: true, synthetics_check_id: test.public_id, silenced: {} },
    multi: false, created_at: now, created: isoMicros(now), modified: isoMicros(now), deleted: null,
    priority: typeof options['monitor_priority'] === 'number' ? options['monitor_priority'] : null,
    restricted_roles: null, draft_status: 'published', assets: [], overall_state_modified: null, overall_state: 'No Data',
    creator: { name: USER.name, handle: USER.handle, email: USER.email, id: USER.id },
  };
}

/** OBSERVED: certificate contents are accepted but never returned. */
function withoutSecrets(config: unknown): unknown {
  const copy = structuredClone(config) as JsonObject;
  const request = copy['request'];
  const cert = isObject(request) ? request['certificate'] : undefined;
  if (isObject(cert)) for (const part of Object.values(cert)) if (isObject(part)) delete part['content'];
  return copy;
}
