import type { Severity } from './monitor.ts';
import type { SourceLocation } from './source.ts';

/** Where a notification goes. Names may use `{team}`, `{service}` and `{env}`, filled from the monitor. */
export type Destination =
  | { type: 'pagerduty'; service: string; urgency?: 'high' | 'low' }
  | { type: 'slack'; channel: string }
  | { type: 'email'; address: string }
  | { type: 'webhook'; name: string };

/** Which monitors a rule applies to; every listed field must match (lists mean "any of"). */
export interface RouteMatch {
  severity?: Severity[];
  team?: string[];
  service?: string[];
  env?: string[];
  /** Tags the monitor must all carry, e.g. `tier:1`. */
  tags?: string[];
}

export interface RoutingRule {
  /** Shown by `vigil route explain` as the rule that decided. */
  name: string;
  match: RouteMatch;
  notify: Destination[];
  /** Keep evaluating later rules after this one matched (default: first match wins). */
  continue?: boolean;
  /** Let this rule page for non-production environments (they never page otherwise). */
  allowNonProdPaging?: boolean;
}

/** A routing expectation checked by `vigil route test`, e.g. sev2 from checkout in prod → pager + Slack. */
export interface RouteCase {
  name?: string;
  monitor: { severity?: Severity; team?: string; service?: string; env?: string; tags?: string[] };
  /** Destinations as `pagerduty:<service>`, `slack:<#channel>`, `email:<address>`, `webhook:<name>`, in any order. */
  expect: string[];
}

/**
 * Where the routing table's decisions are written: `messages` puts the handles into each monitor's message inside
 * Datadog's conditional blocks; `notification-rules` compiles the table to Datadog monitor notification rules, and
 * the messages carry no routing handles. The same monitors are notified either way.
 */
export type RoutingTarget = 'messages' | 'notification-rules';

/** The organisation's routing: ordered rules, a default, and the cases that pin its behaviour. */
export interface RoutingDefinition {
  kind: 'routing';
  id: string;
  rules: RoutingRule[];
  default?: Destination[];
  /** Environments that may page. Default `['prod', 'production']`. */
  productionEnvs?: string[];
  /** Where routing is written for every team not named in `teamTargets`. Default `messages`. */
  target?: RoutingTarget;
  /** Per-team exceptions to `target`, by team name: how an organisation moves one team at a time. */
  teamTargets?: Record<string, RoutingTarget>;
  /** The accounts of Datadog's Slack integration, first account first (see the DSL's `routing()`). */
  slackAccounts?: string[];
  cases?: RouteCase[];
  source?: SourceLocation;
}
