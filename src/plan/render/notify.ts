import { notificationHandles } from '../../routing/handles.ts';
import { changeRoutes } from '../routes.ts';
import type { Change, RouteHandles } from '../types.ts';

export { notificationHandles } from '../../routing/handles.ts';

export interface NotifyChange {
  kept: string[];
  removed: string[];
  added: string[];
}

/**
 * Who a monitor change notifies before and after, derived from its message and the notification rule it is routed
 * through (`routes`, from the plan): a create notifies only new handles, a delete stops all of them, an update
 * compares the old and new message and rule (the same handles when neither changed). Undefined for other kinds, and
 * for a delete whose message was not read.
 */
export function notifyChange(c: Change, routes: Readonly<Record<string, RouteHandles>> = {}): NotifyChange | undefined {
  if (c.kind === 'datadog.notification-rule') return ruleNotifyChange(c);
  if (c.kind !== 'datadog.monitor') return undefined;
  let before: string[], after: string[];
  if (c.action === 'create') {
    before = [];
    after = notificationHandles(c.payload?.message);
  } else if (c.action === 'delete') {
    if (c.live?.message === undefined) return undefined;
    before = notificationHandles(c.live.message);
    after = [];
  } else {
    const field = c.fields?.find((f) => f.path === 'message');
    after = notificationHandles(field ? field.new : c.payload?.message);
    before = field ? notificationHandles(field.old) : after;
  }
  const route = changeRoutes(c);
  if (route.before) before = [...new Set([...before, ...(routes[route.before]?.before ?? routes[route.before]?.after ?? [])])].sort();
  if (route.after) after = [...new Set([...after, ...(routes[route.after]?.after ?? [])])].sort();
  const was = new Set(before), now = new Set(after);
  return { kept: after.filter((h) => was.has(h)), removed: before.filter((h) => !now.has(h)), added: after.filter((h) => !was.has(h)) };
}

/**
 * The derived `notifies:` line: handles kept as they are, removed ones marked `-`, added ones `+`, then the same in
 * words so it reads in a screen reader, e.g.
 * `notifies: @slack-payments -@pagerduty-payments-high +@pagerduty-payments-low (stops @pagerduty-payments-high; starts @pagerduty-payments-low)`.
 */
export function notifiesLine(n: NotifyChange, action: Change['action']): string {
  const { handles, words } = notifiesParts(n, action);
  return `notifies: ${handles}${words ? ` (${words})` : ''}`;
}

/** Who a notification rule notifies on any transition, before and after; a delete's recipients are not shown. */
function ruleNotifyChange(c: Change): NotifyChange | undefined {
  if (c.action === 'delete') return undefined;
  const handles = (conditional: unknown) => {
    const conditions = (conditional as { conditions?: Array<{ recipients?: unknown }> } | undefined)?.conditions ?? [];
    return [...new Set(conditions.flatMap((x) => (Array.isArray(x.recipients) ? x.recipients.map((r) => `@${String(r)}`) : [])))].sort();
  };
  const attributes = (c.payload?.data as { attributes?: { conditional_recipients?: unknown } } | undefined)?.attributes;
  const after = handles(attributes?.conditional_recipients);
  const field = c.fields?.find((f) => f.path === 'conditional_recipients');
  const before = c.action === 'create' ? [] : field ? handles(field.old) : after;
  const was = new Set(before), now = new Set(after);
  return { kept: after.filter((h) => was.has(h)), removed: before.filter((h) => !now.has(h)), added: after.filter((h) => !was.has(h)) };
}

/** `routed by: notification rule <id>`, or how the rule a monitor is routed through changes; undefined when none. */
export function routedByLine(c: Change): string | undefined {
  const { before, after } = changeRoutes(c);
  if (!before && !after) return undefined;
  const rule = (id: string | undefined) => (id ? `notification rule ${id}` : 'its message');
  if (c.action !== 'update' || before === after) return `routed by: ${rule(after ?? before)}`;
  return `routed by: ${rule(before)} → ${rule(after)}`;
}

/** The marked handles, and what changed in words (empty for a create, which only starts notifying). */
export function notifiesParts(n: NotifyChange, action: Change['action']): { handles: string; words: string } {
  if (action === 'create') return { handles: n.added.join(' ') || 'nobody', words: '' };
  const marks = [...n.kept, ...n.removed.map((h) => `-${h}`), ...n.added.map((h) => `+${h}`)];
  if (marks.length === 0) return { handles: 'nobody', words: '' };
  const changed = [n.removed.length && `stops ${n.removed.join(', ')}`, n.added.length && `starts ${n.added.join(', ')}`].filter(Boolean);
  return { handles: marks.join(' '), words: changed.length ? changed.join('; ') : 'unchanged' };
}
