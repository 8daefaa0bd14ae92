import type { MonitorDefinition } from '../ir/monitor.ts';
import type { Destination } from '../ir/routing.ts';
import { notificationBlock } from '../routing/handles.ts';

/**
 * Lays out the notification text in a fixed order a person can scan (and a screen reader can read): what is
 * wrong, who is hurt, what to do first, where the runbook is, who owns it; then free text, the author's own
 * handles, and the routed destinations inside Datadog's conditional blocks.
 */
export function composeMessage(def: MonitorDefinition, routed: readonly Destination[] = []): string {
  const m = def.message;
  const parts: string[] = [m.summary.trim()];
  if (m.impact) parts.push(`Customer impact: ${m.impact.trim()}`);
  if (m.firstSteps?.length) parts.push(['First steps:', ...m.firstSteps.map((s, i) => `${i + 1}. ${s.trim()}`)].join('\n'));
  if (def.runbook) parts.push(`Runbook: ${def.runbook}`);
  const owner = [
    def.team && `team ${def.team}`, def.service && `service ${def.service}`, def.env && `env ${def.env}`,
    def.severity && `severity ${def.severity}`,
  ].filter(Boolean);
  if (owner.length) parts.push(`Owner: ${owner.join(', ')}`);
  if (m.details?.trim()) parts.push(m.details.trim());
  if (m.notify?.length) parts.push([...new Set(m.notify)].join(' '));
  const block = notificationBlock(routed);
  if (block) parts.push(block);
  return parts.join('\n\n');
}
