import type { Destination, RouteCase, RouteMatch, RoutingDefinition, RoutingRule, RoutingTarget } from '../../ir/routing.ts';
import { attachFrames, captureFrames } from '../capture.ts';

export type { Destination, RouteCase, RouteMatch, RoutingRule, RoutingTarget } from '../../ir/routing.ts';

export interface RoutingProps {
  /** Logical id of the routing table. @example 'org-routing' */
  id: string;
  /**
   * Ordered rules: the first that matches decides, unless it sets `continue`. Non-production environments never
   * page unless a rule sets `allowNonProdPaging`.
   * @example [{ name: 'page the owner', match: { severity: ['sev1', 'sev2'], env: ['prod'] }, notify: [pagerduty('{team}-high')] }]
   */
  rules: RoutingRule[];
  /** Where monitors no rule matches go. */
  default?: Destination[];
  /** Environments allowed to page. Default `['prod', 'production']`. */
  productionEnvs?: string[];
  /**
   * Where the table's decisions are written. `'messages'` (the default) adds the handles to each monitor's message in
   * Datadog's conditional blocks. `'notification-rules'` compiles the table to Datadog monitor notification rules
   * (one per route, found through a `vigil-route:<rule id>` tag vigil adds to each monitor), and messages then carry
   * no routing handles. Who is notified, and on which state changes, is the same either way; `vigil route explain`
   * names the notification rule a monitor lands on. Datadog allows 1,000 rules per organisation and 50 recipients
   * per rule; vigil checks both before apply.
   * @default 'messages'
   * @example 'notification-rules'
   */
  target?: RoutingTarget;
  /**
   * Per-team exceptions to `target`, by the monitors' `team`: moves one team at a time. Switching a team is one
   * plan: its rules are created before the handles leave its messages, and the handles come back before the rules go.
   * @example { discovery: 'notification-rules' }
   */
  teamTargets?: Record<string, RoutingTarget>;
  /**
   * The accounts of Datadog's Slack integration, as Datadog names them (its Slack tile), the first account first.
   * `@slack-<channel>` (what `slack('#<channel>')` writes) posts through the first account, `@slack-<account>-<channel>`
   * through the one it names. Datadog's API cannot list the accounts, so with them named `vigil plan` checks that every
   * Slack handle names a channel the integration has (one read per account); without them it checks only handles that
   * name an account, and says which it could not check. Default: none named.
   * @example ['acme']
   */
  slackAccounts?: string[];
  /**
   * Expectations `vigil route test` checks in CI.
   * @example [{ monitor: { severity: 'sev2', team: 'payments', env: 'prod' }, expect: ['pagerduty:payments-high', 'slack:#payments'] }]
   */
  cases?: RouteCase[];
}

/** The organisation's severity routing, written once; every monitor inherits it through its severity, team and env. */
export function routing(props: RoutingProps): RoutingDefinition {
  const def: RoutingDefinition = { kind: 'routing', ...props };
  return attachFrames(def, captureFrames(routing));
}

/**
 * A PagerDuty service, notified as `@pagerduty-<service>`. `{team}`, `{service}` and `{env}` are filled from the
 * monitor. Pagers get alerts, no-data and recoveries (so incidents resolve), never warnings.
 * @example pagerduty('{team}-high', 'high')
 */
export function pagerduty(service: string, urgency?: 'high' | 'low'): Destination {
  return urgency ? { type: 'pagerduty', service, urgency } : { type: 'pagerduty', service };
}

/** A Slack channel, notified as `@slack-<channel>`. @example slack('#{team}-alerts') */
export function slack(channel: string): Destination {
  return { type: 'slack', channel };
}

/** An email address, notified as `@<address>`. */
export function email(address: string): Destination {
  return { type: 'email', address };
}

/** A Datadog webhook integration by name, notified as `@webhook-<name>`. */
export function webhook(name: string): Destination {
  return { type: 'webhook', name };
}

/**
 * A rule, typed: `rule('sev3 to chat', { severity: ['sev3'] }, [slack('#{team}')])`. It takes effect only inside a
 * routing table's `rules`; vigil warns about a rule built and left out of every table.
 */
export function rule(name: string, match: RouteMatch, notify: Destination[], options: { continue?: boolean; allowNonProdPaging?: boolean } = {}): RoutingRule {
  return attachFrames({ name, match, notify, ...options }, captureFrames(rule));
}
