import { v1 } from './official-client.ts';
import { contentHash } from '../../compile/canonical.ts';
import { ID_TAG_PREFIX, MANAGED_TAG } from '../../compile/ownership.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { listSlosJson } from './json-reads.ts';
import { call } from './call.ts';

/** Page size for the SLO list (`limit`; Datadog's default and the client's pagination default is 1000). */
export const SLO_PAGE_SIZE = 1000;

type Wire = Record<string, unknown>;

/**
 * Every SLO vigil owns, read in pages through the list endpoint filtered by the ownership tag server-side
 * (`tags_query` takes one tag): O(pages) requests. SLOs without the tag are never seen.
 */
export async function readOwnedSlos(dd: DatadogClient): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (let offset = 0; ; offset += SLO_PAGE_SIZE) {
    const batch = await listSlosJson(dd, 'list SLOs', { tagsQuery: MANAGED_TAG, limit: SLO_PAGE_SIZE, offset });
    for (const slo of batch) {
      const remote = toRemote(slo);
      if (remote) out.push(remote);
    }
    if (batch.length < SLO_PAGE_SIZE) return out;
  }
}

/** Owned SLOs carrying one logical id (used before retrying a create whose answer was lost). */
export async function findSlosByLogicalId(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]> {
  const batch = await listSlosJson(dd, 'find SLO', { tagsQuery: `${ID_TAG_PREFIX}${logicalId}`, limit: SLO_PAGE_SIZE });
  return batch.map(toRemote).filter((r): r is RemoteObject => r !== undefined && r.logicalId === logicalId);
}

export async function createSlo(dd: DatadogClient, payload: Wire): Promise<RemoteObject> {
  const body = v1.ObjectSerializer.deserialize(payload, 'ServiceLevelObjectiveRequest', '') as v1.ServiceLevelObjectiveRequest;
  const res = await call('create SLO', () => dd.slos.createSLO({ body }));
  return mustBeOwned(res.data?.[0]);
}

/** PUT replaces the SLO with the payload (every managed field is sent). */
export async function updateSlo(dd: DatadogClient, remoteId: string, payload: Wire): Promise<RemoteObject> {
  const body = v1.ObjectSerializer.deserialize(payload, 'ServiceLevelObjective', '') as v1.ServiceLevelObjective;
  const res = await call('update SLO', () => dd.slos.updateSLO({ sloId: remoteId, body }));
  return mustBeOwned(res.data?.[0]);
}

/**
 * Deletes an SLO; one already gone counts as deleted. Never forced: Datadog refuses (409) while something vigil does
 * not own, such as a dashboard or a hand-made alert, still uses it, and that is for a person to decide.
 */
export async function deleteSlo(dd: DatadogClient, remoteId: string): Promise<void> {
  try {
    await call('delete SLO', () => dd.slos.deleteSLO({ sloId: remoteId }));
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404) return;
    throw err;
  }
}

/**
 * An owned SLO as vigil compares it, from Datadog's JSON. The version is the second-resolution `modified_at` plus a
 * hash of the body, so two edits within one second still tell a saved plan apart.
 */
export function toRemote(body: Wire): RemoteObject | undefined {
  const tags = (Array.isArray(body.tags) ? body.tags : []).map((t) => String(t).toLowerCase());
  if (!tags.includes(MANAGED_TAG)) return undefined;
  const idTag = tags.find((t) => t.startsWith(ID_TAG_PREFIX));
  if (!idTag || typeof body.id !== 'string') return undefined;
  return { logicalId: idTag.slice(ID_TAG_PREFIX.length), remoteId: body.id, version: `${String(body.modified_at ?? '')}:${contentHash(body)}`, body };
}

/** The answer to a write, turned back into Datadog's JSON (the write's answer comes through the client's model). */
function mustBeOwned(slo: v1.ServiceLevelObjective | undefined): RemoteObject {
  const remote = slo && toRemote(v1.ObjectSerializer.serialize(slo, 'ServiceLevelObjective', '') as Wire);
  if (!remote) throw new ProviderError('Datadog answered with an SLO that lacks vigil\'s ownership tags', 200, false);
  return remote;
}
