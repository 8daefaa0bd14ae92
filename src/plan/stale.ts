// Is a saved plan still good? The check `vigil apply --plan` makes before changing anything: every object the plan
// was made against is unchanged, no owned object appeared, and every object it adopts is still there, unchanged and
// not owned by vigil yet. Pure: the caller reads the world (providers/world.ts) and hands it in.
import { DATADOG_KINDS, datadogKind } from './datadog-kinds.ts';
import type { Plan } from './types.ts';
import type { World } from './world.ts';

/** One line per way the world moved since `saved` was made; empty when the plan still holds. */
export function staleReasons(saved: Plan, world: World): string[] {
  const out: string[] = [];
  const then = saved.remoteVersions;
  const { versions: now, logical } = current(world);
  // Which definition each remote object belongs to, so the line names what a reviewer knows.
  for (const [id, remote] of Object.entries(saved.remoteIds)) {
    for (const key of [String(remote), `pagerduty:${remote}`]) if (!logical.has(key)) logical.set(key, id);
  }
  const named = (id: string) => (logical.has(id) ? ` ("${logical.get(id)}")` : '');
  for (const id of Object.keys(then).sort()) {
    if (!(id in now)) out.push(`remote object ${id}${named(id)} was deleted`);
    else if (now[id] !== then[id]) {
      out.push(`remote object ${id} changed (${logical.has(id) ? `"${logical.get(id)}", ` : ''}version ${then[id]} → ${now[id]})`);
    }
  }
  for (const id of Object.keys(now).sort()) if (!(id in then)) out.push(`remote object ${id}${named(id)} appeared`);

  // Adoptions are of objects vigil did not own when the plan was made: they must be unchanged and still unowned.
  const adoptable = new Map([
    ...world.adoptable.monitors, ...world.adoptable.slos, ...(world.adoptable.downtimes ?? []), ...(world.unownedNotificationRules ?? []),
  ].map((o) => [String(o.remoteId), o]));
  const services = new Map((world.pagerduty?.unownedServices ?? []).map((o) => [String(o.remoteId), o]));
  const ownedServices = new Set((world.pagerduty?.services ?? []).map((o) => String(o.remoteId)));
  for (const c of saved.changes.filter((x) => x.reason === 'adopt')) {
    const service = c.kind === 'pagerduty.service';
    const o = (service ? services : adoptable).get(String(c.remoteId));
    const nouns: Record<string, string> = { 'datadog.slo': 'SLO', 'datadog.notification-rule': 'notification rule', 'datadog.downtime': 'downtime' };
    const noun = service ? 'PagerDuty service' : nouns[c.kind] ?? 'monitor';
    const what = `${noun} ${c.remoteId} to adopt as "${c.id}"`;
    if (service && ownedServices.has(String(c.remoteId))) out.push(`${what} is already owned by vigil`);
    else if (!o) out.push(`${what} no longer exists`);
    else if (o.version !== c.remoteVersion) out.push(`${what} changed (version ${c.remoteVersion} → ${o.version})`);
    else if (!service && datadogKind(c.kind)?.owner(o.body) !== undefined) out.push(`${what} is already owned by vigil`);
  }
  return out;
}

/**
 * What a saved plan must read again to be checked: the objects it adopts, PagerDuty when it touched it, and the
 * notification rules when it read them.
 */
export function savedPlanNeeds(saved: Plan): {
  adoptMonitors: number[]; adoptSlos: string[]; adoptDowntimes: string[]; pagerduty: boolean;
} {
  const adopts = saved.changes.filter((c) => c.reason === 'adopt');
  return {
    adoptMonitors: adopts.filter((c) => c.kind === 'datadog.monitor').map((c) => Number(c.remoteId)),
    adoptSlos: adopts.filter((c) => c.kind === 'datadog.slo').map((c) => String(c.remoteId)),
    adoptDowntimes: adopts.filter((c) => c.kind === 'datadog.downtime').map((c) => String(c.remoteId)),
    pagerduty: Object.keys(saved.remoteVersions).some((k) => k.startsWith('pagerduty:'))
      || saved.changes.some((c) => c.kind.startsWith('pagerduty.') || c.kind === 'datadog.pagerduty-service'),
  };
}

/** Every owned object's version and logical id, keyed as plans key them (`pagerduty:<id>` for PagerDuty objects). */
function current(world: World): { versions: Record<string, string>; logical: Map<string, string> } {
  const versions: Record<string, string> = {};
  const logical = new Map<string, string>();
  const add = (key: string, o: { version: string; logicalId: string }) => {
    versions[key] = o.version;
    if (o.logicalId) logical.set(key, o.logicalId);
  };
  for (const k of DATADOG_KINDS) for (const o of k.owned(world.owned)) add(k.versionKey ? k.versionKey(o.remoteId) : String(o.remoteId), o);
  const pd = world.pagerduty;
  for (const o of pd ? [...pd.teams, ...pd.policies, ...pd.services, ...pd.integrations] : []) add(`pagerduty:${o.remoteId}`, o);
  return { versions, logical };
}
