import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { targetOf } from '../routing/notification-rules.ts';
import { routeMonitor, type RouteDecision } from '../routing/route.ts';
import { composeMessage } from './message.ts';

/**
 * Each monitor's routing decision and composed message under one routing table. Validation's length check and lint
 * both read them; each is worked out once, when first asked for.
 */
export interface RoutedMonitors {
  readonly routing: RoutingDefinition | undefined;
  decision(def: MonitorDefinition): RouteDecision | undefined;
  /**
   * The monitor's own text and the notification block its routing adds: who is notified of what, whichever routing
   * target carries it (a notification rule notifies the handles the block would name). What lint reads.
   */
  message(def: MonitorDefinition): string;
  /** The message the monitor's payload carries: without the block when its team's routing goes to notification rules. */
  sentMessage(def: MonitorDefinition): string;
}

export function routedMonitors(routing: RoutingDefinition | undefined): RoutedMonitors {
  const decisions = new Map<MonitorDefinition, RouteDecision | undefined>();
  const messages = new Map<MonitorDefinition, string>();
  const decision = (def: MonitorDefinition) => {
    if (!decisions.has(def)) decisions.set(def, routeMonitor(def, routing));
    return decisions.get(def);
  };
  const message = (def: MonitorDefinition) => {
    let m = messages.get(def);
    if (m === undefined) messages.set(def, (m = composeMessage(def, decision(def)?.destinations ?? [])));
    return m;
  };
  return {
    routing,
    decision,
    message,
    sentMessage: (def) => (routing && targetOf(routing, def.team) === 'notification-rules' ? composeMessage(def, []) : message(def)),
  };
}
