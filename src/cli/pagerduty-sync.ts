// The PagerDuty side of plan and apply: read what vigil owns in PagerDuty and Datadog's PagerDuty service objects,
// plan it, and check that every @pagerduty-<name> handle a monitor uses will resolve.
import type { CompiledPagerDuty } from '../compile/pagerduty/payloads.ts';
import { planPagerDuty, type PagerDutyPlan } from '../plan/pagerduty.ts';
import type { DatadogClient } from '../providers/datadog/client.ts';
import { existingPagerDutyServices } from '../providers/datadog/pagerduty-services.ts';
import { checkTargetsAgree } from '../providers/endpoint.ts';
import { createPagerDutyClient, type PagerDutyClient } from '../providers/pagerduty/client.ts';
import { readPagerDuty, type RemotePagerDuty } from '../providers/pagerduty/objects.ts';

export interface PagerDutySide {
  client: PagerDutyClient;
  remote: RemotePagerDuty;
  plan: PagerDutyPlan;
}

/**
 * Reads and plans PagerDuty when there is anything to manage or a token to read with; without definitions and
 * without `PAGERDUTY_TOKEN` there is nothing to do and no PagerDuty call is made.
 */
export async function planPagerDutySide(
  dd: DatadogClient, desired: readonly CompiledPagerDuty[], withholdDeletes: string | undefined, required = false,
): Promise<PagerDutySide | undefined> {
  if (!required && desired.length === 0 && !process.env.PAGERDUTY_TOKEN) return undefined;
  const client = createPagerDutyClient();
  checkTargetsAgree(dd.endpoint, client.endpoint); // never read one world and write another
  const remote = await readPagerDuty(client);
  const names = [
    ...desired.filter((d) => d.kind === 'datadog.pagerduty-service').map((d) => String(d.payload.service_name)),
    ...remote.services.map((s) => String(s.body.name)),
  ];
  const datadogServices = await existingPagerDutyServices(dd, names);
  return { client, remote, plan: planPagerDuty({ desired, remote, datadogServices, withholdDeletes }) };
}

/**
 * The cross-system check: every `@pagerduty-<name>` in a monitor message must name a PagerDuty service vigil
 * manages or a Datadog PagerDuty service object that already exists. Returns one line per unresolved handle.
 */
export async function unresolvedPagerDutyHandles(
  dd: DatadogClient, messages: ReadonlyArray<{ id: string; message: string }>, managed: ReadonlySet<string>,
): Promise<string[]> {
  return (await unresolvedHandles(dd, messages, managed)).map((h) => h.message);
}

/** An `@pagerduty-<name>` handle nothing resolves, with the monitors that use it. */
export interface UnresolvedHandle {
  handle: string;
  ids: string[];
  message: string;
}

/** {@link unresolvedPagerDutyHandles}, as data: the caller points at each monitor that uses the handle. */
export async function unresolvedHandles(
  dd: DatadogClient, messages: ReadonlyArray<{ id: string; message: string }>, managed: ReadonlySet<string>,
): Promise<UnresolvedHandle[]> {
  const users = new Map<string, string[]>();
  for (const { id, message } of messages) {
    for (const m of message.matchAll(/@pagerduty-([\w.-]+)/g)) {
      if (managed.has(m[1]!)) continue;
      users.set(m[1]!, [...(users.get(m[1]!) ?? []), id]);
    }
  }
  if (users.size === 0) return [];
  const existing = await existingPagerDutyServices(dd, [...users.keys()]);
  return [...users].filter(([name]) => !existing.has(name)).map(([name, all]) => {
    const ids = [...new Set(all)];
    return {
      handle: `@pagerduty-${name}`, ids,
      message: `@pagerduty-${name} (used by ${ids.join(', ')}) matches no managed PagerDuty service and no Datadog PagerDuty service object`,
    };
  });
}
