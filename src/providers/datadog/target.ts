import type { ApplyTarget } from '../../plan/remote.ts';
import type { Change, ResourceKind } from '../../plan/types.ts';
import type { RemoteObject } from '../../plan/remote.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { cancelDowntime, createDowntime, findDowntimesByLogicalId, updateDowntime } from './downtimes.ts';
import { createMonitor, deleteMonitor, findMonitorsByLogicalId, updateMonitor } from './monitors.ts';
import { createNotificationRule, deleteNotificationRule, findNotificationRulesByLogicalId, updateNotificationRule } from './notification-rules.ts';
import { createSlo, deleteSlo, findSlosByLogicalId, updateSlo } from './slos.ts';
import { createSloCorrection, deleteSloCorrection, findSloCorrectionsByLogicalId, updateSloCorrection } from './slo-corrections.ts';

type Payload = Record<string, unknown>;

/** How apply writes one Datadog kind: one object at a time, by its remote id. */
interface KindWriter {
  create(dd: DatadogClient, payload: Payload): Promise<RemoteObject>;
  update(dd: DatadogClient, remoteId: string | number, payload: Payload): Promise<RemoteObject>;
  delete(dd: DatadogClient, remoteId: string | number): Promise<void>;
  find(dd: DatadogClient, logicalId: string): Promise<RemoteObject[]>;
}

/** Every Datadog kind apply writes; a new kind is one more entry. */
const WRITERS: Partial<Record<ResourceKind, KindWriter>> = {
  'datadog.monitor': {
    create: createMonitor, update: (dd, id, p) => updateMonitor(dd, Number(id), p), delete: (dd, id) => deleteMonitor(dd, Number(id)),
    find: findMonitorsByLogicalId,
  },
  'datadog.slo': {
    create: createSlo, update: (dd, id, p) => updateSlo(dd, String(id), p), delete: (dd, id) => deleteSlo(dd, String(id)),
    find: findSlosByLogicalId,
  },
  'datadog.notification-rule': {
    create: createNotificationRule, update: (dd, id, p) => updateNotificationRule(dd, String(id), p),
    delete: (dd, id) => deleteNotificationRule(dd, String(id)), find: findNotificationRulesByLogicalId,
  },
  'datadog.downtime': {
    create: createDowntime, update: (dd, id, p) => updateDowntime(dd, String(id), p), delete: (dd, id) => cancelDowntime(dd, String(id)),
    find: findDowntimesByLogicalId,
  },
  'datadog.slo-correction': {
    create: createSloCorrection, update: (dd, id, p) => updateSloCorrection(dd, String(id), p),
    delete: (dd, id) => deleteSloCorrection(dd, String(id)), find: findSloCorrectionsByLogicalId,
  },
};

/** Apply's view of Datadog: one object at a time, by kind. */
export function datadogTarget(dd: DatadogClient): ApplyTarget {
  return {
    create: (change, payload) => writer(change).create(dd, payload),
    update: (change, payload) => writer(change).update(dd, change.remoteId!, payload),
    delete: (change) => writer(change).delete(dd, change.remoteId!),
    find: (change) => writer(change).find(dd, change.id),
  };
}

function writer(change: Change): KindWriter {
  const w = WRITERS[change.kind];
  if (!w) throw new ProviderError(`vigil cannot apply ${change.kind} objects yet`, undefined, false);
  return w;
}
