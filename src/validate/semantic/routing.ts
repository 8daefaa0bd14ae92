import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { RoutingDefinition } from '../../ir/routing.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { formatLocation } from '../../ir/source.ts';
import { NOTIFICATION_RULE_LIMITS, routeRules, targetOf } from '../../routing/notification-rules.ts';
import { routeMonitor } from '../../routing/route.ts';
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
  if (routings[0]) out.push(...checkRuleLimits(routings[0], monitors));
  return out;
}

/**
 * Datadog's limits on what a routing table compiles to under the `notification-rules` target: 50 recipients per
 * rule, 1,000 rules per organisation. The definitions alone can exceed them; rules vigil does not own count too,
 * which only a plan can see (plan/notification-rules.ts).
 */
function checkRuleLimits(routing: RoutingDefinition, monitors: readonly MonitorDefinition[]): Diagnostic[] {
  if (routing.target !== 'notification-rules' && !Object.values(routing.teamTargets ?? {}).includes('notification-rules')) return [];
  const routed = [];
  for (const def of monitors) {
    if (targetOf(routing, def.team) !== 'notification-rules') continue;
    const decision = routeMonitor(def, routing);
    if (decision) routed.push({ def, decision });
  }
  const { rules } = routeRules(routing, routed);
  const out: Diagnostic[] = [];
  const { rulesPerOrg, recipientsPerRule } = NOTIFICATION_RULE_LIMITS;
  for (const rule of rules) {
    if (rule.destinations.length <= recipientsPerRule) continue;
    // Where the route's destinations are written: the first rule that decided it (or the default).
    const at = rule.origins[0]!.replace(/\/\d+$/, '');
    out.push(problem(routing, at, 'routing-limit',
      `the notification rule "${rule.id}" (${rule.monitors.length === 1 ? `monitor "${rule.monitors[0]}"` : `${rule.monitors.length} monitors`}) would notify ${rule.destinations.length} handles; Datadog takes at most ${recipientsPerRule} per rule`,
      'notify fewer destinations on this route (a channel or an on-call schedule that reaches the rest), or route these monitors through messages with "teamTargets"'));
  }
  if (rules.length > rulesPerOrg) {
    out.push(problem(routing, routing.teamTargets ? '/teamTargets' : '/target', 'routing-limit',
      `the routing table compiles to ${rules.length} notification rules; Datadog allows at most ${rulesPerOrg} per organisation`,
      'route fewer teams through notification rules, or use fewer {team}, {service} and {env} names in the routes they take'));
  }
  return out;
}

/** A rule written by hand notifies at most 50 handles in all, over its conditions and fallback (Datadog's limit). */
export function checkWrittenRules(definitions: readonly Definition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const def of definitions) {
    if (def.kind !== 'notification-rule' || !def.conditionalRecipients) continue;
    const { conditions, fallbackRecipients = [] } = def.conditionalRecipients;
    const handles = new Set([...conditions.flatMap((c) => c.recipients), ...fallbackRecipients].map((h) => h.replace(/^@/, '')));
    if (handles.size <= NOTIFICATION_RULE_LIMITS.recipientsPerRule) continue;
    out.push(problem(def, '/conditionalRecipients', 'routing-limit',
      `the rule notifies ${handles.size} handles over its conditions; Datadog takes at most ${NOTIFICATION_RULE_LIMITS.recipientsPerRule} per rule`,
      'notify fewer handles, or split the rule in two with narrower filters'));
  }
  return out;
}

/** The monitor fields a rule's match names by value. */
const MATCHED = ['team', 'service', 'env'] as const;
