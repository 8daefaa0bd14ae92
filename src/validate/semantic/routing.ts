import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { RoutingDefinition } from '../../ir/routing.ts';
import { formatLocation } from '../../ir/source.ts';
import { problem } from './context.ts';

/** One routing table per organisation: every monitor inherits it, so two would contradict each other. */
export function checkRouting(routings: readonly RoutingDefinition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (routings.length > 1) {
    for (const r of routings.slice(1)) {
      out.push(problem(r, '/id', 'routing-multiple', `a second routing table ("${r.id}"); the first is at ${formatLocation(routings[0]!.source)}`,
        'merge the rules into one routing table'));
    }
  }
  for (const r of routings) {
    r.rules.forEach((rule, i) => {
      if (rule.notify.length === 0 && !rule.continue) {
        out.push(problem(r, `/rules/${i}/notify`, 'routing-silent-rule', `rule "${rule.name}" matches monitors but notifies nobody`,
          'add a destination, or remove the rule so later rules apply', 'warning'));
      }
    });
  }
  return out;
}
