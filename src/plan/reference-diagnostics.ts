// Plan-time reference errors (a PagerDuty user, schedule or service handle the accounts do not have) pointed at the
// definition that names them, in the same line format as `vigil validate`: a reviewer goes straight to the line.
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { formatLocation } from '../ir/source.ts';
import { fieldLocation } from '../load/field-locations.ts';
import type { UnresolvedReference } from './pagerduty.ts';

/** An `@pagerduty-<name>` handle nothing resolves, with the monitors that use it. */
export interface UnresolvedHandle {
  handle: string;
  ids: string[];
}

/** One diagnostic (code `plan-reference`) per place a definition names something that does not resolve. */
export function referenceDiagnostics(
  definitions: readonly Definition[], refs: readonly UnresolvedReference[], handles: readonly UnresolvedHandle[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (seen.has(`${ref.kind}:${ref.name}`)) continue; // one policy naming a user twice resolves it twice
    seen.add(`${ref.kind}:${ref.name}`);
    let named = false;
    for (const def of definitions) {
      if (def.kind !== 'pagerduty-escalation-policy') continue;
      def.rules.forEach((rule, i) => rule.targets.forEach((target, j) => {
        const value = ref.kind === 'user' ? (target as { user?: string }).user : (target as { schedule?: string }).schedule;
        if (value === undefined || (ref.kind === 'user' ? value.toLowerCase() !== ref.name.toLowerCase() : value !== ref.name)) return;
        named = true;
        out.push(at(def, `/rules/${i}/targets/${j}/${ref.kind}`, ref.message, ref.kind === 'user'
          ? 'check the email address: PagerDuty matches it to a user of the account (vigil does not create users)'
          : 'check the schedule name as PagerDuty shows it (vigil does not create schedules), or use its id (P…)'));
      }));
    }
    if (!named) out.push({ severity: 'error', code: 'plan-reference', id: '-', message: ref.message });
  }
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const routing = definitions.find((d) => d.kind === 'routing');
  for (const h of handles) {
    for (const id of h.ids) {
      const def = byId.get(id);
      if (!def) continue;
      // Written in the monitor itself, or added by the routing table from its team, service or env.
      const own = def.kind === 'monitor' && JSON.stringify([(def as MonitorDefinition).message, (def as MonitorDefinition).overrides]).includes(h.handle);
      const message = `${h.handle} matches no managed PagerDuty service and no Datadog PagerDuty service object`;
      const hint = own || !routing?.source
        ? 'define the service with pagerdutyService(), or fix the name to one PagerDuty and Datadog know'
        : `the routing table at ${formatLocation(routing.source)} sends this monitor to it: define the service with pagerdutyService(), or fix the routing destination`;
      out.push(at(def, '/message', message, hint));
    }
  }
  return out;
}

function at(def: Definition, path: string, message: string, hint: string): Diagnostic {
  const location = fieldLocation(def, path) ?? def.source;
  return { severity: 'error', code: 'plan-reference', id: def.id || '-', message, hint, path, ...(location ? { location } : {}) };
}
