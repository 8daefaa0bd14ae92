// Words for the catalog: conditions, thresholds, objectives and destinations said plainly, not as symbols only.
import type { MonitorDefinition, Thresholds } from '../ir/monitor.ts';
import type { SourceLocation } from '../ir/source.ts';
import { code, link, text } from './markdown.ts';
import type { SloObjective } from './model.ts';

const COMPARATORS: Record<string, string> = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below', '==': 'equal to' };

/** "Alerts when the value is above 5." from a query ending in `> 5`; undefined when there is no trailing comparison. */
export function condition(m: MonitorDefinition): string | undefined {
  const found = /(>=|<=|==|>|<)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(m.query);
  if (!found || m.type === 'composite') return undefined;
  const words = COMPARATORS[found[1]!]!;
  const warning = m.options?.thresholds?.warning;
  return `Alerts when the value is ${words} ${found[2]}${warning === undefined ? '' : `, warns when it is ${words} ${warning}`}.`;
}

const THRESHOLDS: Array<[keyof Thresholds, string]> = [
  ['critical', 'critical'], ['warning', 'warning'], ['criticalRecovery', 'critical recovery'],
  ['warningRecovery', 'warning recovery'], ['ok', 'OK after this many checks'], ['unknown', 'unknown after this many checks'],
];

export function thresholdRows(t: Thresholds | undefined): string[][] {
  return THRESHOLDS.filter(([k]) => typeof t?.[k] === 'number').map(([k, label]) => [label, String(t![k])]);
}

const TIMEFRAMES: Record<string, string> = { '7d': '7 days', '30d': '30 days', '90d': '90 days' };

/** "99.9% over 30 days (warning at 99.95%)". */
export function objective(o: SloObjective): string {
  const window = TIMEFRAMES[o.timeframe] ?? o.timeframe;
  return `${o.target}% over ${window}${o.warning === undefined ? '' : ` (warning at ${o.warning}%)`}`;
}

/** A routing destination in words, e.g. "PagerDuty service payments-oncall, high urgency". */
export function destination(d: unknown): string {
  if (typeof d !== 'object' || d === null) return text(String(d));
  const x = d as Record<string, unknown>;
  const s = (v: unknown) => code(String(v ?? '?'));
  switch (x.type) {
    case 'pagerduty': return `PagerDuty service ${s(x.service)}${typeof x.urgency === 'string' ? `, ${text(x.urgency)} urgency` : ''}`;
    case 'slack': return `Slack channel ${s(x.channel)}`;
    case 'email': return `email to ${s(x.address)}`;
    case 'webhook': return `webhook ${s(x.name)}`;
    default: return code(JSON.stringify(d));
  }
}

/** "monitors/a.ts, line 12", linked to the file when the catalog knows where the project is. */
export function sourceLink(loc: SourceLocation | undefined, sourceBase: string | undefined): string {
  if (!loc) return 'unknown';
  const label = `${loc.file}, line ${loc.line}`;
  if (sourceBase === undefined) return code(label);
  const path = [sourceBase, loc.file].filter(Boolean).join('/').split('/').map(encodeURIComponent).join('/');
  return `[${text(label)}](${path}#L${loc.line})`;
}

export function runbookLink(url: string | undefined, id: string): string {
  return url ? link(`Runbook for ${id}`, url) : 'none';
}

/** Logical ids a composite (or SLO alert) query refers to as `${id}`. */
export function references(query: string): string[] {
  return [...new Set([...query.matchAll(/\$\{([^}\s]+)\}/g)].map((m) => m[1]!))].sort();
}
