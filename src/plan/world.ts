// The world as the planner sees it: everything read from Datadog and PagerDuty, as plain data. `worldNeeds` says
// what to read for a desired state; providers/world.ts reads it; plan() (./index.ts) plans from it. Tests build a
// World by hand.
import type { CompiledState } from '../compile/index.ts';
import { adoptionTargets } from './adopt.ts';
import { sloAdoptionTargets } from './adopt-slo.ts';
import type { RemoteObject, RemotePagerDuty, RemoteState } from './remote.ts';

export interface World {
  /** Monitors and SLOs vigil owns (carrying `managed-by:vigil`). */
  owned: RemoteState;
  /** Monitors and SLOs vigil does not own that a definition (or a saved plan) adopts, read by Datadog id. */
  adoptable: { monitors: RemoteObject[]; slos: RemoteObject[] };
  /** Which of the asked-for Datadog PagerDuty service objects (`@pagerduty-<name>` targets) exist. */
  datadogPagerDutyServices: string[];
  /** What vigil owns in PagerDuty; absent when PagerDuty was not read. */
  pagerduty?: RemotePagerDuty;
  /**
   * Monitors and SLOs vigil does not own named like a definition it would create (tags stripped in the UI?): the plan
   * warns before a second one pages twice, and offers the adopt line that takes it back.
   */
  unownedNamed?: { monitors: RemoteObject[]; slos: RemoteObject[] };
}

/** A definition that is a create unless vigil owns its logical id: looked up by name among what vigil does not own. */
export interface CreateCandidate {
  id: string;
  name: string;
}

/** What to read for a plan: the monitors and SLOs to adopt, the service objects to look up, and whether PagerDuty. */
export interface WorldNeeds {
  /** Datadog ids of monitors to adopt; those vigil turns out to own already are not read. */
  adoptMonitors: number[];
  adoptSlos: string[];
  /** Names of Datadog PagerDuty service objects to look up; the PagerDuty services vigil owns are added when read. */
  pagerDutyServiceNames: string[];
  /** Read PagerDuty: the definitions manage PagerDuty objects, or the caller has a PagerDuty client anyway. */
  pagerduty: boolean;
  /** Monitors and SLOs that are creates unless owned (not adopting anything), by logical id and name. */
  candidates?: { monitors: CreateCandidate[]; slos: CreateCandidate[] };
}

/** What plan() needs read for `desired`. Pure. */
export function worldNeeds(desired: CompiledState): WorldNeeds {
  const none = new Set<string>();
  const services = desired.pagerduty.objects.filter((o) => o.kind === 'datadog.pagerduty-service').map((o) => String(o.payload.service_name));
  return {
    adoptMonitors: adoptionTargets(desired.datadog.monitors, none),
    adoptSlos: sloAdoptionTargets(desired.datadog.slos, none),
    pagerDutyServiceNames: [...new Set([...services, ...pagerDutyHandles(desired)])].sort(),
    pagerduty: desired.pagerduty.objects.length > 0,
    candidates: {
      monitors: candidates(desired.datadog.monitors),
      slos: candidates(desired.datadog.slos),
    },
  };
}

function candidates(list: ReadonlyArray<{ id: string; payload: object; adopt?: unknown }>): CreateCandidate[] {
  return list.filter((d) => d.adopt === undefined).map((d) => ({ id: d.id, name: String((d.payload as { name?: unknown }).name ?? '') }))
    .filter((c) => c.name.trim() !== '');
}

/** Every `@pagerduty-<name>` named in a monitor message, by name, with the monitors that name it. */
export function pagerDutyHandleUsers(desired: CompiledState): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const m of desired.datadog.monitors) {
    for (const match of String(m.payload.message ?? '').matchAll(/@pagerduty-([\w.-]+)/g)) {
      const ids = users.get(match[1]!) ?? [];
      if (!ids.includes(m.id)) ids.push(m.id);
      users.set(match[1]!, ids);
    }
  }
  return users;
}

function pagerDutyHandles(desired: CompiledState): string[] {
  return [...pagerDutyHandleUsers(desired).keys()];
}
