// Adoption of SLOs: the SLO side of ./adopt.ts. Definitions carrying `adopt: { datadogId }` (written by
// `vigil import`) take over SLOs that exist in Datadog but are not vigil's yet; the first plan updates each one in
// place, which adds vigil's ownership tags. Pure: the caller reads the adoptable SLOs and hands them in.
import type { CompiledMonitor, CompiledSlo } from '../compile/index.ts';
import type { SourceLocation } from '../ir/source.ts';
import { planTakeovers, taggedOwner, type AdoptionPlan } from './adopt.ts';
import { logicalMonitorIds } from './references.ts';
import type { RemoteObject } from './remote.ts';

export interface SloAdoptionOptions {
  /**
   * Datadog id → logical id of the monitors an SLO may count: those vigil owns and those being adopted in the same
   * plan ({@link adoptingMonitors}), so a monitor SLO's `monitor_ids` compare as logical references.
   */
  monitorIds?: ReadonlyMap<string, string>;
  /** Where each logical id was declared, to point reviewers at the line. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

/** Datadog ids the caller must read for {@link planSloAdoptions}: adopt markers of SLOs vigil does not own yet. */
export function sloAdoptionTargets(desired: readonly CompiledSlo[], owned: ReadonlySet<string>): string[] {
  return [...new Set(pending(desired, owned).map((d) => d.adopt!))].sort();
}

/** Datadog id → logical id of the monitors that adoption is about to take over (their `adopt` markers). */
export function adoptingMonitors(desired: readonly CompiledMonitor[], owned: ReadonlySet<string>): Map<string, string> {
  return new Map(desired.filter((d) => d.adopt !== undefined && !owned.has(d.id)).map((d) => [String(d.adopt), d.id]));
}

/**
 * Plans the takeover of every adoptable SLO, as {@link planAdoptions} does for monitors: one `update` with reason
 * `adopt` each, whose field differences are only the tags when the definition came from `vigil import`. `owned`
 * holds the logical ids of SLOs vigil already owns; `adoptable` the SLOs read by Datadog id.
 */
export function planSloAdoptions(
  desired: readonly CompiledSlo[], owned: ReadonlySet<string>, adoptable: readonly RemoteObject[],
  options: SloAdoptionOptions = {},
): AdoptionPlan {
  const monitorIds = options.monitorIds ?? new Map<string, string>();
  return planTakeovers(pending(desired, owned), adoptable, options.sources, {
    kind: 'datadog.slo', noun: 'SLO', article: 'an', showId: (id) => `"${id}"`,
    owner: (body) => taggedOwner(body, (t) => t.toLowerCase()),
    logical: (body) => (Array.isArray(body.monitor_ids)
      ? { ...body, monitor_ids: logicalMonitorIds(body.monitor_ids, monitorIds) } : body),
  });
}

function pending(desired: readonly CompiledSlo[], owned: ReadonlySet<string>): CompiledSlo[] {
  return desired.filter((d) => d.adopt !== undefined && !owned.has(d.id));
}
