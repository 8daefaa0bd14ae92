import { formatLocation } from '../../ir/source.ts';
import type { Change, FieldChange, Plan } from '../types.ts';
import { changeFacts } from '../describe.ts';
import { backtestSentence, noisiestFirst, periodWords } from './backtest.ts';
import { describeLineChange } from './line-diff.ts';
import { notifiesLine, notifyChange, routedByLine } from './notify.ts';
import { describeAdoptable, describeEvidence, describeListChange, describeReason, fieldView, showValue } from './values.ts';

export interface TextStyle {
  color: boolean;
}

const SGR = { green: 32, yellow: 33, red: 31, bold: 1, dim: 2 } as const;
type Paint = (code: keyof typeof SGR, s: string) => string;

/**
 * The terminal plan. Words carry the meaning ("create", "update", "delete", "removed", "added"); symbols and colour
 * only repeat it, so it reads the same in a screen reader and with NO_COLOR.
 */
export function renderText(plan: Plan, style: TextStyle = { color: false }): string {
  const paint: Paint = (code, s) => (style.color ? `\u001b[${SGR[code]}m${s}\u001b[0m` : s);
  const { create, update, delete: del } = plan.summary;
  const lines: string[] = [];
  lines.push(paint('bold', summaryLine(plan)));
  const sections: Array<[Change['action'], string, keyof typeof SGR, string]> = [
    ['create', 'Create', 'green', '+'], ['update', 'Update', 'yellow', '~'], ['delete', 'Delete', 'red', '-'],
  ];
  for (const [action, title, color, mark] of sections) {
    const list = plan.changes.filter((c) => c.action === action);
    if (list.length === 0) continue;
    lines.push('', paint(color, `${title} (${list.length}):`));
    for (const c of list) lines.push(...changeLines(c, paint, color, mark, plan.routes));
  }
  lines.push(...backtestSection(plan));
  if (plan.drift.length) {
    const how = plan.changes.some((c) => c.reason === 'deleted-outside') ? 'edited or deleted' : 'edited';
    lines.push('', paint('yellow', `Drift: ${plan.drift.length} object(s) were ${how} outside vigil: ${plan.drift.join(', ')}.`));
  }
  if (plan.deletesWithheld) lines.push('', paint('red', `Deletes withheld: ${plan.deletesWithheld}`));
  if (create + update + del === 0) lines.push('', 'No changes. Live state matches the code.');
  return `${lines.join('\n')}\n`;
}

/** One change: its heading, where it is defined, why, who it notifies, and its fields. */
function changeLines(c: Change, paint: Paint, color: keyof typeof SGR, mark: string, routes: Plan['routes']): string[] {
  const remote = c.remoteId !== undefined ? ` (remote id ${c.remoteId})` : '';
  const name = c.payload?.name ?? c.live?.name;
  const lines = [`  ${paint(color, mark)} ${c.action} ${c.kind} ${c.id}${typeof name === 'string' ? ` "${name}"` : ''}${remote}`];
  const pad = '      ';
  if (c.source) lines.push(`${pad}defined at ${formatLocation(c.source)}`);
  if (c.reason && c.reason !== 'code') lines.push(`${pad}reason: ${describeReason(c.reason)}`);
  if (c.referencedBy?.length) lines.push(`${pad}evidence: ${describeEvidence(c.referencedBy)}`);
  if (c.adoptable) lines.push(`${pad}${paint('yellow', `warning: ${describeAdoptable(c.adoptable)}.`)}`);
  const query = c.action === 'create' ? c.payload?.query : c.action === 'delete' ? c.live?.query : undefined;
  if (typeof query === 'string') lines.push(`${pad}query: ${query}`);
  for (const f of changeFacts(c)) lines.push(`${pad}${f.label}: ${f.text}`);
  const notify = notifyChange(c, routes);
  if (notify) lines.push(`${pad}${notifiesLine(notify, c.action)}`);
  const routed = routedByLine(c);
  if (routed) lines.push(`${pad}${routed}`);
  if (c.backtest) lines.push(`${pad}backtest: ${backtestSentence(c.backtest)}`);
  for (const f of c.fields ?? []) lines.push(...fieldLines(f, paint, pad));
  return lines;
}

/** With --backtest: every backtested monitor in one list, the noisiest first, then those not backtested. */
function backtestSection(plan: Plan): string[] {
  const list = noisiestFirst(plan);
  const first = list[0];
  if (!first) return [];
  const lines = ['', `Backtest over the last ${periodWords(first.backtest)}, noisiest first:`];
  for (const c of list) lines.push(`  ${c.id}: ${backtestSentence(c.backtest)}`);
  return lines;
}

/** A changed field: multi-line text line by line, lists by what left and joined, other values old → new. */
function fieldLines(f: FieldChange, paint: Paint, pad: string): string[] {
  const view = fieldView(f);
  if (view.kind === 'value') return [`${pad}${f.path}: ${showValue(f.old)} → ${showValue(f.new)}`];
  if (view.kind === 'list') return [`${pad}${f.path}: ${showValue(f.old)} → ${showValue(f.new)} (${describeListChange(view.removed, view.added)})`];
  const out = [`${pad}${f.path}: ${describeLineChange(view.pieces)}`];
  for (const p of view.pieces) {
    if (p.op === 'skipped') out.push(`${pad}  (${p.count} unchanged ${p.count === 1 ? 'line' : 'lines'})`);
    else if (p.op === 'same') out.push(`${pad}  same     ${p.text}`.trimEnd());
    else if (p.op === 'removed') out.push(`${pad}  ${paint('red', 'removed')}  ${p.text}`);
    else out.push(`${pad}  ${paint('green', 'added')}    ${p.text}`);
  }
  return out;
}

/** The plan's counts in one sentence; also repeated right above apply's confirmation question. */
export function summaryLine(plan: Plan): string {
  const { create, update, delete: del, unchanged } = plan.summary;
  return `Plan: ${create} to create, ${update} to update, ${del} to delete, ${unchanged} unchanged.`;
}
