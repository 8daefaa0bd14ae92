// The world as the planner sees it: everything read from Datadog and PagerDuty, as plain data. `worldNeeds` says
// what to read for a desired state; providers/world.ts reads it; plan() (./index.ts) plans from it. Tests build a
// World by hand.
import type { CompiledState } from '../compile/index.ts';
import { adoptionTargets } from './adopt.ts';
import { downtimeAdoptionTargets } from './adopt-downtime.ts';
import { sloAdoptionTargets } from './adopt-slo.ts';
import type { RemoteObject, RemotePagerDuty, RemoteState } from './remote.ts';
import { ROUTE_TAG_PREFIX } from '../routing/notification-rules.ts';

export interface World {
  /** What vigil owns in Datadog: objects carrying its tags or its marker line. */
  owned: RemoteState;
  /** Objects vigil does not own that a definition (or a saved plan) adopts, read by Datadog id. */
  adoptable: { monitors: RemoteObject[]; slos: RemoteObject[]; downtimes?: RemoteObject[] };
  /** Which of the asked-for Datadog PagerDuty service objects (`@pagerduty-<name>` targets) exist. */
  datadogPagerDutyServices: string[];
  /** What vigil owns in PagerDuty; absent when PagerDuty was not read. */
  pagerduty?: RemotePagerDuty;
  /**
   * Monitors and SLOs vigil does not own named like a definition it would create (tags stripped in the UI?): the plan
   * warns before a second one pages twice, and offers the adopt line that takes it back.
   */
  unownedNamed?: { monitors: RemoteObject[]; slos: RemoteObject[] };
  /**
   * The organisation's monitor notification rules that vigil does not own, when rules were read: they count against
   * Datadog's limit of 1,000 rules per organisation with vigil's, and a definition may adopt one.
   */
  unownedNotificationRules?: RemoteObject[];
  /**
   * When the world was read (epoch ms): the "now" that decides what a maintenance window may send and whether it is
   * over (compile/datadog/downtime-time.ts). Set by readWorld; a World built by hand without it plans at the current time.
   */
  readAt?: number;
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
  /** Datadog ids (UUIDs) of downtimes to adopt. */
  adoptDowntimes?: string[];
  /** Names of Datadog PagerDuty service objects to look up; the PagerDuty services vigil owns are added when read. */
  pagerDutyServiceNames: string[];
  /** Read PagerDuty: the definitions manage PagerDuty objects, or the caller has a PagerDuty client anyway. */
  pagerduty: boolean;
  /** Monitors and SLOs that are creates unless owned (not adopting anything), by logical id and name. */
  candidates?: { monitors: CreateCandidate[]; slos: CreateCandidate[] };
  /**
   * Read the monitor notification rules: the definitions compile to some. Without any, they are still read when a
   * monitor vigil owns carries a `vigil-route:` tag (routing moving back to messages deletes the rules); otherwise a
   * plan reads none, and deletes none.
   */
  notificationRules?: boolean;
}

/** What plan() needs read for `desired`. Pure. */
export function worldNeeds(desired: CompiledState): WorldNeeds {
  const none = new Set<string>();
  const services = desired.pagerduty.objects.filter((o) => o.kind === 'datadog.pagerduty-service').map((o) => String(o.payload.service_name));
  return {
    adoptMonitors: adoptionTargets(desired.datadog.monitors, none),
    adoptSlos: sloAdoptionTargets(desired.datadog.slos, none),
    adoptDowntimes: downtimeAdoptionTargets(desired.datadog.downtimes, none),
    pagerDutyServiceNames: [...new Set([...services, ...pagerDutyHandles(desired)])].sort(),
    pagerduty: desired.pagerduty.objects.length > 0,
    notificationRules: desired.datadog.notificationRules.length > 0,
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

/**
 * Every `@pagerduty-<name>` a monitor notifies, by name, with the monitors that notify it: named in its message, or
 * a recipient of the notification rule it is routed through.
 */
export function pagerDutyHandleUsers(desired: CompiledState): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const use = (name: string, id: string) => {
    const ids = users.get(name) ?? [];
    if (!ids.includes(id)) ids.push(id);
    users.set(name, ids);
  };
  for (const m of desired.datadog.monitors) {
    for (const match of String(m.payload.message ?? '').matchAll(/@pagerduty-([\w.-]+)/g)) use(match[1]!, m.id);
  }
  for (const r of desired.datadog.notificationRules) {
    for (const { handle } of r.recipients) {
      if (handle.startsWith('@pagerduty-')) for (const id of r.monitors) use(handle.slice('@pagerduty-'.length), id);
    }
  }
  return users;
}

/** True when a live monitor vigil owns is routed through a notification rule (it carries a `vigil-route:` tag). */
export function routedByRules(monitors: readonly RemoteObject[]): boolean {
  return monitors.some((m) => Array.isArray(m.body.tags) && m.body.tags.some((t) => String(t).startsWith(ROUTE_TAG_PREFIX)));
}

function pagerDutyHandles(desired: CompiledState): string[] {
  return [...pagerDutyHandleUsers(desired).keys()];
}
