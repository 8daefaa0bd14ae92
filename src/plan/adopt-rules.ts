// Adoption of monitor notification rules: the rule side of ./adopt.ts. A `notificationRule()` definition carrying
// `adopt: { datadogId }` (written by `vigil import`) takes over a rule that exists in Datadog but is not vigil's yet;
// the first plan updates it in place, which adds vigil's marker to its name. Every rule is read (one request), so the
// candidates are the rules vigil does not own.
import type { CompiledNotificationRule } from '../compile/index.ts';
import type { SourceLocation } from '../ir/source.ts';
import { planTakeovers, type AdoptionPlan } from './adopt.ts';
import type { RemoteObject } from './remote.ts';

export function planRuleAdoptions(
  desired: readonly CompiledNotificationRule[], owned: readonly RemoteObject[], unowned: readonly RemoteObject[],
  sources?: ReadonlyMap<string, SourceLocation>,
): AdoptionPlan {
  const ownedIds = new Set(owned.map((o) => o.logicalId));
  const byRemoteId = new Map(owned.map((o) => [String(o.remoteId), o.logicalId]));
  const wanted = desired.filter((d) => d.adopt !== undefined && !ownedIds.has(d.id));
  // A rule vigil owns under another logical id has its marker in the name, not in tags: refused here.
  const taken = wanted.filter((d) => byRemoteId.has(d.adopt!));
  const plan = planTakeovers(
    wanted.filter((d) => !byRemoteId.has(d.adopt!)).map((d) => ({ id: d.id, adopt: d.adopt!, payload: d.payload, dependsOn: [] })),
    unowned, sources,
    { kind: 'datadog.notification-rule', noun: 'notification rule', article: 'a', showId: (id) => `"${id}"`, owner: () => undefined, logical: (body) => body },
  );
  for (const d of taken) {
    plan.problems.push(`"${d.id}": adopt.datadogId "${d.adopt}": that notification rule is already managed by vigil as "${byRemoteId.get(d.adopt!)}"; remove "adopt" or the other definition`);
  }
  plan.problems.sort();
  return plan;
}
