// The routing table as Datadog monitor notification rules: which rule each monitor lands on, and what each rule is.
//
// Datadog applies every notification rule whose filter matches a monitor and merges their recipients, while vigil's
// table picks one route per monitor (first match, unless a rule says `continue`), fills `{team}`-style names from the
// monitor, and drops pagers outside production. Filters written from the rules' own matches would each have to
// exclude every earlier rule's match — a filter growing with the table, relying on how Datadog's scope syntax treats a
// tag a monitor lacks — and would still need one rule per filled name. So route() decides here exactly as it does for
// messages, each monitor gets one tag `vigil-route:<rule id>`, and each rule filters on that one tag: a monitor
// carries one such tag, so exactly one rule matches it (disjoint by construction), and both targets share one
// implementation of the table. A rule's id names the rules that decided and the filled names, not the recipients,
// so changing where a route notifies changes that rule alone and no monitor.
import { createHash } from 'node:crypto';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { Destination, RoutingDefinition, RoutingTarget } from '../ir/routing.ts';
import { destinationKey, type RouteDecision, type RouteSubject } from './route.ts';

/** The tag that sends a monitor to one notification rule: `vigil-route:<rule logical id>`. */
export const ROUTE_TAG_PREFIX = 'vigil-route:';

/** Datadog keeps tags up to 200 characters; the route tag's value is the rule id. */
const MAX_ID_LENGTH = 200 - ROUTE_TAG_PREFIX.length;

/** Datadog's limits (monitor notification rule documentation): rules per organisation, recipients per rule. */
export const NOTIFICATION_RULE_LIMITS = { rulesPerOrg: 1000, recipientsPerRule: 50 } as const;

/** Where a monitor of `team` has its routing written: its team's exception, else the table's target. */
export function targetOf(routing: RoutingDefinition, team: string | undefined): RoutingTarget {
  return (team !== undefined ? routing.teamTargets?.[team] : undefined) ?? routing.target ?? 'messages';
}

/** One notification rule: a route of the table, filled for the monitors that take it. */
export interface RouteRule {
  /** Logical id: `<routing id>.<deciding rules>[.<filled names>][.nonprod]`; the value of the monitors' route tag. */
  id: string;
  /** What a person reads in Datadog's list of rules, e.g. `org-routing: sev2 pages the owner (payments)`. */
  title: string;
  decidedBy: string[];
  destinations: Destination[];
  /** Where each destination was written in the routing table (JSON pointers, as in RouteDecision). */
  origins: string[];
  /** Logical ids of the monitors routed through it, sorted. */
  monitors: string[];
}

export interface RoutedMonitor {
  def: MonitorDefinition;
  decision: RouteDecision;
}

/**
 * The notification rules for monitors whose routing goes to notification rules, and the rule each lands on. A
 * monitor routed to nobody lands on none (there is nothing to notify). Rules are sorted by id.
 */
export function routeRules(routing: RoutingDefinition, routed: readonly RoutedMonitor[]): { rules: RouteRule[]; ruleOf: Map<string, string> } {
  const byId = new Map<string, RouteRule>();
  const variants = new Map<string, Set<string>>();
  const keyed: Array<[RoutedMonitor, string, string]> = [];
  for (const r of routed) {
    if (r.decision.destinations.length === 0) continue;
    const id = routeRuleId(routing, r.def, r.decision);
    const content = r.decision.destinations.map(destinationKey).join(' ');
    keyed.push([r, id, content]);
    variants.set(id, (variants.get(id) ?? new Set()).add(content));
  }
  const ruleOf = new Map<string, string>();
  for (const [r, base, content] of keyed) {
    // Names are made tag-safe and may meet (`a_b` and `a-b` both read `a-b` once hashed apart, but an env of
    // "unset" and none do not): routes that would share an id while notifying differently each get their own.
    const id = variants.get(base)!.size > 1 ? fitted(`${base}-${shortHash(content)}`) : base;
    ruleOf.set(r.def.id, id);
    const rule = byId.get(id);
    if (rule) {
      rule.monitors.push(r.def.id);
      continue;
    }
    byId.set(id, {
      id, title: `${routing.id}: ${describeRoute(routing, r.def, r.decision)}`, decidedBy: [...r.decision.decidedBy],
      destinations: [...r.decision.destinations], origins: [...r.decision.origins], monitors: [r.def.id],
    });
  }
  const rules = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of rules) rule.monitors.sort();
  return { rules, ruleOf };
}

/**
 * The id of the rule a decision lands on: the slugs of the rules that decided (`default` when none did), the filled
 * value of each `{team}`, `{service}` and `{env}` their destinations use, and `nonprod` when pagers were dropped.
 * Those facts fix the destinations, so monitors with the same id are notified alike.
 */
export function routeRuleId(routing: RoutingDefinition, subject: RouteSubject, decision: RouteDecision): string {
  const slugs = ruleSlugs(routing);
  const parts = decision.matched.length ? decision.matched.map((i) => slugs[i]!) : ['default'];
  for (const name of usedNames(routing, decision)) parts.push(segment(subject[name]));
  if (decision.dropped.length > 0) parts.push('nonprod');
  return fitted(`${routing.id}.${parts.join('.')}`);
}

/** `sev2 pages the owner (payments)`, `default`, `audit + page (web, staging), outside production`. */
function describeRoute(routing: RoutingDefinition, subject: RouteSubject, decision: RouteDecision): string {
  const names = usedNames(routing, decision).map((n) => subject[n] ?? `no ${n}`);
  return `${decision.decidedBy.join(' + ')}${names.length ? ` (${names.join(', ')})` : ''}${decision.dropped.length ? ', outside production' : ''}`;
}

const NAMES = ['team', 'service', 'env'] as const;

/** The `{team}`, `{service}`, `{env}` placeholders the deciding rules' destinations use, in that order. */
function usedNames(routing: RoutingDefinition, decision: RouteDecision): Array<(typeof NAMES)[number]> {
  const written = decision.matched.length ? decision.matched.flatMap((i) => routing.rules[i]!.notify) : routing.default ?? [];
  const text = JSON.stringify(written);
  return NAMES.filter((n) => text.includes(`{${n}}`));
}

const slugCache = new WeakMap<RoutingDefinition, string[]>();

/** One id segment per rule, from its name; unique within the table (a repeated name takes its position). */
function ruleSlugs(routing: RoutingDefinition): string[] {
  const cached = slugCache.get(routing);
  if (cached) return cached;
  const seen = new Set<string>(['default']);
  const out = routing.rules.map((rule, i) => {
    let s = slug(rule.name) || `rule-${i + 1}`;
    if (seen.has(s)) s = `${s}-${i + 1}`;
    seen.add(s);
    return s;
  });
  slugCache.set(routing, out);
  return out;
}

/** A filled name as an id segment: kept when it is one already, otherwise slugged with a hash of what it was. */
function segment(value: string | undefined): string {
  if (value === undefined) return 'unset';
  const s = slug(value);
  return s === value ? s : `${s || 'x'}-${shortHash(value)}`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Within the tag length Datadog keeps: a long id is cut and made unique again by a hash of the whole. */
function fitted(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const head = id.slice(0, MAX_ID_LENGTH - 9).replace(/[.-]+$/, '');
  return `${head}-${shortHash(id)}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
