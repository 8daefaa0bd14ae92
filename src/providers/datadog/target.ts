import type { ApplyTarget } from '../../plan/remote.ts';
import type { Change } from '../../plan/types.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { createMonitor, deleteMonitor, findMonitorsByLogicalId, updateMonitor } from './monitors.ts';
import { createNotificationRule, deleteNotificationRule, findNotificationRulesByLogicalId, updateNotificationRule } from './notification-rules.ts';
import { createSlo, deleteSlo, findSlosByLogicalId, updateSlo } from './slos.ts';

/** Apply's view of Datadog: one object at a time, by kind. */
export function datadogTarget(dd: DatadogClient): ApplyTarget {
  return {
    async create(change, payload) {
      const kind = kindOf(change);
      if (kind === 'notification-rule') return createNotificationRule(dd, payload);
      return kind === 'slo' ? createSlo(dd, payload) : createMonitor(dd, payload);
    },
    async update(change, payload) {
      const kind = kindOf(change);
      if (kind === 'notification-rule') return updateNotificationRule(dd, String(change.remoteId), payload);
      return kind === 'slo'
        ? updateSlo(dd, String(change.remoteId), payload)
        : updateMonitor(dd, Number(change.remoteId), payload);
    },
    async delete(change) {
      const kind = kindOf(change);
      if (kind === 'notification-rule') await deleteNotificationRule(dd, String(change.remoteId));
      else if (kind === 'slo') await deleteSlo(dd, String(change.remoteId));
      else await deleteMonitor(dd, Number(change.remoteId));
    },
    async find(change) {
      const kind = kindOf(change);
      if (kind === 'notification-rule') return findNotificationRulesByLogicalId(dd, change.id);
      return kind === 'slo' ? findSlosByLogicalId(dd, change.id) : findMonitorsByLogicalId(dd, change.id);
    },
  };
}

function kindOf(change: Change): 'monitor' | 'slo' | 'notification-rule' {
  if (change.kind === 'datadog.monitor') return 'monitor';
  if (change.kind === 'datadog.slo') return 'slo';
  if (change.kind === 'datadog.notification-rule') return 'notification-rule';
  throw new ProviderError(`vigil cannot apply ${change.kind} objects yet`, undefined, false);
}
