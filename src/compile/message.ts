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
  // Built as one string: this runs for every monitor in lint and again in compile.
  let text = m.summary.trim();
  if (m.impact) text += `\n\nCustomer impact: ${m.impact.trim()}`;
  if (m.firstSteps?.length) {
    text += '\n\nFirst steps:';
    for (let i = 0; i < m.firstSteps.length; i++) text += `\n${i + 1}. ${m.firstSteps[i]!.trim()}`;
  }
  if (def.runbook) text += `\n\nRunbook: ${def.runbook}`;
  let owner = '';
  if (def.team) owner = `team ${def.team}`;
  if (def.service) owner += `${owner && ', '}service ${def.service}`;
  if (def.env) owner += `${owner && ', '}env ${def.env}`;
  if (def.severity) owner += `${owner && ', '}severity ${def.severity}`;
  if (owner) text += `\n\nOwner: ${owner}`;
  const details = m.details?.trim();
  if (details) text += `\n\n${details}`;
  if (m.notify?.length) text += `\n\n${[...new Set(m.notify)].join(' ')}`;
  if (routed.length) {
    const block = notificationBlock(routed);
    if (block) text += `\n\n${block}`;
  }
  return text;
}
