// Taking over PagerDuty services vigil does not own: the PagerDuty side of ./adopt.ts. PagerDuty service names are
// unique per account, so a definition names the existing service by its `name`; `vigil import` writes such
// definitions. The takeover must change nothing but the description, which gains vigil's ownership marker: a
// definition that merely happens to name a service someone else made can never rewrite it. Otherwise the plan
// refuses, as the create would fail anyway ("Name has already been taken").
// Pure: the caller hands in the unowned services, read with their integrations (providers/pagerduty/objects.ts).
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
  /** Logical ids claimed by a takeover (planned or refused): they must not be planned as creates. */
  claimed: Set<string>;
  /** Logical id → PagerDuty id of the services taken over and of the Datadog integrations they already have. */
  remoteIds: Record<string, string>;
  /** `<service>.datadog-integration` ids that an integration the service already has stands for: not created again. */
  reused: Set<string>;
  /** Takeovers that would change more than the description, one line each naming the logical id. */
  problems: string[];
}

/**
 * Plans the takeover of each desired service that vigil does not own (`owned` holds the logical ids of services
 * it owns) and whose name an unowned service has. `resolve` turns `${logical-id}` references into PagerDuty ids.
 */
export function planServiceTakeovers(
  desired: readonly CompiledPagerDuty[], owned: ReadonlySet<string>, unowned: readonly RemoteObject[],
  resolve: (value: unknown) => unknown,
): ServiceTakeovers {
  const out: ServiceTakeovers = { changes: [], claimed: new Set(), remoteIds: {}, reused: new Set(), problems: [] };
  const byName = new Map(unowned.map((o) => [String(o.body.name).toLowerCase(), o]));
  for (const d of desired) {
    if (d.kind !== 'pagerduty.service' || owned.has(d.id)) continue;
    const service = d.payload.service as Json;
    const remote = byName.get(String(service.name).toLowerCase());
    if (!remote) continue;
    out.claimed.add(d.id);
    const fields = diffFields(canonicalPagerDuty(d.kind, remote.body), canonicalPagerDuty(d.kind, resolve(service) as Json));
    if (fields.length > 0) {
      out.problems.push(`"${d.id}": PagerDuty already has a service named "${String(remote.body.name)}" (${remote.remoteId}), which vigil `
        + `does not own; taking it over would change ${fields.map(shown).join(', ')}. Hint: make the definition match that `
        + 'service ("vigil import" writes one that does), apply, then change it; or give the definition another name');
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
