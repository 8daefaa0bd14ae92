// readWorld: every read a plan needs, in one place. The clients are passed in (the CLI makes them from the
// environment; `vigil demo` and the tests point them at a sandbox); what to read comes from plan/world.ts.
import type { RemoteState } from '../plan/remote.ts';
import { routedByRules, type World, type WorldNeeds } from '../plan/world.ts';
import { readAdoptable, readUnownedNamed } from './datadog/adopt.ts';
import { readAdoptableSlos, readUnownedSlosNamed } from './datadog/adopt-slos.ts';
import type { DatadogClient } from './datadog/client.ts';
import { readOwnedMonitors } from './datadog/monitors.ts';
import { readNotificationRules } from './datadog/notification-rules.ts';
import { existingPagerDutyServices } from './datadog/pagerduty-services.ts';
import { readOwnedSlos } from './datadog/slos.ts';
import type { PagerDutyClient } from './pagerduty/client.ts';
import { readPagerDuty } from './pagerduty/objects.ts';

export interface Clients {
  datadog: DatadogClient;
  /** Absent when PagerDuty is not configured; then a plan that needs PagerDuty cannot be read. */
  pagerduty?: PagerDutyClient;
}

/**
 * Reads what vigil owns (monitors and SLOs in pages, PagerDuty when needed or configured), the monitors and SLOs
 * to adopt, and Datadog's PagerDuty service objects by name. O(pages) plus one GET per adopted object and per
 * service name.
 */
/** Every monitor and SLO vigil owns, in pages. */
export async function readOwned(dd: DatadogClient): Promise<RemoteState> {
  const [monitors, slos] = await Promise.all([readOwnedMonitors(dd), readOwnedSlos(dd)]);
  return { monitors, slos };
}

export async function readWorld(clients: Clients, needs: WorldNeeds): Promise<World> {
  const dd = clients.datadog;
  const pd = needs.pagerduty || clients.pagerduty ? clients.pagerduty : undefined;
  if (needs.pagerduty && !pd) throw new Error('readWorld: the definitions manage PagerDuty objects but no PagerDuty client was given');
  const [monitors, slos, pagerduty, early] = await Promise.all([
    readOwnedMonitors(dd), readOwnedSlos(dd), pd ? readPagerDuty(pd) : undefined, needs.notificationRules ? readNotificationRules(dd) : undefined,
  ]);
  // Rules the definitions no longer compile to are still vigil's to delete while a monitor is routed through them.
  const rules = early ?? (routedByRules(monitors) ? await readNotificationRules(dd) : undefined);
  const ownedMonitorIds = new Set(monitors.map((m) => String(m.remoteId)));
  const ownedSloIds = new Set(slos.map((s) => String(s.remoteId)));
  const names = [...needs.pagerDutyServiceNames, ...(pagerduty?.services ?? []).map((s) => String(s.body.name))];
  // Definitions vigil does not own yet are creates: monitors and SLOs named like them that vigil does not own may be
  // theirs with the tags stripped (one request per name, or the whole list past a bound: see readUnownedNamed).
  const ownedIds = new Set([...monitors, ...slos].map((o) => o.logicalId));
  const creates = (list: ReadonlyArray<{ id: string; name: string }> = []) => list.filter((c) => !ownedIds.has(c.id)).map((c) => c.name);
  const [adoptMonitors, adoptSlos, services, namedMonitors, namedSlos] = await Promise.all([
    readAdoptable(dd, needs.adoptMonitors.filter((id) => !ownedMonitorIds.has(String(id)))),
    readAdoptableSlos(dd, needs.adoptSlos.filter((id) => !ownedSloIds.has(id))),
    existingPagerDutyServices(dd, names),
    readUnownedNamed(dd, creates(needs.candidates?.monitors)),
    readUnownedSlosNamed(dd, creates(needs.candidates?.slos)),
  ]);
  return {
    owned: { monitors, slos, ...(rules ? { notificationRules: rules.owned } : {}) },
    adoptable: { monitors: adoptMonitors, slos: adoptSlos },
    ...(rules ? { unownedNotificationRules: rules.unowned } : {}),
    datadogPagerDutyServices: [...services].sort(),
    ...(pagerduty ? { pagerduty } : {}),
    unownedNamed: { monitors: namedMonitors, slos: namedSlos },
  };
}
