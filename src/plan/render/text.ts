import { formatLocation } from '../../ir/source.ts';
import type { Change, Plan } from '../types.ts';
import { describeReason, showValue } from './values.ts';

export interface TextStyle {
  color: boolean;
}

const SGR = { green: 32, yellow: 33, red: 31, bold: 1, dim: 2 } as const;

/**
 * The terminal plan. Words carry the meaning ("create", "update", "delete"); symbols and colour only repeat it,
 * so it reads the same in a screen reader and with NO_COLOR.
 */
export function renderText(plan: Plan, style: TextStyle = { color: false }): string {
  const paint = (code: keyof typeof SGR, s: string) => (style.color ? `\u001b[${SGR[code]}m${s}\u001b[0m` : s);
  const { create, update, delete: del, unchanged } = plan.summary;
  const lines: string[] = [];
  lines.push(paint('bold', summaryLine(plan)));
  const sections: Array<[Change['action'], string, keyof typeof SGR, string]> = [
    ['create', 'Create', 'green', '+'], ['update', 'Update', 'yellow', '~'], ['delete', 'Delete', 'red', '-'],
  ];
  for (const [action, title, color, mark] of sections) {
    const list = plan.changes.filter((c) => c.action === action);
    if (list.length === 0) continue;
    lines.push('', paint(color, `${title} (${list.length}):`));
    for (const c of list) {
      const remote = c.remoteId !== undefined ? ` (remote id ${c.remoteId})` : '';
      const name = typeof c.payload?.name === 'string' ? ` "${c.payload.name}"` : '';
      lines.push(`  ${paint(color, mark)} ${action} ${c.kind} ${c.id}${name}${remote}`);
      if (c.source) lines.push(`      defined at ${formatLocation(c.source)}`);
      if (c.reason && c.reason !== 'code') lines.push(`      reason: ${describeReason(c.reason)}`);
      for (const f of c.fields ?? []) lines.push(`      ${f.path}: ${showValue(f.old)} → ${showValue(f.new)}`);
    }
  }
  if (plan.drift.length) {
    lines.push('', paint('yellow', `Drift: ${plan.drift.length} object(s) were edited outside vigil: ${plan.drift.join(', ')}.`));
  }
  if (plan.deletesWithheld) lines.push('', paint('red', `Deletes withheld: ${plan.deletesWithheld}`));
  if (create + update + del === 0) lines.push('', 'No changes. Live state matches the code.');
  return `${lines.join('\n')}\n`;
}

/** The plan's counts in one sentence; also repeated right above apply's confirmation question. */
export function summaryLine(plan: Plan): string {
  const { create, update, delete: del, unchanged } = plan.summary;
  return `Plan: ${create} to create, ${update} to update, ${del} to delete, ${unchanged} unchanged.`;
}
