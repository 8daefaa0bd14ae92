import type { ApplyTarget } from '../../plan/remote.ts';
import type { Change } from '../../plan/types.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { createMonitor, deleteMonitor, findMonitorsByLogicalId, updateMonitor } from './monitors.ts';
import { createSlo, deleteSlo, findSlosByLogicalId, updateSlo } from './slos.ts';

/** Apply's view of Datadog: one object at a time, by kind. */
export function datadogTarget(dd: DatadogClient): ApplyTarget {
  return {
    async create(change, payload) {
      return kindOf(change) === 'slo' ? createSlo(dd, payload) : createMonitor(dd, payload);
    },
    async update(change, payload) {
      return kindOf(change) === 'slo'
        ? updateSlo(dd, String(change.remoteId), payload)
        : updateMonitor(dd, Number(change.remoteId), payload);
    },
    async delete(change) {
      if (kindOf(change) === 'slo') await deleteSlo(dd, String(change.remoteId));
      else await deleteMonitor(dd, Number(change.remoteId));
    },
    async find(change) {
      return kindOf(change) === 'slo' ? findSlosByLogicalId(dd, change.id) : findMonitorsByLogicalId(dd, change.id);
    },
  };
}

function kindOf(change: Change): 'monitor' | 'slo' {
  if (change.kind === 'datadog.monitor') return 'monitor';
  if (change.kind === 'datadog.slo') return 'slo';
  throw new ProviderError(`vigil cannot apply ${change.kind} objects yet`, undefined, false);
}
