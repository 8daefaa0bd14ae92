import { MANAGED_TAG } from '../../compile/ownership.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { eachAtOnce } from '../at-once.ts';
import { getMonitorJson, listMonitorsJson } from './json-reads.ts';
import { MONITOR_PAGE_SIZE, monitorVersion, toRemote } from './monitors.ts';

/**
 * The monitors that definitions want to adopt, read one GET per id. Adoption happens once per monitor (afterwards
 * it is owned and read in pages like the rest), so one call per adopted monitor is acceptable here, unlike in the
 * plan's regular read. A monitor that no longer exists is simply absent; the planner reports it.
 * `logicalId` is empty: these monitors have none until they are adopted.
 */
export async function readAdoptable(dd: DatadogClient, ids: readonly number[]): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    try {
      out.push(remoteOf(await getMonitorJson(dd, id)));
    } catch (err) {
      if (err instanceof ProviderError && err.status === 404) continue;
      throw err;
    }
  }
  return out;
}

/**
 * Every monitor vigil does not own, for `vigil import`: the whole list in pages of 1,000 (Datadog cannot filter on
 * a tag being absent), keeping monitors without `managed-by:vigil`. Sorted by Datadog id.
 */
export async function readUnownedMonitors(dd: DatadogClient): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (let page = 0; ; page++) {
    const batch = await listMonitorsJson(dd, 'list monitors', { page, pageSize: MONITOR_PAGE_SIZE });
    for (const monitor of batch) {
      const remote = remoteOf(monitor);
      const tags = Array.isArray(remote.body.tags) ? remote.body.tags : [];
      if (!tags.includes(MANAGED_TAG)) out.push(remote);
    }
    if (batch.length < MONITOR_PAGE_SIZE) return out.sort((a, b) => Number(a.remoteId) - Number(b.remoteId));
  }
}

/** Name lookups at once; the client's rate limiter paces them further. */
const LOOKUPS_AT_ONCE = 4;
/** Past this many names, one read of every monitor in pages of 1,000 costs fewer requests in all but huge orgs. */
const MAX_NAME_LOOKUPS = 100;

/**
 * Monitors vigil does not own whose names contain one of `names` (Datadog's `name` filter), for the plan's warning
 * that a create would duplicate one (plan/adopt.ts, offerAdoptions). One request per name, the first page of each —
 * nothing at all when the plan creates no monitor; past {@link MAX_NAME_LOOKUPS} names, the whole list in pages
 * instead. Owned monitors (those vigil reads as its own) are left out.
 */
export async function readUnownedNamed(dd: DatadogClient, names: readonly string[]): Promise<RemoteObject[]> {
  const wanted = [...new Set(names)].sort();
  if (wanted.length === 0) return [];
  if (wanted.length > MAX_NAME_LOOKUPS) return readUnownedMonitors(dd);
  const found = new Map<number, RemoteObject>();
  await eachAtOnce(wanted, LOOKUPS_AT_ONCE, async (name) => {
    const batch = await listMonitorsJson(dd, `look for unowned monitors named "${name}"`, { name, page: 0, pageSize: MONITOR_PAGE_SIZE });
    for (const monitor of batch) if (!toRemote(monitor)) found.set(Number(monitor.id), remoteOf(monitor));
  });
  return [...found.values()].sort((a, b) => Number(a.remoteId) - Number(b.remoteId));
}

/** Datadog's JSON as the planner and the importer read it. */
function remoteOf(body: Record<string, unknown>): RemoteObject {
  return { logicalId: '', remoteId: Number(body.id), version: monitorVersion(body), body };
}
