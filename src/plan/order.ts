import type { Change, ResourceKind } from './types.ts';

/** Providers' objects come before the Datadog objects that point at them (PagerDuty services before handles). */
const PHASE: Record<ResourceKind, number> = {
  'pagerduty.team': 0,
  'pagerduty.escalation-policy': 1,
  'pagerduty.service': 2,
  'pagerduty.integration': 3,
  'datadog.pagerduty-service': 4,
  'datadog.monitor': 5,
  'datadog.slo': 5,
};

/**
 * Execution order: creates and updates first, each after what it depends on (monitors → composites and SLOs → SLO
 * alerts); then deletes in reverse, so nothing is deleted while something still points at it.
 */
export function order(changes: readonly Change[]): Change[] {
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
