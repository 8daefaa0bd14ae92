// readWorld: every read a plan needs, in one place. The clients are passed in (the CLI makes them from the
// environment; `vigil demo` and the tests point them at a sandbox); what to read comes from plan/world.ts.
import type { RemoteState } from '../plan/remote.ts';
import type { World, WorldNeeds } from '../plan/world.ts';
import { readAdoptable, readUnownedNamed } from './datadog/adopt.ts';
import { readAdoptableSlos, readUnownedSlosNamed } from './datadog/adopt-slos.ts';
import type { DatadogClient } from './datadog/client.ts';
import { readDowntimesById, readOwnedDowntimes } from './datadog/downtimes.ts';
import { readOwnedMonitors } from './datadog/monitors.ts';
import { readNotificationRules } from './datadog/notification-rules.ts';
import { readSlackChannels, readTeams, readWebhooks } from './datadog/notification-targets.ts';
import { existingPagerDutyServices } from './datadog/pagerduty-services.ts';
import { readOwnedSlos } from './datadog/slos.ts';
import { readOwnedSloCorrections } from './datadog/slo-corrections.ts';
import type { PagerDutyClient } from './pagerduty/client.ts';
import { readPagerDuty } from './pagerduty/objects.ts';

export interface Clients {
  datadog: DatadogClient;
  /** Absent when PagerDuty is not configured; then a plan that needs PagerDuty cannot be read. */
  pagerduty?: PagerDutyClient;
}

/**
 * What vigil owns in Datadog that is read on every plan, in pages, whether or not the definitions still declare any,
 * so removing the last one deletes it (plan/datadog-kinds.ts reads them). Notification rules are read by readWorld
 * beside them: the same list gives the rules vigil may adopt and the organisation's count against Datadog's limit.
 */
export async function readOwned(dd: DatadogClient): Promise<RemoteState> {
  const [monitors, slos, downtimes, sloCorrections] = await Promise.all([
    readOwnedMonitors(dd), readOwnedSlos(dd), readOwnedDowntimes(dd), readOwnedSloCorrections(dd),
  ]);
  return { monitors, slos, downtimes, sloCorrections };
}

/**
 * Reads what vigil owns (readOwned, and the notification rules; PagerDuty when needed or configured), the objects to adopt, Datadog's PagerDuty service
 * objects by name, and what the plan's handles and composites may reach: Slack channels per account, webhooks by
 * name, every team, monitors named by id. O(pages) plus one GET per adopted object, service name, Slack account,
 * webhook and composite member vigil does not own.
 */
export async function readWorld(clients: Clients, needs: WorldNeeds): Promise<World> {
  const dd = clients.datadog;
  const pd = needs.pagerduty || clients.pagerduty ? clients.pagerduty : undefined;
  if (needs.pagerduty && !pd) throw new Error('readWorld: the definitions manage PagerDuty objects but no PagerDuty client was given');
  const readAt = Date.now();
  // Rules are read on every plan, like the kinds readOwned reads: a rule vigil made is deleted once the definitions no
  // longer compile to it, even when no live monitor points at it any more (an apply that stopped between removing
  // the route tags and deleting the rules left it paging in parallel with the messages).
  const [owned, pagerduty, rules] = await Promise.all([readOwned(dd), pd ? readPagerDuty(pd) : undefined, readNotificationRules(dd)]);
  const { monitors, slos } = owned;
  const ownedMonitorIds = new Set(monitors.map((m) => String(m.remoteId)));
  const ownedSloIds = new Set(slos.map((s) => String(s.remoteId)));
  const names = [...needs.pagerDutyServiceNames, ...(pagerduty?.services ?? []).map((s) => String(s.body.name))];
  // Definitions vigil does not own yet are creates: monitors and SLOs named like them that vigil does not own may be
  // theirs with the tags stripped (one request per name, or the whole list past a bound: see readUnownedNamed).
  const ownedIds = new Set([...monitors, ...slos].map((o) => o.logicalId));
  const creates = (list: ReadonlyArray<{ id: string; name: string }> = []) => list.filter((c) => !ownedIds.has(c.id)).map((c) => c.name);
  const ownedDowntimeIds = new Set((owned.downtimes ?? []).map((d) => String(d.remoteId)));
  const members = (needs.compositeMonitorIds ?? []).filter((id) => !ownedMonitorIds.has(String(id)));
  const [adoptMonitors, adoptSlos, adoptDowntimes, services, namedMonitors, namedSlos, slackChannels, webhooks, teams, compositeTargets] = await Promise.all([
    readAdoptable(dd, needs.adoptMonitors.filter((id) => !ownedMonitorIds.has(String(id)))),
    readAdoptableSlos(dd, needs.adoptSlos.filter((id) => !ownedSloIds.has(id))),
    readDowntimesById(dd, (needs.adoptDowntimes ?? []).filter((id) => !ownedDowntimeIds.has(id))),
    existingPagerDutyServices(dd, names),
    readUnownedNamed(dd, creates(needs.candidates?.monitors)),
    readUnownedSlosNamed(dd, creates(needs.candidates?.slos)),
    needs.slackAccounts ? readSlackChannels(dd, needs.slackAccounts) : undefined,
    needs.webhookNames?.length ? readWebhooks(dd, needs.webhookNames) : undefined,
    needs.teams ? readTeams(dd) : undefined,
    members.length ? readAdoptable(dd, members).then((found) => found.map((m) => Number(m.remoteId))) : undefined,
  ]);
  return {
    owned: { ...owned, notificationRules: rules.owned },
    adoptable: { monitors: adoptMonitors, slos: adoptSlos, downtimes: adoptDowntimes },
    unownedNotificationRules: rules.unowned,
    datadogPagerDutyServices: [...services].sort(),
    ...(pagerduty ? { pagerduty } : {}),
    unownedNamed: { monitors: namedMonitors, slos: namedSlos },
    readAt,
    ...(slackChannels ? { slackChannels } : {}),
    ...(webhooks ? { webhooks } : {}),
    ...(teams ? { teams } : {}),
    ...(needs.compositeMonitorIds ? { compositeTargets: compositeTargets ?? [] } : {}),
  };
}
