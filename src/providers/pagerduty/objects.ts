import { contentHash } from '../../compile/canonical.ts';
import { readMarker } from '../../compile/marker.ts';
import { datadogIntegrations } from '../../plan/pagerduty-canonical.ts';
import type { RemoteObject, RemotePagerDuty } from '../../plan/remote.ts';
import { pdAll, pdCall, type PagerDutyClient } from './client.ts';

type Json = Record<string, unknown>;

/** What vigil reads from PagerDuty: the objects it owns, plus the people and schedules policies may point at. */
export type { RemotePagerDuty } from '../../plan/remote.ts';


const KINDS = [
  ['teams', '/teams', 'teams'],
  ['policies', '/escalation_policies', 'escalation_policies'],
  ['services', '/services', 'services'],
] as const;

/**
 * Reads everything in pages of 100 and keeps the objects whose description carries vigil's marker, and the services
 * without one apart.
 */
export async function readPagerDuty(c: PagerDutyClient): Promise<RemotePagerDuty> {
  const out: RemotePagerDuty = { teams: [], policies: [], services: [], integrations: [], unownedServices: [], users: {}, schedules: {} };
  for (const [field, path, key] of KINDS) {
    const query = key === 'services' ? { 'include[]': ['integrations'] } : {};
    for (const item of await pdAll<Json>(c, path, key, `list ${key}`, query)) {
      const marker = readMarker(item.description);
      if (!marker) {
        if (key === 'services') out.unownedServices.push(unownedService(item));
        continue;
      }
      const remote: RemoteObject = { logicalId: marker.id, remoteId: String(item.id), version: versionOf(item), body: item };
      out[field].push(remote);
      if (key === 'services') {
        for (const integration of datadogIntegrations(item)) {
          out.integrations.push({ logicalId: `${marker.id}.datadog-integration`, remoteId: String(integration.id), version: remote.version, body: { ...integration, service_id: item.id } });
        }
      }
    }
  }
  for (const u of await pdAll<Json>(c, '/users', 'users', 'list users')) out.users[String(u.email).toLowerCase()] = String(u.id);
  for (const s of await pdAll<Json>(c, '/schedules', 'schedules', 'list schedules')) out.schedules[String(s.name)] = String(s.id);
  return out;
}

const WRAPPERS = { 'pagerduty.team': ['/teams', 'team'], 'pagerduty.escalation-policy': ['/escalation_policies', 'escalation_policy'], 'pagerduty.service': ['/services', 'service'] } as const;
export type PagerDutyKind = keyof typeof WRAPPERS;

export async function createPagerDutyObject(c: PagerDutyClient, kind: PagerDutyKind, payload: Json): Promise<RemoteObject> {
  const [path, wrapper] = WRAPPERS[kind];
  const res = await pdCall(c, 'post', path, `create ${wrapper}`, payload);
  return toRemote((res.data as Json)[wrapper] as Json);
}

export async function updatePagerDutyObject(c: PagerDutyClient, kind: PagerDutyKind, id: string, payload: Json): Promise<RemoteObject> {
  const [path, wrapper] = WRAPPERS[kind];
  const res = await pdCall(c, 'put', `${path}/${id}`, `update ${wrapper}`, payload);
  return toRemote((res.data as Json)[wrapper] as Json);
}

export async function deletePagerDutyObject(c: PagerDutyClient, kind: PagerDutyKind, id: string): Promise<void> {
  const [path, wrapper] = WRAPPERS[kind];
  try {
    await pdCall(c, 'delete', `${path}/${id}`, `delete ${wrapper}`);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return; // already gone: a re-run after a lost response
    throw err;
  }
}

/** Owned objects of a kind carrying one logical id: how apply finds a create whose answer was lost. */
export async function findPagerDutyObjects(c: PagerDutyClient, kind: PagerDutyKind, logicalId: string, name: string): Promise<RemoteObject[]> {
  const [path, wrapper] = WRAPPERS[kind];
  const key = `${wrapper}s`.replace('escalation_policys', 'escalation_policies');
  const items = await pdAll<Json>(c, path, key, `find ${wrapper}`, { query: name });
  return items.filter((i) => readMarker(i.description)?.id === logicalId).map(toRemote);
}

/** Adds the Datadog integration to a service; returns it (its integration key stays inside this process). */
export async function createDatadogIntegration(c: PagerDutyClient, serviceId: string, payload: Json): Promise<RemoteObject & { key: string }> {
  const res = await pdCall(c, 'post', `/services/${serviceId}/integrations`, 'add the Datadog integration', payload);
  const integration = (res.data as Json).integration as Json;
  return { logicalId: '', remoteId: String(integration.id), version: '', body: integration, key: String(integration.integration_key ?? '') };
}

/** The integration key of a service's Datadog integration, read when Datadog's service object needs it. */
export async function integrationKey(c: PagerDutyClient, serviceId: string, integrationId: string): Promise<string> {
  const res = await pdCall(c, 'get', `/services/${serviceId}/integrations/${integrationId}`, 'read the Datadog integration');
  return String(((res.data as Json).integration as Json).integration_key ?? '');
}

/** A service vigil does not own, for import and for a plan that takes it over. */
function unownedService(item: Json): RemoteObject {
  return { logicalId: '', remoteId: String(item.id), version: versionOf(item), body: item };
}

function toRemote(item: Json): RemoteObject {
  const marker = readMarker(item.description);
  return { logicalId: marker?.id ?? '', remoteId: String(item.id), version: versionOf(item), body: item };
}

/**
 * The version a saved plan is checked against, for teams, escalation policies and services alike: `updated_at` (or
 * `created_at`) where PagerDuty has one — teams and escalation policies have neither — plus a hash of the body, as
 * for SLOs. So an edit to a team or policy is seen, and two edits within one second too; and an integration added to
 * a service meanwhile (the plan may create a Datadog one, and must not add a second): integrations count by id and
 * vendor, never by their keys, which are secrets. Left out: what incidents change (`status`,
 * `last_incident_timestamp`), which is not the object's settings, and the names inside references.
 */
export function versionOf(item: Json): string {
  const { integrations, status: _status, last_incident_timestamp: _last, ...rest } = item;
  const wired = Array.isArray(integrations)
    ? (integrations as Json[]).map((i) => [String(i.id), String((i.vendor as Json | null | undefined)?.id ?? '')]).sort()
    : undefined;
  return `${String(item.updated_at ?? item.created_at ?? '')}:${contentHash(references(wired ? { ...rest, integrations: wired } : rest))}`;
}

/**
 * References to other objects (`{type: "team_reference", id, summary, …}`) reduced to their type and id: renaming a
 * team changes the `summary` inside every service and policy that points at it, and only the team itself moved.
 */
function references(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(references);
  if (!value || typeof value !== 'object') return value;
  const o = value as Json;
  if (typeof o.type === 'string' && o.type.endsWith('_reference')) return { type: o.type, id: o.id };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, references(v)]));
}
