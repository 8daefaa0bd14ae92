import type { MonitorDefinition } from '../ir/monitor.ts';
import type { Destination, RoutingDefinition, RoutingRule } from '../ir/routing.ts';

/** The facts routing decides on: a monitor, or a hypothetical one from a route test. */
export interface RouteSubject {
  severity?: string | undefined;
  team?: string | undefined;
  service?: string | undefined;
  env?: string | undefined;
  tags?: readonly string[] | undefined;
}

export interface RouteDecision {
  destinations: Destination[];
  /**
   * Where each of `destinations` was written, as a JSON pointer into the routing table (`/rules/1/notify/0`,
   * `/default/0`): the definition location of every handle routing adds, for diagnostics about that handle.
   */
  origins: string[];
  /** Names of the rules that matched, in order; `default` when none did. */
  decidedBy: string[];
  /** Indexes in `rules` of the rules that matched, in order; empty when the default decided. */
  matched: number[];
  /** Destinations removed because non-production environments never page. */
  dropped: Destination[];
}

const DEFAULT_PRODUCTION = ['prod', 'production'];

/** Ordered rules, first match wins unless a rule says `continue`; non-production never pages unless a rule allows it. */
export function route(subject: RouteSubject, routing: RoutingDefinition): RouteDecision {
  const decision: RouteDecision = { destinations: [], origins: [], decidedBy: [], matched: [], dropped: [] };
  const production = new Set(routing.productionEnvs ?? DEFAULT_PRODUCTION);
  const isProd = subject.env !== undefined && production.has(subject.env);
  const add = (dests: readonly Destination[], at: string, rule?: RoutingRule) => {
    dests.forEach((raw, i) => {
      const d = fill(raw, subject);
      if (d.type === 'pagerduty' && !isProd && !rule?.allowNonProdPaging) decision.dropped.push(d);
      else if (!decision.destinations.some((x) => destinationKey(x) === destinationKey(d))) {
        decision.destinations.push(d);
        decision.origins.push(`${at}/${i}`);
      }
    });
  };
  for (const [index, rule] of routing.rules.entries()) {
    if (!matches(rule, subject)) continue;
    decision.decidedBy.push(rule.name);
    decision.matched.push(index);
    add(rule.notify, `/rules/${index}/notify`, rule);
    if (!rule.continue) return decision;
  }
  if (decision.decidedBy.length === 0) {
    decision.decidedBy.push('default');
    add(routing.default ?? [], '/default');
  }
  return decision;
}

export function routeMonitor(def: MonitorDefinition, routing: RoutingDefinition | undefined): RouteDecision | undefined {
  if (!routing || def.routing === false) return undefined;
  return route({ severity: def.severity, team: def.team, service: def.service, env: def.env, tags: def.tags }, routing);
}

function matches(rule: RoutingRule, s: RouteSubject): boolean {
  const m = rule.match;
  const one = (allowed: readonly string[] | undefined, value: string | undefined) => !allowed || (value !== undefined && allowed.includes(value));
  return one(m.severity, s.severity) && one(m.team, s.team) && one(m.service, s.service) && one(m.env, s.env)
    && (m.tags ?? []).every((t) => s.tags?.includes(t));
}

function fill(d: Destination, s: RouteSubject): Destination {
  const sub = (text: string) => text.replace(/\{(team|service|env)\}/g, (_, k: 'team' | 'service' | 'env') => s[k] ?? `{${k}}`);
  switch (d.type) {
    case 'pagerduty': return { ...d, service: sub(d.service) };
    case 'slack': return { ...d, channel: sub(d.channel) };
    case 'email': return { ...d, address: sub(d.address) };
    case 'webhook': return { ...d, name: sub(d.name) };
  }
}

/** `pagerduty:payments-high`, `slack:#payments` — the form route tests and explanations use. */
export function destinationKey(d: Destination): string {
  switch (d.type) {
    case 'pagerduty': return `pagerduty:${d.service}`;
    case 'slack': return `slack:${d.channel.startsWith('#') ? d.channel : `#${d.channel}`}`;
    case 'email': return `email:${d.address}`;
    case 'webhook': return `webhook:${d.name}`;
  }
}
