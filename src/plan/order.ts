import { notificationHandles, parseHandle } from '../routing/handles.ts';
import { ROUTE_TAG_PREFIX } from '../routing/notification-rules.ts';
import type { Change, ResourceKind } from './types.ts';

/**
 * Providers' objects come before the Datadog objects that point at them (PagerDuty services before handles), and
 * notification rules before the monitors routed through them.
 */
const PHASE: Record<ResourceKind, number> = {
  'pagerduty.team': 0,
  'pagerduty.escalation-policy': 1,
  'pagerduty.service': 2,
  'pagerduty.integration': 3,
  'datadog.pagerduty-service': 4,
  'datadog.notification-rule': 5,
  'datadog.monitor': 6,
  'datadog.slo': 6,
  // After the monitors they mute, whose Datadog ids they need.
  'datadog.downtime': 7,
  // After the SLOs they correct, whose Datadog ids they need.
  'datadog.slo-correction': 7,
};

/**
 * Execution order: creates and updates first, each after what it depends on (monitors → composites and SLOs → SLO
 * alerts); then deletes in reverse, so nothing is deleted while something still points at it.
 *
 * A monitor routed by a notification rule must never be left unrouted, so its write also waits for the write of the
 * rule its `vigil-route:` tag names ({@link routeDependencies}): when routing moves to notification rules, the rule
 * exists before the update that gives the monitor its tag and takes the handles out of its message — and if the rule
 * cannot be written, apply skips that update and the handles stay. Moving back, the update that puts the handles in
 * is a write and every delete (the rule's too) waits for all writes. Likewise a monitor or rule that notifies
 * `@pagerduty-<service>` waits for the write of Datadog's service object of that name ({@link serviceDependencies}),
 * so its first alert has somewhere to go.
 */
export function order(changes: readonly Change[]): Change[] {
  changes = serviceDependencies(routeDependencies(changes));
  const depth = depths(changes);
  const key = (c: Change) => [PHASE[c.kind], depth.get(c.id) ?? 0, c.id] as const;
  const cmp = (a: Change, b: Change, sign: 1 | -1) => {
    const ka = key(a), kb = key(b);
    if (ka[0] !== kb[0]) return sign * (ka[0] - kb[0]);
    if (ka[1] !== kb[1]) return sign * (ka[1] - kb[1]);
    return ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : String(a.remoteId ?? '') < String(b.remoteId ?? '') ? -1 : 1;
  };
  const writes = changes.filter((c) => c.action !== 'delete').sort((a, b) => cmp(a, b, 1));
  const deletes = changes.filter((c) => c.action === 'delete').sort((a, b) => cmp(a, b, -1));
  return [...writes, ...deletes];
}

/**
 * Each monitor create or update that carries a `vigil-route:<rule>` tag depends on the create or update of that rule
 * in the same plan (a rule that is unchanged exists already). Returns the changes, with `dependsOn` extended.
 */
export function routeDependencies(changes: readonly Change[]): Change[] {
  const ruleWrites = new Set(changes.filter((c) => c.kind === 'datadog.notification-rule' && c.action !== 'delete').map((c) => c.id));
  if (ruleWrites.size === 0) return [...changes];
  return changes.map((c) => {
    if (c.kind !== 'datadog.monitor' || c.action === 'delete' || !Array.isArray(c.payload?.tags)) return c;
    const rules = (c.payload.tags as unknown[]).filter((t): t is string => typeof t === 'string' && t.startsWith(ROUTE_TAG_PREFIX))
      .map((t) => t.slice(ROUTE_TAG_PREFIX.length)).filter((id) => ruleWrites.has(id) && !(c.dependsOn ?? []).includes(id));
    return rules.length ? { ...c, dependsOn: [...(c.dependsOn ?? []), ...rules] } : c;
  });
}

/**
 * Each monitor or notification rule create or update that notifies `@pagerduty-<name>` depends on the create or
 * update of Datadog's PagerDuty service object `<name>` in the same plan (one that is unchanged exists already).
 * Apply starts a change as soon as what it depends on is done, so without this a monitor could page a service
 * Datadog does not know yet. Returns the changes, with `dependsOn` extended.
 */
export function serviceDependencies(changes: readonly Change[]): Change[] {
  const serviceWrites = new Map(changes.filter((c) => c.kind === 'datadog.pagerduty-service' && c.action !== 'delete')
    .map((c) => [String(c.payload?.service_name ?? ''), c.id]));
  if (serviceWrites.size === 0) return [...changes];
  return changes.map((c) => {
    if ((c.kind !== 'datadog.monitor' && c.kind !== 'datadog.notification-rule') || c.action === 'delete' || !c.payload) return c;
    const needed = new Set<string>();
    for (const handle of paged(c)) {
      const { kind, name } = parseHandle(handle);
      const id = kind === 'pagerduty' ? serviceWrites.get(name) : undefined;
      if (id !== undefined && !(c.dependsOn ?? []).includes(id)) needed.add(id);
    }
    return needed.size ? { ...c, dependsOn: [...(c.dependsOn ?? []), ...needed] } : c;
  });
}

/** The handles a monitor's message and re-notification text, or a notification rule's recipients, name. */
function paged(c: Change): string[] {
  const payload = c.payload as Record<string, unknown>;
  if (c.kind === 'datadog.monitor') {
    const options = payload.options as { escalation_message?: unknown } | undefined;
    return [...notificationHandles(payload.message), ...notificationHandles(options?.escalation_message)];
  }
  const attributes = (payload.data as { attributes?: Record<string, unknown> } | undefined)?.attributes ?? {};
  const conditions = (attributes.conditional_recipients as { conditions?: Array<{ recipients?: unknown }> } | undefined)?.conditions ?? [];
  return [attributes.recipients, ...conditions.map((x) => x.recipients)]
    .flatMap((list) => (Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : []));
}

/** Dependency depth of each id: 0 for objects that refer to nothing, 1 + the deepest dependency otherwise. */
function depths(changes: readonly Change[]): Map<string, number> {
  const deps = new Map<string, string[]>();
  for (const c of changes) deps.set(c.id, [...(deps.get(c.id) ?? []), ...(c.dependsOn ?? [])]);
  const memo = new Map<string, number>();
  const visit = (id: string, stack: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (stack.has(id)) return 0; // a cycle is a validation error elsewhere; don't loop here
    stack.add(id);
    const d = Math.max(-1, ...(deps.get(id) ?? []).map((dep) => visit(dep, stack))) + 1;
    stack.delete(id);
    memo.set(id, d);
    return d;
  };
  for (const id of deps.keys()) visit(id, new Set());
  return memo;
}
