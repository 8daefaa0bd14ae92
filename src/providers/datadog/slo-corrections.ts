// SLO corrections vigil owns: read in pages, written one at a time, through the official client's request builders
// with the answer taken as the JSON the server sent (json-reads.ts). Ownership is the marker line at the end of the
// description (compile/datadog/slo-correction.ts): corrections have no tags to filter by, so every page of the list
// is read and the marker checked here.
import { contentHash } from '../../compile/canonical.ts';
import { readMarker } from '../../compile/marker.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { dataList, dataObject, readJson } from './json-reads.ts';
import { v1 } from './official-client.ts';
import { isObject } from '../../compile/datadog/json.ts';

type Wire = Record<string, unknown>;

/** Page size of the correction list (`limit`; Datadog's default is 25, no maximum is documented). */
export const CORRECTION_PAGE_SIZE = 100;

/** Every correction carrying vigil's marker line. */
export async function readOwnedSloCorrections(dd: DatadogClient): Promise<RemoteObject[]> {
  const r = dd.readers;
  const out: RemoteObject[] = [];
  for (let offset = 0; ; offset += CORRECTION_PAGE_SIZE) {
    const batch = await readJson(dd, 'list SLO corrections', r.correctionRequests.listSLOCorrection(offset, CORRECTION_PAGE_SIZE),
      (res) => r.correctionErrors.listSLOCorrection(res), dataList);
    for (const c of batch) {
      const remote = toRemoteCorrection(c);
      if (remote) out.push(remote);
    }
    if (batch.length < CORRECTION_PAGE_SIZE) return out;
  }
}

/** Owned corrections carrying one logical id (before retrying a create whose answer was lost). */
export async function findSloCorrectionsByLogicalId(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]> {
  return (await readOwnedSloCorrections(dd)).filter((c) => c.logicalId === logicalId);
}

export async function createSloCorrection(dd: DatadogClient, payload: Wire): Promise<RemoteObject> {
  const r = dd.readers;
  const body = v1.ObjectSerializer.deserialize(payload, 'SLOCorrectionCreateRequest', '') as v1.SLOCorrectionCreateRequest;
  return written(await readJson(dd, 'create SLO correction', r.correctionRequests.createSLOCorrection(body), (res) => r.correctionErrors.createSLOCorrection(res), dataObject));
}

/**
 * PATCH with every managed attribute but `slo_id`, which Datadog does not change on a correction: the planner
 * replaces a correction that moves to another SLO (plan/datadog-kinds.ts).
 */
export async function updateSloCorrection(dd: DatadogClient, remoteId: string, payload: Wire): Promise<RemoteObject> {
  const r = dd.readers;
  const { slo_id: _slo, ...attributes } = (payload.data as { attributes: Wire }).attributes;
  const body = v1.ObjectSerializer.deserialize({ data: { type: 'correction', attributes } }, 'SLOCorrectionUpdateRequest', '') as v1.SLOCorrectionUpdateRequest;
  return written(await readJson(dd, 'update SLO correction', r.correctionRequests.updateSLOCorrection(remoteId, body), (res) => r.correctionErrors.updateSLOCorrection(res), dataObject));
}

/** DELETE answers 204; one already gone (404) counts as deleted. */
export async function deleteSloCorrection(dd: DatadogClient, remoteId: string): Promise<void> {
  const r = dd.readers;
  try {
    await readJson(dd, 'delete SLO correction', r.correctionRequests.deleteSLOCorrection(remoteId), (res) => r.correctionErrors.deleteSLOCorrection(res), () => true);
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404) return;
    throw err;
  }
}

/**
 * An owned correction as vigil compares it: the body is `{ data: resource }`, as `GET /api/v1/slo/correction/{id}`
 * answers. The version is `modified_at` (seconds) plus a hash of the attributes, without the people who made and
 * changed it and the create answer's null timestamps, so an edit within a second makes a saved plan stale too.
 */
export function toRemoteCorrection(resource: Wire): RemoteObject | undefined {
  const attributes = isObject(resource.attributes) ? resource.attributes : undefined;
  const marker = readMarker(attributes?.description);
  if (!attributes || !marker || typeof resource.id !== 'string') return undefined;
  const { creator: _c, modifier: _m, created_at: _ca, modified_at: modified, ...rest } = attributes;
  return { logicalId: marker.id, remoteId: resource.id, version: `${String(modified ?? '')}:${contentHash(rest)}`, body: { data: resource } };
}

function written(resource: Wire): RemoteObject {
  const remote = toRemoteCorrection(resource);
  if (!remote) throw new ProviderError('Datadog answered with an SLO correction that lacks vigil\'s marker line', 200, false);
  return remote;
}
