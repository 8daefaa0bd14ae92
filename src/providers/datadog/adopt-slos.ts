// SLOs vigil does not own yet, for `vigil import` and for adopting them (the SLO side of ./adopt.ts).
import { contentHash } from '../../compile/canonical.ts';
import { MANAGED_TAG } from '../../compile/ownership.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { eachAtOnce } from '../at-once.ts';
import { getSloJson, listSlosJson } from './json-reads.ts';
import { SLO_PAGE_SIZE } from './slos.ts';

/**
 * Every SLO vigil does not own, for `vigil import`: the whole list in pages of 1,000 (`tags_query` cannot select a
 * tag's absence), keeping SLOs without `managed-by:vigil`. Sorted by Datadog id.
 */
export async function readUnownedSlos(dd: DatadogClient): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (let offset = 0; ; offset += SLO_PAGE_SIZE) {
    const batch = await listSlosJson(dd, 'list SLOs', { limit: SLO_PAGE_SIZE, offset });
    for (const slo of batch) {
      const remote = unownedRemote(slo);
      if (!isOwned(remote.body)) out.push(remote);
    }
    if (batch.length < SLO_PAGE_SIZE) return out.sort((a, b) => (String(a.remoteId) < String(b.remoteId) ? -1 : 1));
  }
}

/**
 * The SLOs that definitions want to adopt, read one GET per id (adoption happens once per SLO). An SLO that no
 * longer exists is simply absent; the planner reports it. `logicalId` is empty until the SLO is adopted.
 */
export async function readAdoptableSlos(dd: DatadogClient, ids: readonly string[]): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (const id of [...new Set(ids)].sort()) {
    try {
      out.push(unownedRemote(await getSloJson(dd, id)));
    } catch (err) {
      if (err instanceof ProviderError && err.status === 404) continue;
      throw err;
    }
  }
  return out;
}

/** Name lookups at once; the client's rate limiter paces them further. */
const LOOKUPS_AT_ONCE = 4;
/** Past this many names, one read of every SLO in pages of 1,000 costs fewer requests in all but huge orgs. */
const MAX_NAME_LOOKUPS = 100;

/**
 * SLOs vigil does not own whose names contain one of `names` (the list's `query` filter), for the plan's warning that
 * a create would duplicate one (plan/adopt.ts, offerAdoptions): one request per name, the first page of each, nothing
 * when the plan creates no SLO; past {@link MAX_NAME_LOOKUPS} names, the whole list in pages instead.
 */
export async function readUnownedSlosNamed(dd: DatadogClient, names: readonly string[]): Promise<RemoteObject[]> {
  const wanted = [...new Set(names)].sort();
  if (wanted.length === 0) return [];
  if (wanted.length > MAX_NAME_LOOKUPS) return readUnownedSlos(dd);
  const found = new Map<string, RemoteObject>();
  await eachAtOnce(wanted, LOOKUPS_AT_ONCE, async (name) => {
    const batch = await listSlosJson(dd, `look for unowned SLOs named "${name}"`, { query: name, limit: SLO_PAGE_SIZE });
    for (const slo of batch) {
      const remote = unownedRemote(slo);
      if (!isOwned(remote.body)) found.set(String(remote.remoteId), remote);
    }
  });
  return [...found.values()].sort((a, b) => (String(a.remoteId) < String(b.remoteId) ? -1 : 1));
}

/** True when the SLO carries vigil's ownership tag (Datadog lowercases SLO tags). */
export function isOwned(body: Record<string, unknown>): boolean {
  return Array.isArray(body.tags) && body.tags.some((t) => String(t).toLowerCase() === MANAGED_TAG);
}

/**
 * An SLO body as a remote object without a logical id. The version is `modified_at` plus a hash of the body, like
 * owned SLOs' (./slos.ts), so a saved plan notices two edits within one second. Fields only the single-SLO read
 * returns (`configured_alert_ids`) are left out of the hash, so both reads give one version.
 */
function unownedRemote(body: Record<string, unknown>): RemoteObject {
  const { configured_alert_ids: _alerts, ...rest } = body;
  return { logicalId: '', remoteId: String(body.id), version: `${String(body.modified_at ?? '')}:${contentHash(rest)}`, body: rest };
}
