// Who a notification rule notifies, for the plan's `notifies:` lines. A monitor routed by a notification rule names
// nobody in its message; its `vigil-route:` tag names the rule, and the rule's recipients are who it notifies. The
// plan carries, for every rule a monitor change is routed through before or after, the handles of the live rule and
// of the rule as compiled: moving a team to notification rules then reads "unchanged" where it is, and not as every
// pager being dropped.
import type { CompiledState } from '../compile/index.ts';
import { normalizeNotificationRule } from '../compile/datadog/notification-rule.ts';
import { ROUTE_TAG_PREFIX } from '../routing/notification-rules.ts';
import type { RemoteObject } from './remote.ts';
import type { Change, RouteHandles } from './types.ts';

/** The rule a set of monitor tags routes through, if any. */
export function routeOf(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const tag = tags.find((t): t is string => typeof t === 'string' && t.startsWith(ROUTE_TAG_PREFIX));
  return tag?.slice(ROUTE_TAG_PREFIX.length);
}

/** The monitor's rule before and after a change (from the live tags and the payload). */
export function changeRoutes(c: Change): { before: string | undefined; after: string | undefined } {
  if (c.kind !== 'datadog.monitor') return { before: undefined, after: undefined };
  if (c.action === 'delete') return { before: c.live?.route, after: undefined };
  const after = routeOf(c.payload?.tags);
  if (c.action === 'create') return { before: undefined, after };
  const tags = c.fields?.find((f) => f.path === 'tags');
  return { before: tags ? routeOf(tags.old) : after, after };
}

/** The handles of every rule the plan's monitor changes are routed through, live and as compiled. */
export function routeHandles(changes: readonly Change[], desired: CompiledState, owned: readonly RemoteObject[] = []): Record<string, RouteHandles> {
  const wanted = new Set<string>();
  for (const c of changes) {
    const { before, after } = changeRoutes(c);
    if (before) wanted.add(before);
    if (after) wanted.add(after);
  }
  const out: Record<string, RouteHandles> = {};
  for (const id of [...wanted].sort()) {
    const compiled = desired.datadog.notificationRules.find((r) => r.id === id);
    const live = owned.find((r) => r.logicalId === id);
    out[id] = {
      ...(live ? { before: recipientsOf(live.body) } : {}),
      ...(compiled ? { after: [...new Set(compiled.recipients.map((r) => r.handle))].sort() } : {}),
    };
  }
  return out;
}

/** Every handle a rule notifies, on any transition, with its `@` and sorted. */
function recipientsOf(body: Record<string, unknown>): string[] {
  const a = normalizeNotificationRule(body) as { recipients?: string[]; conditional_recipients?: { conditions: Array<{ recipients: string[] }>; fallback_recipients?: string[] } };
  const all = [...(a.recipients ?? []), ...(a.conditional_recipients?.conditions.flatMap((c) => c.recipients) ?? []), ...(a.conditional_recipients?.fallback_recipients ?? [])];
  return [...new Set(all.map((r) => `@${r}`))].sort();
}
