// The world as the planner sees it: everything read from Datadog and PagerDuty, as plain data. `worldNeeds` says
// what to read for a desired state; providers/world.ts reads it; plan() (./index.ts) plans from it. Tests build a
// World by hand.
import type { CompiledState } from '../compile/index.ts';
import type { Definition } from '../ir/definition.ts';
import { parseHandle } from '../routing/handles.ts';
import { adoptionTargets } from './adopt.ts';
import { downtimeAdoptionTargets } from './adopt-downtime.ts';
import { sloAdoptionTargets } from './adopt-slo.ts';
import { compositeMonitorIds } from './composites.ts';
import { handleUses, slackAccountsToRead } from './handles.ts';
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
  /** The channels of the Slack accounts asked for; absent when no `@slack-` handle is used (nothing was read). */
  slackChannels?: SlackChannels;
  /** Which of the asked-for webhooks (`@webhook-<name>`) Datadog's Webhooks integration has; absent when none is used. */
  webhooks?: Lookup;
  /** Every Datadog team's handle (`@team-<handle>`); absent when no `@team-` handle is used. */
  teams?: Lookup;
  /**
   * Of the monitors composite queries name by Datadog id (monitors vigil does not own), those that exist; absent when
   * no composite names one.
   */
  compositeTargets?: number[];
}

/** Datadog's Slack integration as read: channel names (without `#`) per account asked for. */
export interface SlackChannels {
  accounts: Record<string, string[]>;
  /** Accounts asked for that Datadog answered 404 for: no such account (or no Slack integration at all). */
  missing: string[];
  /** Why the integration could not be read (e.g. the key lacks a permission); then nothing above is known. */
  unreadable?: string;
}

/** Names found by a read; `unreadable` says why nothing could be read. */
export interface Lookup {
  found: string[];
  unreadable?: string;
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
   * Slack accounts whose channels to read: those the routing table names, else the accounts handles may name; absent
   * when no `@slack-` handle is used, empty when handles are used but none may name an account.
   */
  slackAccounts?: string[];
  /** Webhooks to look up by name (Datadog cannot list them). */
  webhookNames?: string[];
  /** Read every team's handle. */
  teams?: boolean;
  /** Datadog ids named in composite queries; those vigil owns are not read. */
  compositeMonitorIds?: number[];
}

/**
 * What plan() needs read for `desired`. Pure. The definitions say which Slack accounts the organisation has (the
 * routing table's `slackAccounts`). Integrations are read only for the handle kinds some message uses, so an
 * organisation without webhooks or teams pays nothing for them.
 */
export function worldNeeds(desired: CompiledState, definitions: readonly Definition[] = []): WorldNeeds {
  const none = new Set<string>();
  const services = desired.pagerduty.objects.filter((o) => o.kind === 'datadog.pagerduty-service').map((o) => String(o.payload.service_name));
  const byKind = { pagerduty: new Set<string>(), slack: new Set<string>(), webhook: new Set<string>(), team: new Set<string>() };
  for (const use of handleUses(desired)) {
    const { kind, name } = parseHandle(use.handle);
    if (kind === 'pagerduty' || kind === 'slack' || kind === 'webhook' || kind === 'team') byKind[kind].add(name);
  }
  const routing = definitions.find((d) => d.kind === 'routing');
  const composites = compositeMonitorIds(desired);
  return {
    adoptMonitors: adoptionTargets(desired.datadog.monitors, none),
    adoptSlos: sloAdoptionTargets(desired.datadog.slos, none),
    adoptDowntimes: downtimeAdoptionTargets(desired.datadog.downtimes, none),
    pagerDutyServiceNames: [...new Set([...services, ...byKind.pagerduty])].sort(),
    pagerduty: desired.pagerduty.objects.length > 0,
    candidates: {
      monitors: candidates(desired.datadog.monitors),
      slos: candidates(desired.datadog.slos),
    },
    ...(byKind.slack.size ? { slackAccounts: slackAccountsToRead([...byKind.slack], routing?.slackAccounts) } : {}),
    ...(byKind.webhook.size ? { webhookNames: [...byKind.webhook].sort() } : {}),
    ...(byKind.team.size ? { teams: true } : {}),
    ...(composites.length ? { compositeMonitorIds: composites } : {}),
  };
}

function candidates(list: ReadonlyArray<{ id: string; payload: object; adopt?: unknown }>): CreateCandidate[] {
  return list.filter((d) => d.adopt === undefined).map((d) => ({ id: d.id, name: String((d.payload as { name?: unknown }).name ?? '') }))
    .filter((c) => c.name.trim() !== '');
}
