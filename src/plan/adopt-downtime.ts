// Adoption of downtimes: the downtime side of ./adopt.ts. Definitions carrying `adopt: { datadogId }` (written by
// `vigil import`) take over maintenance windows that exist in Datadog without vigil's marker line; the first plan
// updates each in place, which adds the marker to its message. Pure: the caller reads the adoptable downtimes.
import type { CompiledDowntime } from '../compile/index.ts';
import { downtimeAttributes } from '../compile/datadog/downtime.ts';
import { downtimeAt } from '../compile/datadog/downtime-time.ts';
import { readMarker } from '../compile/marker.ts';
import type { SourceLocation } from '../ir/source.ts';
import { planTakeovers, type AdoptionPlan } from './adopt.ts';
import { logicalIdFields } from './references.ts';
import type { RemoteObject } from './remote.ts';

export interface DowntimeAdoptionOptions {
  /** Datadog id → logical id of the monitors vigil owns or adopts in the same plan, so `monitor_id` reads as logical. */
  monitorIds?: ReadonlyMap<string, string>;
  sources?: ReadonlyMap<string, SourceLocation>;
  /** The time the plan is made for: the payload sent is the one for then (see downtime-time.ts). */
  now: number;
}

/** Datadog ids the caller must read for {@link planDowntimeAdoptions}. */
export function downtimeAdoptionTargets(desired: readonly CompiledDowntime[], owned: ReadonlySet<string>): string[] {
  return [...new Set(pending(desired, owned).map((d) => d.adopt!))].sort();
}

/**
 * Plans the takeover of every adoptable downtime, as planAdoptions does for monitors. A window that is over by now
 * needs nothing: it is counted unchanged and left to end.
 */
export function planDowntimeAdoptions(
  desired: readonly CompiledDowntime[], owned: ReadonlySet<string>, adoptable: readonly RemoteObject[], options: DowntimeAdoptionOptions,
): AdoptionPlan {
  const monitorIds = options.monitorIds ?? new Map<string, string>();
  const wanted: CompiledDowntime[] = [];
  let over = 0;
  for (const d of pending(desired, owned)) {
    const payload = downtimeAt(d.payload, options.now);
    if (payload === undefined) over++;
    else wanted.push({ ...d, payload });
  }
  const plan = planTakeovers(wanted, adoptable, options.sources, {
    kind: 'datadog.downtime', noun: 'downtime', article: 'a', showId: (id) => `'${id}'`,
    owner: (body) => readMarker(downtimeAttributes(body).message)?.id,
    logical: (body) => logicalIdFields(body, monitorIds),
    ownership: (live, payload) => ({ path: 'message', old: downtimeAttributes(live).message ?? null, new: downtimeAttributes(payload).message }),
  });
  return { ...plan, unchanged: plan.unchanged + over };
}

function pending(desired: readonly CompiledDowntime[], owned: ReadonlySet<string>): CompiledDowntime[] {
  return desired.filter((d) => d.adopt !== undefined && !owned.has(d.id));
}
