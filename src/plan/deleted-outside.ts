import { remoteReferences } from './references.ts';
import type { Change, Plan } from './types.ts';

/**
 * Marks creates of objects that were deleted outside vigil, where the plan itself holds the evidence.
 *
 * vigil keeps no state file, so a missing object usually looks the same as one never applied. There is one case
 * where the live state proves otherwise: an object vigil owns whose code is unchanged since its last apply (its
 * update is drift only: the `vigil-hash:` tag still matches the code) and whose code refers to the missing object.
 * That apply resolved the reference, which apply refuses to do for an object that does not exist, so the missing
 * object existed then and has gone since without vigil deleting it (vigil deletes an object only once nothing in the
 * code refers to it). Such creates get reason `deleted-outside`, the referring objects as `referencedBy`, and join
 * `drift`. A hand-deleted object nothing refers to stays a plain create: no evidence exists without a state file.
 */
export function noteDeletedOutside(plan: Plan): Plan {
  const creates = new Set(plan.changes.filter((c) => c.action === 'create' && c.reason === undefined && c.kind.startsWith('datadog.')).map((c) => c.id));
  if (creates.size === 0) return plan;
  const witnesses = new Map<string, Set<string>>();
  for (const u of plan.changes) {
    if (u.action !== 'update' || u.reason !== 'drift' || !u.payload) continue;
    for (const id of remoteReferences(u.payload)) {
      if (!creates.has(id)) continue;
      const set = witnesses.get(id) ?? new Set<string>();
      set.add(u.id);
      witnesses.set(id, set);
    }
  }
  if (witnesses.size === 0) return plan;
  const changes = plan.changes.map((c): Change => {
    const by = c.action === 'create' ? witnesses.get(c.id) : undefined;
    return by ? { ...c, reason: 'deleted-outside', referencedBy: [...by].sort() } : c;
  });
  const drift = [...new Set([...plan.drift, ...witnesses.keys()])].sort();
  return { ...plan, changes, drift };
}
