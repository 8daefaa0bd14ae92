import { v1 } from './official-client.ts';
import { contentHash } from '../../compile/canonical.ts';
import { ID_TAG_PREFIX, MANAGED_TAG } from '../../compile/ownership.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import { call } from './call.ts';
import type { DatadogClient } from './client.ts';
import { listMonitorsJson } from './json-reads.ts';

/** Datadog's maximum page size for the monitor list. */
export const MONITOR_PAGE_SIZE = 1000;

type Wire = Record<string, unknown>;

/**
 * Every monitor vigil owns, read in pages of 1,000 through the list endpoint filtered by the ownership tag
 * server-side: O(pages) requests, never one per monitor. Monitors without the tag are never seen.
 */
export async function readOwnedMonitors(dd: DatadogClient): Promise<RemoteObject[]> {
  const out: RemoteObject[] = [];
  for (let page = 0; ; page++) {
    const batch = await listMonitorsJson(dd, 'list monitors', { monitorTags: MANAGED_TAG, page, pageSize: MONITOR_PAGE_SIZE });
    for (const monitor of batch) {
      const remote = toRemote(monitor);
      if (remote) out.push(remote);
    }
    if (batch.length < MONITOR_PAGE_SIZE) return out;
  }
}

/** Finds owned monitors carrying one logical id (used before retrying a create whose answer was lost). */
export async function findMonitorsByLogicalId(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]> {
  const batch = await listMonitorsJson(dd, 'find monitor', { monitorTags: `${MANAGED_TAG},${ID_TAG_PREFIX}${logicalId}`, page: 0, pageSize: MONITOR_PAGE_SIZE });
  return batch.map(toRemote).filter((r): r is RemoteObject => r !== undefined && r.logicalId === logicalId);
}

export async function createMonitor(dd: DatadogClient, payload: Wire): Promise<RemoteObject> {
  const body = fromWire<v1.Monitor>(payload, 'Monitor');
  const created = await call('create monitor', () => dd.monitors.createMonitor({ body }));
  return mustBeOwned(created);
}

export async function updateMonitor(dd: DatadogClient, remoteId: number, payload: Wire): Promise<RemoteObject> {
  const body = fromWire<v1.MonitorUpdateRequest>(payload, 'MonitorUpdateRequest');
  const updated = await call('update monitor', () => dd.monitors.updateMonitor({ monitorId: remoteId, body }));
  return mustBeOwned(updated);
}

/** Deletes a monitor; one that is already gone counts as deleted (a re-run after a lost response). */
export async function deleteMonitor(dd: DatadogClient, remoteId: number): Promise<void> {
  try {
    await call('delete monitor', () => dd.monitors.deleteMonitor({ monitorId: remoteId }));
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404) return;
    throw err;
  }
}

/** An owned monitor as vigil compares it, from Datadog's JSON; undefined for one without vigil's tags or an id. */
export function toRemote(body: Wire): RemoteObject | undefined {
  const tags = Array.isArray(body.tags) ? body.tags.map(String) : [];
  if (!tags.includes(MANAGED_TAG)) return undefined;
  const idTag = tags.find((t) => t.startsWith(ID_TAG_PREFIX));
  const id = Number(body.id);
  if (!idTag || !Number.isSafeInteger(id)) return undefined;
  return { logicalId: idTag.slice(ID_TAG_PREFIX.length), remoteId: id, version: monitorVersion(body), body };
}

/**
 * The version a saved plan is checked against: `modified` plus a hash of the body, as for SLOs, so two edits within
 * the same timestamp are still told apart. Left out: what the monitor's evaluation and downtimes change
 * (`overall_state`, `overall_state_modified`, `state`, `matching_downtimes`, `options.silenced`), which is not its
 * settings — a monitor that starts alerting does not make a reviewed plan stale.
 */
export function monitorVersion(body: Wire): string {
  const { overall_state: _s, overall_state_modified: _m, state: _g, matching_downtimes: _d, ...settings } = body;
  if (settings.options && typeof settings.options === 'object') {
    const { silenced: _silenced, ...options } = settings.options as Wire;
    settings.options = options;
  }
  return `${typeof body.modified === 'string' ? body.modified : ''}:${contentHash(settings)}`;
}

/** The answer to a write, turned back into Datadog's JSON (the write's answer comes through the client's model). */
function mustBeOwned(monitor: v1.Monitor): RemoteObject {
  const remote = toRemote(v1.ObjectSerializer.serialize(monitor, 'Monitor', '') as Wire);
  if (!remote) throw new ProviderError('Datadog answered with a monitor that lacks vigil\'s ownership tags', 200, false);
  return remote;
}

function fromWire<T>(payload: Wire, type: string): T {
  return v1.ObjectSerializer.deserialize(payload, type, '') as T;
}
