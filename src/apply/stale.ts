import type { Plan } from '../plan/types.ts';

/**
 * A saved plan is stale when any object it was made against changed or disappeared, or an owned object appeared
 * since. Returns one line per difference; empty when the plan still holds.
 */
export function staleness(saved: Plan, current: Plan): string[] {
  const out: string[] = [];
  const then = saved.remoteVersions;
  const now = current.remoteVersions;
  // Which definition each remote object belongs to, so the line names what a reviewer knows.
  const logical = new Map<string, string>();
  for (const plan of [current, saved]) {
    for (const [id, remote] of Object.entries(plan.remoteIds)) {
      for (const key of [String(remote), `pagerduty:${remote}`]) if (!logical.has(key)) logical.set(key, id);
    }
  }
  const named = (id: string) => (logical.has(id) ? ` ("${logical.get(id)}")` : '');
  for (const id of Object.keys(then).sort()) {
    if (!(id in now)) out.push(`remote object ${id}${named(id)} was deleted`);
    else if (now[id] !== then[id]) {
      out.push(`remote object ${id} changed (${logical.has(id) ? `"${logical.get(id)}", ` : ''}version ${then[id]} → ${now[id]})`);
    }
  }
  for (const id of Object.keys(now).sort()) if (!(id in then)) out.push(`remote object ${id}${named(id)} appeared`);
  return out;
}
