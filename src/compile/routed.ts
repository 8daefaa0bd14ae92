import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { routeMonitor, type RouteDecision } from '../routing/route.ts';
import { composeMessage } from './message.ts';

/**
 * Each monitor's routing decision and composed message under one routing table. Validation's length check and lint
 * both read them; each is worked out once, when first asked for.
 */
export interface RoutedMonitors {
  readonly routing: RoutingDefinition | undefined;
  decision(def: MonitorDefinition): RouteDecision | undefined;
  /** The message the monitor's payload carries: its own text and the notification block its routing adds. */
  message(def: MonitorDefinition): string;
}

export function routedMonitors(routing: RoutingDefinition | undefined): RoutedMonitors {
  const decisions = new Map<MonitorDefinition, RouteDecision | undefined>();
  const messages = new Map<MonitorDefinition, string>();
  const decision = (def: MonitorDefinition) => {
    if (!decisions.has(def)) decisions.set(def, routeMonitor(def, routing));
    return decisions.get(def);
  };
  return {
    routing,
    decision,
    message: (def) => {
      let m = messages.get(def);
      if (m === undefined) messages.set(def, (m = composeMessage(def, decision(def)?.destinations ?? [])));
      return m;
    },
  };
}
