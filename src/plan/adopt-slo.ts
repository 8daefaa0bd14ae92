// Adoption of SLOs: the SLO side of ./adopt.ts. Definitions carrying `adopt: { datadogId }` (written by
// `vigil import`) take over SLOs that exist in Datadog but are not vigil's yet; the first plan updates each one in
// place, which adds vigil's ownership tags. Pure: the caller reads the adoptable SLOs and hands them in.
import type { CompiledMonitor, CompiledSlo } from '../compile/index.ts';
import { normalizeSlo } from '../compile/datadog/normalize-slo.ts';
import { ID_TAG_PREFIX, MANAGED_TAG } from '../compile/ownership.ts';
import type { SourceLocation } from '../ir/source.ts';
import type { AdoptionPlan } from './adopt.ts';
import { diffFields } from './diff.ts';
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
  const wanted = pending(desired, owned);
  const byRemoteId = new Map(adoptable.map((o) => [String(o.remoteId), o]));
  const claims = new Map<string, string[]>();
  for (const d of wanted) claims.set(d.adopt!, [...(claims.get(d.adopt!) ?? []), d.id]);

  const out: AdoptionPlan = { changes: [], unchanged: 0, problems: [] };
  for (const d of wanted) {
    const at = `"${d.id}": adopt.datadogId "${d.adopt}"`;
    const rivals = claims.get(d.adopt!)!.filter((id) => id !== d.id);
    if (rivals.length > 0) {
      out.problems.push(`${at} is also adopted by ${rivals.map((r) => `"${r}"`).join(', ')}; an SLO can be adopted once`);
      continue;
    }
    const remote = byRemoteId.get(d.adopt!);
    if (!remote) {
      out.problems.push(`${at}: Datadog has no SLO with that id (deleted since the import?); remove "adopt" to create it anew`);
      continue;
    }
    const tags = Array.isArray(remote.body.tags) ? remote.body.tags.map((t) => String(t).toLowerCase()) : [];
    if (tags.includes(MANAGED_TAG)) {
      const owner = tags.find((t) => t.startsWith(ID_TAG_PREFIX))?.slice(ID_TAG_PREFIX.length) ?? '(no id)';
      out.problems.push(`${at}: that SLO is already managed by vigil as "${owner}"; remove "adopt" or the other definition`);
      continue;
    }
    const body = { ...remote.body };
    if (Array.isArray(body.monitor_ids)) body.monitor_ids = logicalMonitorIds(body.monitor_ids, options.monitorIds ?? new Map());
    const fields = diffFields(normalizeSlo(body), normalizeSlo(d.payload as Record<string, unknown>));
    if (fields.length === 0) {
      out.unchanged++;
      continue;
    }
    const source = options.sources?.get(d.id);
    out.changes.push({
      action: 'update', kind: 'datadog.slo', id: d.id, remoteId: remote.remoteId, remoteVersion: remote.version,
      reason: 'adopt', fields, payload: d.payload as Record<string, unknown>, dependsOn: d.dependsOn,
      ...(source ? { source } : {}),
    });
  }
  out.problems.sort();
  return out;
}

function pending(desired: readonly CompiledSlo[], owned: ReadonlySet<string>): CompiledSlo[] {
  return desired.filter((d) => d.adopt !== undefined && !owned.has(d.id));
}
