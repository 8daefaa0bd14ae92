import type { DowntimeDefinition } from './downtime.ts';
import type { MonitorDefinition } from './monitor.ts';
import type { NotificationRuleDefinition } from './notification-rule.ts';
import type { PagerDutyDefinition } from './pagerduty.ts';
import type { RoutingDefinition } from './routing.ts';
import type { SloDefinition } from './slo.ts';
import type { SloCorrectionDefinition } from './slo-correction.ts';

/** Everything a definition file can declare. */
export type Definition =
  | MonitorDefinition | SloDefinition | RoutingDefinition | PagerDutyDefinition | NotificationRuleDefinition | DowntimeDefinition
  | SloCorrectionDefinition;

export const DEFINITION_KINDS: ReadonlySet<string> = new Set([
  'monitor', 'slo', 'routing', 'pagerduty-team', 'pagerduty-escalation-policy', 'pagerduty-service', 'notification-rule', 'downtime',
  'slo-correction',
]);

export function isDefinition(value: unknown): value is Definition {
  return typeof value === 'object' && value !== null && DEFINITION_KINDS.has((value as { kind?: unknown }).kind as string);
}
