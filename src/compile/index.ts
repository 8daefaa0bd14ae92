import type { Definition } from '../ir/definition.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { ROUTE_TAG_PREFIX, routeRules, targetOf, type RoutedMonitor } from '../routing/notification-rules.ts';
import { routeMonitor } from '../routing/route.ts';
import { compileDowntime, type CompiledDowntime } from './datadog/downtime.ts';
import { compileMonitor, type CompiledMonitor } from './datadog/monitor.ts';
import { compileNotificationRule, compileWrittenRule, type CompiledNotificationRule } from './datadog/notification-rule.ts';
import { compileSlo, type CompiledSlo } from './datadog/slo.ts';
import { compileSloCorrection, type CompiledSloCorrection } from './datadog/slo-correction.ts';
import { compileEscalationPolicy, compileService, compileTeam, type CompiledPagerDuty } from './pagerduty/payloads.ts';

export type { CompiledMonitor } from './datadog/monitor.ts';
export type { CompiledNotificationRule } from './datadog/notification-rule.ts';
export type { CompiledSlo } from './datadog/slo.ts';
export type { CompiledDowntime } from './datadog/downtime.ts';
export type { CompiledSloCorrection } from './datadog/slo-correction.ts';
export type { CompiledPagerDuty } from './pagerduty/payloads.ts';

/** Desired state: every payload vigil would send, keyed by logical id, in a stable order. Versioned for `--json`. */
export interface CompiledState {
  version: 1;
  /**
   * `notificationRules`: the routing table compiled to Datadog monitor notification rules, for the monitors whose
   * team's routing target is `notification-rules` (the payload is the body of `POST /api/v2/monitor/notification_rule`).
   * `downtimes`: `{ id, payload }` with the payload the body of `POST /api/v2/downtime` as the definition writes it;
   * what a plan sends depends on when: a start already past is left out or moved to the next occurrence, and a
   * window that is over is not sent (compile/datadog/downtime-time.ts).
   * `sloCorrections`: `{ id, payload }` with the payload the body of `POST /api/v1/slo/correction`.
   */
  datadog: {
    monitors: CompiledMonitor[]; slos: CompiledSlo[]; notificationRules: CompiledNotificationRule[]; downtimes: CompiledDowntime[];
    sloCorrections: CompiledSloCorrection[];
  };
  /**
   * PagerDuty objects, with the Datadog integration on each service and Datadog's PagerDuty service object for it
   * (kind `datadog.pagerduty-service`, whose secret integration key is read at apply and never compiled).
   */
  pagerduty: { objects: CompiledPagerDuty[] };
}

/**
 * Compiles valid definitions (SLO alert monitors are already among them: the pipeline derives them with
 * `deriveSloAlerts` while validating). Every monitor's message carries the notification block its routing decides, unless its team's routing goes to
 * notification rules: then the monitor carries the tag of the one rule that notifies for it. Output is sorted by
 * logical id so it is byte-identical across runs.
 */
export function compile(definitions: readonly Definition[]): CompiledState {
  const routing = definitions.find((d): d is RoutingDefinition => d.kind === 'routing');
  const monitors: CompiledMonitor[] = [];
  const slos: CompiledSlo[] = [];
  const pagerduty: CompiledPagerDuty[] = [];
  const byRules: RoutedMonitor[] = [];
  const byMessage: Array<[MonitorDefinition, RoutedMonitor['decision'] | undefined]> = [];
  const downtimes: CompiledDowntime[] = [];
  const sloCorrections: CompiledSloCorrection[] = [];
  for (const d of definitions) {
    if (d.kind !== 'monitor') continue;
    const decision = routeMonitor(d, routing);
    if (decision && routing && targetOf(routing, d.team) === 'notification-rules') byRules.push({ def: d, decision });
    else byMessage.push([d, decision]);
  }
  for (const [d, decision] of byMessage) monitors.push(compileMonitor(d, decision?.destinations ?? []));
  const routes = routing && byRules.length ? routeRules(routing, byRules) : undefined;
  for (const { def } of byRules) {
    const rule = routes?.ruleOf.get(def.id);
    monitors.push(compileMonitor(def, [], rule === undefined ? undefined : `${ROUTE_TAG_PREFIX}${rule}`));
  }
  const notificationRules = routes ? routes.rules.map((r) => compileNotificationRule(r, routing!.id)) : [];
  for (const d of definitions) {
    if (d.kind === 'notification-rule') notificationRules.push(compileWrittenRule(d));
    else if (d.kind === 'slo') slos.push(compileSlo(d));
    else if (d.kind === 'pagerduty-team') pagerduty.push(compileTeam(d));
    else if (d.kind === 'pagerduty-escalation-policy') pagerduty.push(compileEscalationPolicy(d));
    else if (d.kind === 'pagerduty-service') pagerduty.push(...compileService(d));
    else if (d.kind === 'downtime') downtimes.push(compileDowntime(d));
    else if (d.kind === 'slo-correction') sloCorrections.push(compileSloCorrection(d));
  }
  return {
    version: 1,
    datadog: {
      monitors: monitors.sort(byId), slos: slos.sort(byId), notificationRules: notificationRules.sort(byId), downtimes: downtimes.sort(byId),
      sloCorrections: sloCorrections.sort(byId),
    },
    pagerduty: { objects: pagerduty.sort(byId) },
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
