import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { PagerDutyDefinition } from '../../ir/pagerduty.ts';
import { closest } from '../suggest.ts';
import { problem } from './context.ts';

const PD_ID = /^P[A-Z0-9]{6}$/;

/** PagerDuty references between managed objects must resolve: a service's policy, a policy's teams. Names are unique. */
export function checkPagerDuty(defs: readonly Definition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const pd = defs.filter((d): d is PagerDutyDefinition => d.kind.startsWith('pagerduty-'));
  const ids = (kind: PagerDutyDefinition['kind']) => pd.filter((d) => d.kind === kind).map((d) => d.id);
  const refer = (def: Definition, path: string, value: string, kind: PagerDutyDefinition['kind'], what: string) => {
    if (PD_ID.test(value) || ids(kind).includes(value)) return;
    const guess = closest(value, ids(kind));
    out.push(problem(def, path, 'pagerduty-reference', `refers to the ${what} "${value}", which is not defined`,
      guess ? `did you mean "${guess}"?` : `define a ${what} with id "${value}", or use an existing one's PagerDuty id (P…)`));
  };
  const names = new Map<string, PagerDutyDefinition>();
  for (const def of pd) {
    if (def.kind === 'pagerduty-service') refer(def, '/escalationPolicy', def.escalationPolicy, 'pagerduty-escalation-policy', 'escalation policy');
    if (def.kind === 'pagerduty-escalation-policy') def.teams?.forEach((t, i) => refer(def, `/teams/${i}`, t, 'pagerduty-team', 'team'));
    const key = `${def.kind}:${def.name.toLowerCase()}`;
    const twin = names.get(key);
    if (twin) {
      out.push(problem(def, '/name', 'pagerduty-duplicate-name', `another ${def.kind.replace('pagerduty-', '')} ("${twin.id}") already has the name "${def.name}"`,
        'PagerDuty names are unique per account; rename one'));
    } else names.set(key, def);
  }
  return out;
}
