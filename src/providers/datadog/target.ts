import type { ApplyTarget } from '../../apply/target.ts';
import type { Change } from '../../plan/types.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { createMonitor, deleteMonitor, findMonitorsByLogicalId, updateMonitor } from './monitors.ts';

/** Apply's view of Datadog: one object at a time, by kind. */
export function datadogTarget(dd: DatadogClient): ApplyTarget {
  return {
    async create(change, payload) {
      expectKind(change);
      return createMonitor(dd, payload);
    },
    async update(change, payload) {
      expectKind(change);
      return updateMonitor(dd, Number(change.remoteId), payload);
    },
    async delete(change) {
      expectKind(change);
      await deleteMonitor(dd, Number(change.remoteId));
    },
    async find(change) {
      expectKind(change);
      return findMonitorsByLogicalId(dd, change.id);
    },
  };
}

function expectKind(change: Change): void {
  if (change.kind !== 'datadog.monitor') {
    throw new ProviderError(`vigil cannot apply ${change.kind} objects yet`, undefined, false);
  }
}
