// Monitor notification rules: read in pages, written one at a time, through the official client's request builders
// with the answer taken as the JSON the server sent (as json-reads.ts does for monitors and SLOs). Rules have no tags
// to filter by, so every rule is read and vigil's marker is looked for in the name (compile/datadog/notification-rule.ts);
// the count of all of them is what Datadog's limit of 1,000 rules per organisation is checked against. An
// organisation holds at most 1,000 rules and a page takes up to 1,000: one request.
import { contentHash } from '../../compile/canonical.ts';
import { readRuleMarker, ruleAttributesOf } from '../../compile/datadog/notification-rule.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { dataList, dataObject, readJson } from './json-reads.ts';
import { refusedList } from './v2-list.ts';
import { isObject } from '../../compile/datadog/json.ts';

type Wire = Record<string, unknown>;

/** The list's largest page (`per_page`, API reference: 1 to 1,000). */
export const NOTIFICATION_RULE_PAGE_SIZE = 1000;

export interface NotificationRules {
  /** Rules carrying vigil's marker. */
  owned: RemoteObject[];
  /** Every other rule, with no logical id: what `vigil import` reads, and what a definition may adopt. */
  unowned: RemoteObject[];
}

/** Every notification rule of the organisation, oldest first, in pages of 1,000 (pages count from 0). */
export async function readNotificationRules(dd: DatadogClient): Promise<NotificationRules> {
  const out: NotificationRules = { owned: [], unowned: [] };
  for (let page = 0; ; page++) {
    const batch = await readJson(dd, 'list monitor notification rules',
      Promise.resolve(dd.readers.notificationRulePage(page, NOTIFICATION_RULE_PAGE_SIZE)), refusedList, dataList);
    for (const resource of batch) {
      const remote = toRemoteRule(resource);
      if (remote?.logicalId) out.owned.push(remote);
      else if (remote) out.unowned.push(remote);
    }
    if (batch.length < NOTIFICATION_RULE_PAGE_SIZE) return out;
  }
}

/** Owned rules carrying one logical id (before retrying a create whose answer was lost). */
export async function findNotificationRulesByLogicalId(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]> {
  return (await readNotificationRules(dd)).owned.filter((r) => r.logicalId === logicalId);
}

export async function createNotificationRule(dd: DatadogClient, payload: Wire): Promise<RemoteObject> {
  const calls = await dd.notificationRules();
  const body = calls.model(payload, 'MonitorNotificationRuleCreateRequest');
  return owned(await readJson(dd, 'create monitor notification rule', calls.requests.createMonitorNotificationRule(body),
    (res) => calls.errors.createMonitorNotificationRule(res), dataObject));
}

/** PATCH with the whole definition: Datadog replaces the rule's filter and recipients with what is sent. */
export async function updateNotificationRule(dd: DatadogClient, remoteId: string, payload: Wire): Promise<RemoteObject> {
  const calls = await dd.notificationRules();
  const data = isObject(payload.data) ? payload.data : {};
  const body = calls.model({ data: { ...data, id: remoteId } }, 'MonitorNotificationRuleUpdateRequest');
  return owned(await readJson(dd, 'update monitor notification rule', calls.requests.updateMonitorNotificationRule(remoteId, body),
    (res) => calls.errors.updateMonitorNotificationRule(res), dataObject));
}

/** Deletes a rule; one already gone counts as deleted (a re-run after a lost answer). */
export async function deleteNotificationRule(dd: DatadogClient, remoteId: string): Promise<void> {
  const calls = await dd.notificationRules();
  try {
    await readJson(dd, 'delete monitor notification rule', calls.requests.deleteMonitorNotificationRule(remoteId),
      (res) => calls.errors.deleteMonitorNotificationRule(res), () => true);
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404) return;
    throw err;
  }
}

/**
 * A rule as vigil compares it: the body is the resource (`{type, id, attributes}`), the logical id the marker's ('' for
 * a rule vigil does not own), and the version `modified_at` plus a hash of the attributes, so two edits within one
 * timestamp still make a saved plan stale.
 */
export function toRemoteRule(resource: Wire): RemoteObject | undefined {
  if (typeof resource.id !== 'string' || !isObject(resource.attributes)) return undefined;
  const attributes = ruleAttributesOf(resource);
  const { relationships: _relationships, ...body } = resource;
  return {
    logicalId: readRuleMarker(attributes.name)?.id ?? '',
    remoteId: resource.id,
    version: `${String(attributes.modified_at ?? '')}:${contentHash(attributes)}`,
    body,
  };
}

function owned(resource: Wire): RemoteObject {
  const remote = toRemoteRule(resource);
  if (!remote?.logicalId) throw new ProviderError('Datadog answered with a notification rule that lacks vigil\'s marker', 200, false);
  return remote;
}
