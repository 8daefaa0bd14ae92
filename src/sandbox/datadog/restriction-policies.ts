// Restriction policies (v2) for monitors: the 2026 way to restrict who may edit a monitor, replacing its
// `restricted_roles` (Terraform provider v4.0 removed `locked`; surfaces-2026.md). The two are one setting seen
// from two sides (OBSERVED: TestAccDatadogMonitor_WithRestrictionPolicy, 2026-03): after a policy binds
// `role:<id>` as editor, the monitor reads `restricted_roles: ["<id>"]`; after the policy is deleted (204), it reads
// `restricted_roles: null`. Only `monitor:` resources are served.
import { ddError, noContent, ok } from './errors.ts';
import { type JsonObject, type MonitorRecord, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';

export const restrictionPolicyRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v2\/restriction_policy\/monitor:(\d+)$/, handler: get },
  { method: 'POST', path: /^\/api\/v2\/restriction_policy\/monitor:(\d+)$/, handler: update, write: true },
  { method: 'DELETE', path: /^\/api\/v2\/restriction_policy\/monitor:(\d+)$/, handler: remove, write: true },
];

// Invented wording: no refusal is recorded.
const notFound = () => ddError(404, 'Monitor not found');

function get(ctx: Ctx) {
  const m = monitor(ctx);
  if (!m) return notFound();
  return ok(view(m, ctx.store.restrictionPolicies.get(m.id) ?? bindingsOf(m.restricted_roles)));
}

function update(ctx: Ctx) {
  const m = monitor(ctx);
  if (!m) return notFound();
  const body = ctx.req.body;
  const data = isObject(body) ? body['data'] : undefined;
  const attributes = isObject(data) ? data['attributes'] : undefined;
  const bindings = isObject(attributes) ? attributes['bindings'] : undefined;
  if (!Array.isArray(bindings) || !bindings.every(validBinding)) return ddError(400, 'Invalid restriction policy'); // invented wording
  // OBSERVED: the answer writes each binding as `{relation, principals}`, whatever order the request used.
  const stored = bindings.map((b) => ({ relation: b['relation'], principals: b['principals'] }));
  ctx.store.restrictionPolicies.set(m.id, stored);
  ctx.store.monitors.set(m.id, { ...m, restricted_roles: editorRoles(stored) });
  return ok(view(m, stored));
}

function remove(ctx: Ctx) {
  const m = monitor(ctx);
  if (!m) return notFound();
  ctx.store.restrictionPolicies.delete(m.id);
  ctx.store.monitors.set(m.id, { ...m, restricted_roles: null });
  // OBSERVED: 204, empty, but labelled JSON (unlike the v1 endpoints' empty answers).
  return { ...noContent(), headers: { 'content-type': 'application/json' } };
}

function monitor(ctx: Ctx): MonitorRecord | undefined {
  return ctx.store.monitors.get(Number(ctx.params[0]));
}

function validBinding(b: unknown): b is JsonObject {
  return isObject(b) && typeof b['relation'] === 'string' && Array.isArray(b['principals']) && b['principals'].every((p) => typeof p === 'string');
}

/** The roles an editor binding names (`role:<id>`); null when none, as a monitor without restriction reads. */
export function editorRoles(bindings: JsonObject[]): string[] | null {
  const roles = bindings
    .filter((b) => b['relation'] === 'editor')
    .flatMap((b) => (b['principals'] as string[]).filter((p) => p.startsWith('role:')).map((p) => p.slice('role:'.length)));
  return roles.length > 0 ? roles : null;
}

/** A monitor restricted through `restricted_roles` alone reads as a policy binding those roles as editors
 * (inference: the two are one setting). */
function bindingsOf(roles: string[] | null): JsonObject[] {
  return roles && roles.length > 0 ? [{ relation: 'editor', principals: roles.map((r) => `role:${r}`) }] : [];
}

function view(m: MonitorRecord, bindings: JsonObject[]): JsonObject {
  return { data: { type: 'restriction_policy', id: `monitor:${m.id}`, attributes: { bindings } } };
}
