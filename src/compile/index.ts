import type { Definition } from '../ir/definition.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import { routeMonitor } from '../routing/route.ts';
import { compileMonitor, type CompiledMonitor } from './datadog/monitor.ts';
import { compileSlo, type CompiledSlo } from './datadog/slo.ts';
import { compileEscalationPolicy, compileService, compileTeam, type CompiledPagerDuty } from './pagerduty/payloads.ts';

export type { CompiledMonitor } from './datadog/monitor.ts';
export type { CompiledSlo } from './datadog/slo.ts';
export type { CompiledPagerDuty } from './pagerduty/payloads.ts';

/** Desired state: every payload vigil would send, keyed by logical id, in a stable order. Versioned for `--json`. */
export interface CompiledState {
  version: 1;
  datadog: { monitors: CompiledMonitor[]; slos: CompiledSlo[] };
  /**
   * PagerDuty objects, with the Datadog integration on each service and Datadog's PagerDuty service object for it
   * (kind `datadog.pagerduty-service`, whose secret integration key is read at apply and never compiled).
   */
  pagerduty: { objects: CompiledPagerDuty[] };
}

/**
 * Compiles valid definitions (SLO alert monitors are already among them: the pipeline derives them with
 * `deriveSloAlerts` while validating). Every monitor's message carries the notification block its routing decides.
 * Output is sorted by logical id so it is byte-identical across runs.
 */
export function compile(definitions: readonly Definition[]): CompiledState {
  const routing = definitions.find((d): d is RoutingDefinition => d.kind === 'routing');
  const monitors: CompiledMonitor[] = [];
  const slos: CompiledSlo[] = [];
  const pagerduty: CompiledPagerDuty[] = [];
  for (const d of definitions) {
    if (d.kind === 'monitor') monitors.push(compileMonitor(d, routeMonitor(d, routing)?.destinations ?? []));
    else if (d.kind === 'slo') slos.push(compileSlo(d));
    else if (d.kind === 'pagerduty-team') pagerduty.push(compileTeam(d));
    else if (d.kind === 'pagerduty-escalation-policy') pagerduty.push(compileEscalationPolicy(d));
    else if (d.kind === 'pagerduty-service') pagerduty.push(...compileService(d));
  }
  return {
    version: 1,
    datadog: { monitors: monitors.sort(byId), slos: slos.sort(byId) },
    pagerduty: { objects: pagerduty.sort(byId) },
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
