import { formatLocation } from '../../ir/source.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { Destination, RoutingDefinition } from '../../ir/routing.ts';
import { destinationKey } from '../../routing/route.ts';
import type { Change, Plan } from '../types.ts';
import { describeReason, plural, showValue } from './values.ts';

export interface MarkdownExtras {
  /** Lint findings and other diagnostics to list under the plan. */
  diagnostics?: readonly Diagnostic[];
  /** The routing every monitor inherits, shown as a table so reviewers see where alerts go. */
  routing?: RoutingDefinition;
}

/**
 * The plan as a pull-request comment: counts first, then a deletion warning, drift in its own section, and one
 * collapsible block per object with its field diffs. Plain words and tables, so it reads well in a screen reader.
 */
export function renderMarkdown(plan: Plan, extras: MarkdownExtras = {}): string {
  const { create, update, delete: del, unchanged } = plan.summary;
  const out: string[] = ['## vigil plan', ''];
  if (create + update + del === 0) {
    out.push(`**No changes.** ${plural(unchanged, 'object')} already match the code.`);
  } else {
    out.push('| create | update | delete | unchanged |', '|---:|---:|---:|---:|', `| ${create} | ${update} | ${del} | ${unchanged} |`);
  }
  if (del > 0) {
    out.push('', `> [!WARNING]`, `> This plan **deletes ${plural(del, 'object')}**: ${plan.changes.filter((c) => c.action === 'delete').map((c) => `\`${c.id}\``).join(', ')}. Apply needs \`--allow-deletes\`.`);
  }
  if (plan.deletesWithheld) out.push('', `> [!CAUTION]`, `> Deletes withheld: ${plan.deletesWithheld}`);
  const driftChanges = plan.changes.filter((c) => c.reason === 'drift' || c.reason === 'code+drift');
  if (driftChanges.length) {
    out.push('', '### Drift', '', 'These objects were edited outside vigil; applying restores what the code says:', '');
    for (const c of driftChanges) out.push(`- \`${c.id}\` (${c.kind}, remote id ${c.remoteId})`);
  }
  for (const [action, title] of [['create', 'Create'], ['update', 'Update'], ['delete', 'Delete']] as const) {
    const list = plan.changes.filter((c) => c.action === action);
    if (!list.length) continue;
    out.push('', `### ${title} (${list.length})`, '');
    for (const c of list) out.push(...details(c));
  }
  if (extras.routing) out.push('', ...routingTable(extras.routing));
  const diags = extras.diagnostics ?? [];
  if (diags.length) {
    out.push('', `### Findings (${diags.length})`, '', '| where | severity | rule | id | message |', '|---|---|---|---|---|');
    for (const d of diags) {
      out.push(`| \`${formatLocation(d.location)}\` | ${d.severity} | \`${d.code}\` | \`${d.id}\` | ${escapeCell(d.message)}${d.hint ? ` — ${escapeCell(d.hint)}` : ''} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

function details(c: Change): string[] {
  const name = typeof c.payload?.name === 'string' ? ` — ${escapeCell(c.payload.name)}` : '';
  const lines = ['<details>', `<summary>${c.action} <code>${c.id}</code> (${c.kind})${name}</summary>`, ''];
  if (c.source) lines.push(`Defined at \`${formatLocation(c.source)}\`.`, '');
  if (c.reason && c.reason !== 'code') lines.push(`Reason: ${describeReason(c.reason)}.`, '');
  if (c.fields?.length) {
    lines.push('| field | before | after |', '|---|---|---|');
    for (const f of c.fields) lines.push(`| \`${f.path}\` | ${cell(f.old)} | ${cell(f.new)} |`);
  } else if (c.action === 'create' && c.payload) {
    lines.push('```json', JSON.stringify(c.payload, null, 2), '```');
  }
  lines.push('', '</details>', '');
  return lines;
}

function cell(v: unknown): string {
  return v === undefined ? '*(not set)*' : `\`${escapeCell(showValue(v, 300)).replace(/`/g, "'")}\``;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function routingTable(r: RoutingDefinition): string[] {
  const list = (d: readonly Destination[]) => d.map((x) => `\`${destinationKey(x)}\``).join(', ') || 'nobody';
  const match = (m: RoutingDefinition['rules'][number]['match']) =>
    Object.entries(m).map(([k, v]) => `${k} ${(v as string[]).join(' or ')}`).join('; ') || 'everything';
  const lines = ['<details>', `<summary>Routing (${r.rules.length} rules, first match wins)</summary>`, '',
    '| # | rule | when | notify |', '|---:|---|---|---|'];
  r.rules.forEach((rule, i) => {
    const flags = [rule.continue && 'continues', rule.allowNonProdPaging && 'may page outside prod'].filter(Boolean).join(', ');
    lines.push(`| ${i + 1} | ${escapeCell(rule.name)}${flags ? ` (${flags})` : ''} | ${escapeCell(match(rule.match))} | ${list(rule.notify)} |`);
  });
  lines.push(`| | default | no rule matched | ${list(r.default ?? [])} |`, '', 'Non-production environments never page.', '', '</details>');
  return lines;
}
