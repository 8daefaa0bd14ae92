import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { PagerDutyDefinition, PagerDutyServiceDefinition } from '../../ir/pagerduty.ts';
import { PD_ID } from '../../compile/pagerduty/payloads.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { problem } from './context.ts';
import { isTimeZone } from '../../schedule/zones.ts';


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
    if (def.kind === 'pagerduty-service') {
      refer(def, '/escalationPolicy', def.escalationPolicy, 'pagerduty-escalation-policy', 'escalation policy');
      out.push(...checkSupportHours(def));
    }
    if (def.kind === 'pagerduty-escalation-policy') {
      def.teams?.forEach((t, i) => refer(def, `/teams/${i}`, t, 'pagerduty-team', 'team'));
      def.rules.forEach((rule, i) => rule.targets.forEach((target, j) => {
        if (!('user' in target) || PD_ID.test(target.user) || EMAIL.test(target.user)) return;
        // vigil looks users up by email at plan time; a name ("bob") would only fail there, after a full read.
        out.push(problem(def, `/rules/${i}/targets/${j}/user`, 'pagerduty-reference',
          `refers to the user "${target.user}", which is neither an email address nor a PagerDuty user id`,
          'write the email address the user signs in to PagerDuty with, e.g. user("bob@example.com"), or their id (P…)'));
      }));
    }
    const key = `${def.kind}:${def.name.toLowerCase()}`;
    const twin = names.get(key);
    if (twin) {
      out.push(problem(def, '/name', 'pagerduty-duplicate-name', `another ${def.kind.replace('pagerduty-', '')} ("${twin.id}") already has the name "${def.name}"`,
        'PagerDuty names are unique per account; rename one'));
    } else names.set(key, def);
  }
  return out;
}

/** An email address as PagerDuty keeps them: something@domain.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Support hours the schema cannot judge: a real time zone, an end after the start, a raise that changes something. */
function checkSupportHours(def: PagerDutyServiceDefinition): Diagnostic[] {
  const urgency = def.urgency;
  if (urgency === undefined || typeof urgency === 'string') return [];
  const out: Diagnostic[] = [];
  const { timeZone, start, end } = urgency.supportHours;
  if (!isTimeZone(timeZone)) {
    out.push(problem(def, '/urgency/supportHours/timeZone', 'pagerduty-support-hours', `"${timeZone}" is not a time zone`,
      'use an IANA time zone name, e.g. "Europe/Berlin" or "America/New_York"'));
  }
  if (start >= end) {
    out.push(problem(def, '/urgency/supportHours/end', 'pagerduty-support-hours', `support hours end at ${end}, not after they start (${start})`,
      'support hours are one stretch within a day: make "end" later than "start"'));
  }
  if (urgency.raiseAtStart && (urgency.during !== 'high' || urgency.outside !== 'low')) {
    out.push(problem(def, '/urgency/raiseAtStart', 'pagerduty-support-hours',
      `"raiseAtStart" raises low-urgency incidents to high, but the urgency is ${urgency.outside} outside and ${urgency.during} during support hours`,
      'use it with outside: "low" and during: "high", or leave it out'));
  }
  return out;
}

