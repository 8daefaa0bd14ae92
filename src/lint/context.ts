import { composeMessage } from '../compile/message.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { routeMonitor, type RouteDecision } from '../routing/route.ts';
import type { LintContext } from './rule.ts';

/** The lint context for a set of monitors and the routing they inherit; decisions and messages are computed once. */
export function lintContext(monitors: readonly MonitorDefinition[], routing: RoutingDefinition | undefined, managedPagerDuty: readonly string[] = []): LintContext {
  const decisions = new Map<MonitorDefinition, RouteDecision | undefined>();
  const messages = new Map<MonitorDefinition, string>();
  const decision = (def: MonitorDefinition) => {
    if (!decisions.has(def)) decisions.set(def, routeMonitor(def, routing));
    return decisions.get(def);
  };
  const pagerDutyServices = new Set(managedPagerDuty);
  for (const def of monitors) {
    for (const d of decision(def)?.destinations ?? []) if (d.type === 'pagerduty') pagerDutyServices.add(d.service);
  }
  const production = new Set(routing?.productionEnvs ?? ['prod', 'production']);
  let byQuery: Map<string, MonitorDefinition[]> | undefined;
  const keys = new Map<MonitorDefinition, string>();
  const queryKey = (m: MonitorDefinition) => {
    let key = keys.get(m);
    if (key === undefined) {
      key = `${m.type}\u0000${m.env ?? ''}\u0000${m.query.replace(/\s+/g, '').replace(/[<>]=?-?[\d.]+$/, '')}`;
      keys.set(m, key);
    }
    return key;
  };
  return {
    monitors,
    ...(routing ? { routing } : {}),
    decision,
    message: (def) => {
      let m = messages.get(def);
      if (m === undefined) messages.set(def, (m = composeMessage(def, decision(def)?.destinations ?? [])));
      return m;
    },
    pagerDutyServices,
    isProduction: (env) => env !== undefined && production.has(env),
    sameQuery: (def) => {
      if (!byQuery) {
        byQuery = new Map();
        for (const m of monitors) {
          const key = queryKey(m);
          const same = byQuery.get(key);
          if (same) same.push(m);
          else byQuery.set(key, [m]);
        }
      }
      return (byQuery.get(queryKey(def)) ?? []).filter((m) => m !== def);
    },
  };
}
