import type { Plan } from '../plan/types.ts';

/**
 * A saved plan is stale when any object it was made against changed or disappeared, or an owned object appeared
 * since. Returns one line per difference; empty when the plan still holds.
 */
export function staleness(saved: Plan, current: Plan): string[] {
  const out: string[] = [];
  const then = saved.remoteVersions;
  const now = current.remoteVersions;
  for (const id of Object.keys(then).sort()) {
    if (!(id in now)) out.push(`remote object ${id} was deleted`);
    else if (now[id] !== then[id]) out.push(`remote object ${id} changed (version ${then[id]} → ${now[id]})`);
  }
  for (const id of Object.keys(now).sort()) if (!(id in then)) out.push(`remote object ${id} appeared`);
  return out;
}
