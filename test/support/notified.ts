// Who Datadog notifies of each monitor transition, worked out from compiled payloads the way Datadog reads them: a
// message's handles (inside `{{#is_…}}` blocks for that transition, outside any block for all of them), and the
// notification rules whose filter tags the monitor all carries (every matching rule's recipients for the conditions
// naming the transition, merged). Tests use it to show the two routing targets notify alike.
import type { CompiledNotificationRule } from '../../src/compile/index.ts';

export const TRANSITIONS = ['is_alert', 'is_warning', 'is_no_data', 'is_recovery'] as const;
export type Notified = Record<(typeof TRANSITIONS)[number], string[]>;

const HANDLE = /(?<![\w{])@[\w.+-]+(?:@[\w.-]+)?/g;

export function notifiedByMessage(message: string): Notified {
  const blocks = /\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g;
  const outside = message.replace(blocks, '').match(HANDLE) ?? [];
  const out = empty();
  for (const t of TRANSITIONS) {
    const inside = [...message.matchAll(blocks)].filter((m) => m[1] === t).flatMap((m) => m[2]!.match(HANDLE) ?? []);
    out[t] = sorted([...outside, ...inside]);
  }
  return out;
}

/** The rules that apply to a monitor with these tags: every one whose filter tags it carries all of. */
export function matchingRules(tags: readonly string[], rules: readonly CompiledNotificationRule[]): CompiledNotificationRule[] {
  return rules.filter((r) => r.payload.data.attributes.filter.tags.every((t) => tags.includes(t)));
}

export function notifiedByRules(tags: readonly string[], rules: readonly CompiledNotificationRule[]): Notified {
  const out = empty();
  for (const rule of matchingRules(tags, rules)) {
    for (const c of rule.payload.data.attributes.conditional_recipients.conditions) {
      const t = c.scope.replace(/^transition_type:/, '') as keyof Notified;
      out[t] = sorted([...out[t], ...c.recipients.map((r) => `@${r}`)]);
    }
  }
  return out;
}

export function merged(a: Notified, b: Notified): Notified {
  const out = empty();
  for (const t of TRANSITIONS) out[t] = sorted([...a[t], ...b[t]]);
  return out;
}

function empty(): Notified {
  return { is_alert: [], is_warning: [], is_no_data: [], is_recovery: [] };
}

function sorted(handles: string[]): string[] {
  return [...new Set(handles)].sort();
}
