// Taking over PagerDuty services vigil does not own: the PagerDuty side of ./adopt.ts. A definition carrying
// `adopt: { pagerdutyId }` (written by `vigil import`) names the service to take over; the takeover must change
// nothing but the description, which gains vigil's ownership marker, or the plan refuses. A definition without
// `adopt` never touches a service vigil does not own: one named like such a service stops the plan, as its create
// would fail anyway (PagerDuty service names are unique, without regard to case).
// Pure: the caller hands in the services read with their integrations (providers/pagerduty/objects.ts).
import type { CompiledPagerDuty } from '../compile/pagerduty/payloads.ts';
import { diffFields } from './diff.ts';
import { canonicalPagerDuty, datadogIntegrations } from './pagerduty-canonical.ts';
import type { RemoteObject } from './remote.ts';
import { showValue } from './render/values.ts';
import type { Change, FieldChange } from './types.ts';

type Json = Record<string, unknown>;

export interface ServiceTakeovers {
  /** One `update` with reason `adopt` per service taken over; its only field change is the description. */
  changes: Change[];
  /** Logical ids claimed by a takeover (planned or refused) or refused for their name: never planned as creates. */
  claimed: Set<string>;
  /** Logical id → PagerDuty id of the services taken over and of the Datadog integrations they already have. */
  remoteIds: Record<string, string>;
  /** `<service>.datadog-integration` ids that an integration the service already has stands for: not created again. */
  reused: Set<string>;
  /** Takeovers that cannot happen, and definitions named like a service vigil does not own; one line each. */
  problems: string[];
}

/**
 * Plans the takeover of each desired service that vigil does not own yet and whose definition says
 * `adopt: { pagerdutyId }`. `owned` holds the services vigil owns (an `adopt` on one of them is done and ignored);
 * `unowned` the services without vigil's marker. `resolve` turns `${logical-id}` references into PagerDuty ids.
 */
export function planServiceTakeovers(
  desired: readonly CompiledPagerDuty[], owned: readonly RemoteObject[], unowned: readonly RemoteObject[],
  resolve: (value: unknown) => unknown,
): ServiceTakeovers {
  const out: ServiceTakeovers = { changes: [], claimed: new Set(), remoteIds: {}, reused: new Set(), problems: [] };
  const ownedIds = new Set(owned.map((o) => o.logicalId));
  const ownerOf = new Map(owned.map((o) => [String(o.remoteId), o.logicalId]));
  const byId = new Map(unowned.map((o) => [String(o.remoteId), o]));
  const byName = new Map(unowned.map((o) => [String(o.body.name).toLowerCase(), o]));
  const pending = desired.filter((d) => d.kind === 'pagerduty.service' && !ownedIds.has(d.id));
  const claims = new Map<string, string[]>();
  for (const d of pending) if (d.adopt !== undefined) claims.set(d.adopt, [...(claims.get(d.adopt) ?? []), d.id]);

  // A service vigil owns, renamed to the name of one it does not own: PagerDuty would refuse the update at apply.
  const ownedById = new Map(owned.map((o) => [o.logicalId, o]));
  for (const d of desired) {
    const current = d.kind === 'pagerduty.service' ? ownedById.get(d.id) : undefined;
    if (!current) continue;
    const name = String((d.payload.service as Json).name);
    const clash = byName.get(name.toLowerCase());
    if (clash && name.toLowerCase() !== String(current.body.name).toLowerCase()) {
      out.problems.push(`"${d.id}": renaming the service "${String(current.body.name)}" to "${name}" would clash with the service `
        + `${clash.remoteId} of that name, which vigil does not own: service names are unique. Hint: choose another name`);
    }
  }

  for (const d of pending) {
    const service = d.payload.service as Json;
    if (d.adopt === undefined) {
      const clash = byName.get(String(service.name).toLowerCase());
      if (!clash) continue;
      out.claimed.add(d.id);
      out.problems.push(`"${d.id}": PagerDuty already has a service named "${String(clash.body.name)}" (${clash.remoteId}), which vigil `
        + 'does not own, so creating this one would fail: service names are unique. Hint: to take that service over, add '
        + `adopt: { pagerdutyId: '${clash.remoteId}' } to the definition ("vigil import" writes it); otherwise give the definition another name`);
      continue;
    }
    out.claimed.add(d.id);
    const at = `"${d.id}": adopt.pagerdutyId ${d.adopt}`;
    const rivals = claims.get(d.adopt)!.filter((id) => id !== d.id);
    if (rivals.length > 0) {
      out.problems.push(`${at} is also adopted by ${rivals.map((r) => `"${r}"`).join(', ')}; a service can be adopted once`);
      continue;
    }
    const remote = byId.get(d.adopt);
    if (!remote) {
      const owner = ownerOf.get(d.adopt);
      out.problems.push(owner !== undefined
        ? `${at}: that service is already managed by vigil as "${owner}"; remove "adopt" or the other definition`
        : `${at}: PagerDuty has no service with that id (deleted since the import?); remove "adopt" to create it anew`);
      continue;
    }
    const fields = diffFields(canonicalPagerDuty(d.kind, remote.body), canonicalPagerDuty(d.kind, resolve(service) as Json));
    if (fields.length > 0) {
      out.problems.push(`${at} is the service "${String(remote.body.name)}", which vigil does not own; taking it over would change `
        + `${fields.map(shown).join(', ')}. Hint: make the definition match that service ("vigil import" writes one that does), `
        + 'apply, then change it; or remove "adopt" and give the definition another name');
      continue;
    }
    out.changes.push({
      action: 'update', kind: d.kind, id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version, reason: 'adopt',
      fields: [{ path: 'description', old: remote.body.description ?? null, new: service.description }],
      payload: d.payload, dependsOn: d.dependsOn,
    });
    out.remoteIds[d.id] = String(remote.remoteId);
    // An integration Datadog already sends to is kept: a second one would be a second key for the same service.
    const [integration] = datadogIntegrations(remote.body);
    if (integration) {
      out.remoteIds[`${d.id}.datadog-integration`] = String(integration.id);
      out.reused.add(`${d.id}.datadog-integration`);
    }
  }
  out.problems.sort();
  return out;
}

function shown(f: FieldChange): string {
  return `"${f.path}" (${showValue(f.old ?? null, 60)} → ${showValue(f.new ?? null, 60)})`;
}
