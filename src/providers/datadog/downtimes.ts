// Downtimes v2 vigil owns: read in pages, written one at a time, through the official client's request builders with
// the answer taken as the JSON the server sent (as json-reads.ts does for monitors and SLOs). Ownership is the marker
// line at the end of `message` (compile/datadog/downtime.ts): downtimes have no tags to filter by, so every page of
// the list is read and the marker checked here.
import { contentHash } from '../../compile/canonical.ts';
import { downtimeAt } from '../../compile/datadog/downtime-time.ts';
import { readMarker } from '../../compile/marker.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { dataList, dataObject, readJson } from './json-reads.ts';
import { listDowntimesError } from './downtime-list.ts';
import { isObject } from '../../compile/datadog/json.ts';

type Wire = Record<string, unknown>;

/** Page size of the downtime list (`page[limit]`; Datadog's default is 30, no maximum is documented). */
export const DOWNTIME_PAGE_SIZE = 100;

/**
 * Every downtime that is not cancelled, in pages: cancelled ones are what a delete leaves, and no longer anyone's.
 * Windows that have ended are kept: the planner leaves them alone (plan/datadog-kinds.ts).
 */
async function readDowntimes(dd: DatadogClient): Promise<Wire[]> {
  const out: Wire[] = [];
  for (let offset = 0; ; offset += DOWNTIME_PAGE_SIZE) {
    const batch = await readJson(dd, 'list downtimes', Promise.resolve(dd.readers.downtimePage(offset, DOWNTIME_PAGE_SIZE)), listDowntimesError, dataList);
    out.push(...batch.filter((d) => !isCancelled(d)));
    if (batch.length < DOWNTIME_PAGE_SIZE) return out;
  }
}

/** Every downtime carrying vigil's marker line, ended ones included. */
export async function readOwnedDowntimes(dd: DatadogClient): Promise<RemoteObject[]> {
  return (await readDowntimes(dd)).map(toRemoteDowntime).filter((r): r is RemoteObject => r !== undefined);
}

/** Downtimes without the marker that are still to come or running: what `vigil import` offers to adopt. */
export async function readUnownedDowntimes(dd: DatadogClient): Promise<RemoteObject[]> {
  return (await readDowntimes(dd)).filter((d) => !readMarker(attributesOf(d)?.message) && attributesOf(d)?.status !== 'ended').map(asRemote);
}

/** Downtimes by id, whoever owns them (those a definition adopts); ids Datadog does not know are left out. */
export async function readDowntimesById(dd: DatadogClient, ids: readonly string[]): Promise<RemoteObject[]> {
  if (ids.length === 0) return [];
  const calls = await dd.downtimes();
  const out: RemoteObject[] = [];
  for (const id of ids) {
    try {
      const resource = await readJson(dd, `read downtime ${id}`, calls.requests.getDowntime(id), (res) => calls.errors.getDowntime(res), dataObject);
      if (!isCancelled(resource)) out.push(asRemote(resource));
    } catch (err) {
      if (!(err instanceof ProviderError && (err.status === 404 || err.status === 400))) throw err;
    }
  }
  return out;
}

/** Owned downtimes carrying one logical id (before retrying a create whose answer was lost). */
export async function findDowntimesByLogicalId(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]> {
  return (await readOwnedDowntimes(dd)).filter((d) => d.logicalId === logicalId);
}

/** Creates a downtime; a start that has passed since the plan was made is moved on first (downtime-time.ts). */
export async function createDowntime(dd: DatadogClient, payload: Wire): Promise<RemoteObject> {
  const calls = await dd.downtimes();
  const body = calls.model(sendable(payload), 'DowntimeCreateRequest');
  return written(await readJson(dd, 'create downtime', calls.requests.createDowntime(body), (res) => calls.errors.createDowntime(res), dataObject));
}

/** PATCH with every managed attribute: what is not sent (a one-off start left to the server) is kept. */
export async function updateDowntime(dd: DatadogClient, remoteId: string, payload: Wire): Promise<RemoteObject> {
  const calls = await dd.downtimes();
  const data = sendable(payload).data as Wire;
  const body = calls.model({ data: { ...data, id: remoteId } }, 'DowntimeUpdateRequest');
  return written(await readJson(dd, 'update downtime', calls.requests.updateDowntime(remoteId, body), (res) => calls.errors.updateDowntime(res), dataObject));
}

/** DELETE cancels a downtime; one already gone counts as cancelled (Datadog answers 204 again for a cancelled one). */
export async function cancelDowntime(dd: DatadogClient, remoteId: string): Promise<void> {
  const calls = await dd.downtimes();
  try {
    await readJson(dd, 'cancel downtime', calls.requests.cancelDowntime(remoteId), (res) => calls.errors.cancelDowntime(res), () => true);
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404) return;
    throw err;
  }
}

/** A saved plan may be applied after a start it carries has passed: what Datadog would refuse is moved on. */
function sendable(payload: Wire): Wire {
  return downtimeAt(payload, Date.now()) ?? payload;
}

/** An owned downtime as vigil compares it, or undefined without vigil's marker. */
export function toRemoteDowntime(resource: Wire): RemoteObject | undefined {
  const marker = readMarker(attributesOf(resource)?.message);
  return marker && typeof resource.id === 'string' ? { ...asRemote(resource), logicalId: marker.id } : undefined;
}

/**
 * Any downtime as a remote object: the body is `{ data: resource }`, as `GET /api/v2/downtime/{id}` answers. The
 * version is `modified` plus a hash of the attributes without what moves by itself — `status` (scheduled, active,
 * ended) and a recurring schedule's `current_downtime` — which must not make a saved plan stale.
 */
function asRemote(resource: Wire): RemoteObject {
  const { status: _status, schedule, ...rest } = attributesOf(resource) ?? {};
  const { current_downtime: _current, ...steady } = isObject(schedule) ? schedule : {};
  const { relationships: _relationships, ...data } = resource;
  const modified = String(attributesOf(resource)?.modified ?? '');
  return { logicalId: '', remoteId: String(resource.id), version: `${modified}:${contentHash({ ...rest, schedule: steady })}`, body: { data } };
}

function attributesOf(resource: Wire): Wire | undefined {
  return isObject(resource.attributes) ? resource.attributes : undefined;
}

function isCancelled(resource: Wire): boolean {
  const a = attributesOf(resource);
  return Boolean(a?.canceled) || a?.status === 'canceled';
}

function written(resource: Wire): RemoteObject {
  const remote = toRemoteDowntime(resource);
  if (!remote) throw new ProviderError('Datadog answered with a downtime that lacks vigil\'s marker line', 200, false);
  return remote;
}
