import type { MonitorDefinition } from '../ir/monitor.ts';
import type { RoutingDefinition } from '../ir/routing.ts';
import type { RouteDecision } from '../routing/route.ts';

/** What lint rules see: every monitor, the routing, each monitor's routing decision and its compiled message. */
export interface LintContext {
  monitors: readonly MonitorDefinition[];
  routing?: RoutingDefinition;
  decision(def: MonitorDefinition): RouteDecision | undefined;
  /**
   * The monitor's message with every handle its routing notifies, in the message's conditional blocks: who is
   * notified of what, whichever routing target carries it (a notification rule notifies the same handles).
   */
  message(def: MonitorDefinition): string;
  /** PagerDuty services `@pagerduty-<name>` may name: routed ones and those managed as code. */
  pagerDutyServices: ReadonlySet<string>;
  isProduction(env: string | undefined): boolean;
  /** The environments that page (the routing table's `productionEnvs`, or `prod` and `production`). */
  productionEnvs: readonly string[];
  /** Other monitors with the same type, env and query (threshold aside); indexed once, so the rule stays linear. */
  sameQuery(def: MonitorDefinition): readonly MonitorDefinition[];
  /** The composites that name this monitor by `${id}` (a monitor may feed composites without notifying anyone). */
  composites(def: MonitorDefinition): readonly string[];
}

/** A finding: the message, and optionally the field it is about (JSON pointer) for a precise location. */
export interface Finding {
  message: string;
  path?: string;
}

/**
 * A named lint rule with a stable id, a severity and a fix hint. Any rule can be switched off for one monitor with
 * `suppress: { '<rule id>': '<the reason, for reviewers>' }`.
 */
export interface LintRule {
  id: string;
  severity: 'error' | 'warning';
  /** One line for the README and `vigil lint --rules`. */
  description: string;
  hint: string;
  check(def: MonitorDefinition, ctx: LintContext): Finding[];
}
