import { formatLocation } from '../../ir/source.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { Destination, RoutingDefinition } from '../../ir/routing.ts';
import { destinationKey } from '../../routing/route.ts';
import type { Change, FieldChange, Plan } from '../types.ts';
import { changeFacts } from '../describe.ts';
import { backtestSentence, noisiestFirst, periodWords } from './backtest.ts';
import { describeLineChange } from './line-diff.ts';
import { notifiesParts, notifyChange, routedByLine } from './notify.ts';
import { describeAdoptable, describeEvidence, describeListChange, describeReason, fieldView, plural, showValue } from './values.ts';

export interface MarkdownExtras {
  /** Lint findings and other diagnostics to list under the plan. */
  diagnostics?: readonly Diagnostic[];
  /** A findings section written earlier (`vigil validate --findings`), shown instead of listing `diagnostics`. */
  findings?: string;
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
  const lookalikes = plan.changes.filter((c) => c.adoptable);
  if (lookalikes.length) {
    out.push('', '> [!WARNING]', `> ${plural(lookalikes.length, 'create')} would duplicate an object vigil does not own:`);
    for (const c of lookalikes) out.push(`> - \`${c.id}\`: ${escapeHtml(describeAdoptable(c.adoptable!, (s) => `\`${s}\``))}.`);
  }
  out.push(...backtestTable(plan));
  const driftChanges = plan.changes.filter((c) => c.reason === 'drift' || c.reason === 'code+drift' || c.reason === 'deleted-outside');
  if (driftChanges.length) {
    const deleted = driftChanges.some((c) => c.reason === 'deleted-outside');
    out.push('', '### Drift', '', `These objects were ${deleted ? 'edited or deleted' : 'edited'} outside vigil; applying restores what the code says:`, '');
    for (const c of driftChanges) {
      out.push(c.reason === 'deleted-outside'
        ? `- \`${c.id}\` (${c.kind}) was deleted outside vigil: ${describeEvidence(c.referencedBy ?? [], (r) => `\`${r}\``)}`
        : `- \`${c.id}\` (${c.kind}, remote id ${c.remoteId})`);
    }
  }
  for (const [action, title] of [['create', 'Create'], ['update', 'Update'], ['delete', 'Delete']] as const) {
    const list = plan.changes.filter((c) => c.action === action);
    if (!list.length) continue;
    out.push('', `### ${title} (${list.length})`, '');
    for (const c of list) out.push(...details(c, plan.routes));
  }
  if (extras.routing) out.push('', ...routingTable(extras.routing));
  if (extras.findings !== undefined) {
    if (extras.findings.trim()) out.push('', extras.findings.trimEnd());
  } else if (extras.diagnostics?.length) out.push('', ...findingsTable(extras.diagnostics));
  return `${out.join('\n')}\n`;
}

/**
 * With --backtest: how often each changed monitor would have alerted, the noisiest first, as a table; monitors the
 * backtest does not evaluate are listed after it with the reason.
 */
function backtestTable(plan: Plan): string[] {
  const list = noisiestFirst(plan);
  const first = list[0];
  if (!first) return [];
  const out = ['', `### Backtest: the last ${periodWords(first.backtest)}, noisiest first`, ''];
  const done = list.filter((c) => c.backtest.after);
  if (done.length) {
    out.push('| monitor | would have alerted | minutes in alert | longest episode | groups alerting |', '|---|---:|---:|---:|---:|');
    for (const c of done) {
      const a = c.backtest.after as NonNullable<typeof c.backtest.after>;
      const b = c.backtest.before;
      const was = (now: number, then: number | undefined) => (then === undefined ? `${now}` : `${now} (was ${then})`);
      const times = `${a.episodes} ${a.episodes === 1 ? 'time' : 'times'}${b ? ` (was ${b.episodes})` : ''}`;
      out.push(`| \`${c.id}\` | ${times} | ${was(a.alertMinutes, b?.alertMinutes)} | ${a.longestMinutes} min | ${was(a.groups, b?.groups)} |`);
    }
  }
  const skipped = list.filter((c) => !c.backtest.after);
  if (skipped.length) {
    out.push('', `<details>`, `<summary>Not backtested (${skipped.length})</summary>`, '');
    for (const c of skipped) out.push(`- \`${c.id}\`: ${escapeCell(escapeHtml(c.backtest.reason ?? 'no figures'))}`);
    out.push('', '</details>');
  }
  return out;
}

/** Diagnostics as a table, one row each, under a heading with their count. */
export function findingsTable(diags: readonly Diagnostic[]): string[] {
  const out = [`### Findings (${diags.length})`, '', '| where | severity | rule | id | message |', '|---|---|---|---|---|'];
  for (const d of diags) {
    out.push(`| \`${formatLocation(d.location)}\` | ${d.severity} | \`${d.code}\` | \`${d.id}\` | ${escapeCell(d.message)}${d.hint ? ` — ${escapeCell(d.hint)}` : ''} |`);
  }
  return out;
}

function details(c: Change, routes: Plan['routes']): string[] {
  const named = c.payload?.name ?? c.live?.name;
  const name = typeof named === 'string' ? ` — ${escapeHtml(named)}` : '';
  const lines = ['<details>', `<summary>${c.action} <code>${c.id}</code> (${c.kind})${name}</summary>`, ''];
  if (c.source) lines.push(`Defined at \`${formatLocation(c.source)}\`.`, '');
  if (c.reason && c.reason !== 'code') lines.push(`Reason: ${describeReason(c.reason)}.`, '');
  if (c.adoptable) lines.push(`Warning: ${escapeHtml(describeAdoptable(c.adoptable, (s) => `\`${s}\``))}.`, '');
  const query = c.action === 'create' ? c.payload?.query : c.action === 'delete' ? c.live?.query : undefined;
  if (typeof query === 'string') lines.push(`Query: ${code(query)}.`, '');
  for (const f of changeFacts(c)) lines.push(`${f.label[0]!.toUpperCase()}${f.label.slice(1)}: ${code(f.text)}.`, '');
  const notify = notifyChange(c, routes);
  if (notify) {
    const { handles, words } = notifiesParts(notify, c.action);
    lines.push(`Notifies: ${code(handles)}${words ? ` (${words})` : ''}.`, '');
  }
  const routed = routedByLine(c);
  if (routed) lines.push(`${routed[0]!.toUpperCase()}${routed.slice(1)}.`, '');
  if (c.backtest) lines.push(`Backtest: ${escapeHtml(backtestSentence(c.backtest))}.`, '');
  const fields = c.fields ?? [];
  const flat = fields.filter((f) => fieldView(f).kind !== 'lines');
  if (flat.length) {
    lines.push('| field | before | after |', '|---|---|---|');
    for (const f of flat) lines.push(`| \`${f.path}\` | ${cell(f.old)} | ${cell(f.new)}${listNote(f)} |`);
    lines.push('');
  }
  for (const f of fields.filter((x) => fieldView(x).kind === 'lines')) lines.push(...lineDiff(f));
  if (!fields.length && c.action === 'create' && c.payload) {
    lines.push(fence(JSON.stringify(c.payload, null, 2), 'json'));
  }
  if (lines.at(-1) !== '') lines.push('');
  lines.push('</details>', '');
  return lines;
}

/** A multi-line field (a message) line by line, in a diff block; the sentence before it says the same in words. */
function lineDiff(f: FieldChange): string[] {
  const view = fieldView(f);
  if (view.kind !== 'lines') return [];
  const body = view.pieces.map((p) => {
    if (p.op === 'skipped') return `  … ${p.count} unchanged ${p.count === 1 ? 'line' : 'lines'} …`;
    return `${p.op === 'removed' ? '-' : p.op === 'added' ? '+' : ' '} ${p.text}`;
  }).join('\n');
  return [`\`${f.path}\`: ${describeLineChange(view.pieces)}.`, '', fence(body, 'diff'), ''];
}

/** A fenced block whose fence is longer than any run of backticks inside, so no content can close it early. */
function fence(body: string, lang: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${body}\n${marks}`;
}

function listNote(f: FieldChange): string {
  const view = fieldView(f);
  return view.kind === 'list' ? ` (${escapeCell(describeListChange(view.removed, view.added))})` : '';
}

/** Inline code that survives any backticks in the text (CommonMark: a longer fence and padding). */
function code(s: string): string {
  const text = s.replace(/\n/g, ' ');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return longest ? `${marks} ${text} ${marks}` : `${marks}${text}${marks}`;
}

function cell(v: unknown): string {
  return v === undefined ? '*(not set)*' : `\`${escapeCell(showValue(v)).replace(/`/g, "'")}\``;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
