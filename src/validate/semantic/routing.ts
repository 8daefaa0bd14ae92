import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { RoutingDefinition } from '../../ir/routing.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { formatLocation } from '../../ir/source.ts';
import { problem } from './context.ts';

/** One routing table per organisation: every monitor inherits it, so two would contradict each other. */
export function checkRouting(routings: readonly RoutingDefinition[], monitors: readonly MonitorDefinition[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (routings.length > 1) {
    for (const r of routings.slice(1)) {
      out.push(problem(r, '/id', 'routing-multiple', `a second routing table ("${r.id}"); the first is at ${formatLocation(routings[0]!.source)}`,
        'merge the rules into one routing table'));
    }
  }
  // The teams, services and envs the monitors have: a rule naming one a typo away from them (`paymnts`) never matches,
  // and the monitors it was meant for fall through to a later rule or the default.
  const present = { team: new Set<string>(), service: new Set<string>(), env: new Set<string>() };
  for (const m of monitors) for (const field of MATCHED) if (typeof m[field] === 'string') present[field].add(m[field]);
  for (const r of routings) {
    r.rules.forEach((rule, i) => {
      for (const field of MATCHED) {
        rule.match?.[field]?.forEach((value, j) => {
          if (present[field].has(value)) return;
          const guess = closest(value, [...present[field]], value.length >= 8 ? 2 : 1);
          if (!guess) return; // a team with no monitors yet is no mistake
          out.push(problem(r, `/rules/${i}/match/${field}/${j}`, 'routing-match-unknown',
            `rule "${rule.name}" matches ${field} "${value}", which no monitor has, so the monitors it was meant for are routed elsewhere`,
            `did you mean "${guess}"?`, 'warning'));
        });
      }
      if (rule.notify.length === 0 && !rule.continue) {
        out.push(problem(r, `/rules/${i}/notify`, 'routing-silent-rule', `rule "${rule.name}" matches monitors but notifies nobody`,
          'add a destination, or remove the rule so later rules apply', 'warning'));
      }
    });
  }
  return out;
}

/** The monitor fields a rule's match names by value. */
const MATCHED = ['team', 'service', 'env'] as const;
