import { order } from './order.ts';
import type { PagerDutyPlan } from './pagerduty.ts';
import type { Plan } from './types.ts';

/** Adds the PagerDuty part to a plan: one change list, ordered across providers (PagerDuty before Datadog). */
export function mergePagerDuty(plan: Plan, pd: PagerDutyPlan): Plan {
  const changes = order([...plan.changes, ...pd.changes]);
  const count = (a: string) => changes.filter((c) => c.action === a).length;
  const sortRecord = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...plan,
    summary: { create: count('create'), update: count('update'), delete: count('delete'), unchanged: plan.summary.unchanged + pd.unchanged },
    changes,
    drift: [...plan.drift, ...pd.drift].sort(),
    remoteIds: sortRecord({ ...plan.remoteIds, ...pd.remoteIds }),
    remoteVersions: sortRecord({ ...plan.remoteVersions, ...pd.remoteVersions }),
  };
}
