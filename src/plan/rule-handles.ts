// The handles notification rules notify, each with where the routing table wrote it: what a check that every handle
// resolves (a managed PagerDuty service, a Slack channel, a webhook…) needs to name the line to fix, the same way it
// names a handle written in a monitor's message.
import type { CompiledState } from '../compile/index.ts';
import type { Definition } from '../ir/definition.ts';
import type { SourceLocation } from '../ir/source.ts';
import { fieldLocation } from '../load/field-locations.ts';

export interface RuleHandle {
  /** As a message would write it: `@slack-payments-alerts`, `@pagerduty-payments-high`. */
  handle: string;
  /** The notification rule's logical id. */
  rule: string;
  /** The routing table's logical id, and a JSON pointer to the destination in it (`/rules/1/notify/0`). */
  routing: string;
  pointer: string;
  /** Where the destination was written (or the routing table, when the loader knows no closer place). */
  location?: SourceLocation;
}

/** Every (handle, definition location) pair of the compiled notification rules, in rule order. */
export function notificationRuleHandles(desired: CompiledState, definitions: readonly Definition[]): RuleHandle[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const out: RuleHandle[] = [];
  for (const r of desired.datadog.notificationRules) {
    for (const { handle, routing, pointer } of r.recipients) {
      const def = byId.get(routing);
      const location = def ? fieldLocation(def, pointer) ?? def.source : undefined;
      out.push({ handle, rule: r.id, routing, pointer, ...(location ? { location } : {}) });
    }
  }
  return out;
}
