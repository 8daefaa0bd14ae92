import { canonicalJson } from '../compile/canonical.ts';
import type { Change, Plan } from '../plan/types.ts';

/**
 * Where a saved plan differs from a plan of the definitions at hand: one line per change found in only one of them
 * or made differently. Empty when applying the saved plan does exactly what these definitions ask. A plan file is
 * only data: this is what stops a plan someone edited, or made from other definitions, from being applied in their
 * name.
 */
export function planMismatches(saved: Plan, fresh: Plan): string[] {
  const key = (c: Change) => `${c.action} ${c.kind} ${c.id}`;
  const body = (c: Change) => canonicalJson({ remoteId: c.remoteId ?? null, reason: c.reason ?? null, payload: c.payload ?? null, dependsOn: c.dependsOn ?? [] });
  const ours = new Map(fresh.changes.map((c) => [key(c), c]));
  const theirs = new Map(saved.changes.map((c) => [key(c), c]));
  const out: string[] = [];
  for (const [k, c] of [...theirs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const mine = ours.get(k);
    if (!mine) out.push(`only in the saved plan: ${k}`);
    else if (body(mine) !== body(c)) out.push(`made differently in the saved plan: ${k}`);
  }
  for (const k of [...ours.keys()].sort()) if (!theirs.has(k)) out.push(`missing from the saved plan: ${k}`);
  return out;
}
