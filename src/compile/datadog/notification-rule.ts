// A route of the routing table as the body of `POST /api/v2/monitor/notification_rule` (see routing/notification-rules.ts
// for which rules there are and why each filters on one `vigil-route:` tag). Recipients are Datadog's handles without
// the `@` (the API refuses one). Pagers get alerts, no-data and recoveries, never warnings; chat, email and webhooks
// get every one of those: the same states a monitor's message blocks give them (routing/handles.ts).
//
// Notification rules have no tags, so ownership rides in the name, which the API keeps as sent:
// `<title> [managed by vigil] vigil-id:<id> vigil-hash:<hash>`, the hash over the canonical rule with the title as
// its name, to tell a code change from an edit in Datadog's UI.
import type { NotificationRuleDefinition } from '../../ir/notification-rule.ts';
import type { Destination } from '../../ir/routing.ts';
import { handleOf } from '../../routing/handles.ts';
import { ROUTE_TAG_PREFIX, type RouteRule } from '../../routing/notification-rules.ts';
import { contentHash, sortKeys } from '../canonical.ts';
import type { NotificationRulePayload } from './payload-types.ts';
import { isObject, resourceAttributes } from './json.ts';

export interface CompiledNotificationRule {
  id: string;
  payload: NotificationRulePayload;
  /**
   * Every handle the rule notifies (with its `@`, as a message would write it) and where the routing table wrote it:
   * the routing table's logical id and a JSON pointer into it (`/rules/1/notify/0`). Not sent.
   */
  recipients: Array<{ handle: string; routing: string; pointer: string }>;
  /** Logical ids of the monitors routed through this rule (their `vigil-route:` tag names it). Not sent. */
  monitors: string[];
  /** Datadog id of an existing rule to adopt instead of creating one (`adopt.datadogId`; not sent). */
  adopt?: string;
}

/** The transitions a rule's conditions name, in the order a monitor's message blocks list them. */
const TRANSITIONS = ['is_alert', 'is_warning', 'is_no_data', 'is_recovery'] as const;

/** Compiles one route of `routingId`'s table. */
export function compileNotificationRule(rule: RouteRule, routingId: string): CompiledNotificationRule {
  const attributes = ruleAttributes(rule.title, rule.id, rule.destinations);
  const hash = notificationRuleHash(attributes as unknown as Record<string, unknown>);
  const payload = {
    data: {
      attributes: { ...attributes, name: withRuleMarker(rule.title, rule.id, hash) },
      type: 'monitor-notification-rule' as const,
    },
  };
  return {
    id: rule.id,
    payload: sortKeys(payload) as NotificationRulePayload,
    recipients: rule.destinations.map((d, i) => ({ handle: handleOf(d), routing: routingId, pointer: rule.origins[i]! })),
    monitors: [...rule.monitors],
  };
}

type RuleAttributes = NotificationRulePayload['data']['attributes'];

/**
 * Compiles a rule written by hand (`notificationRule()`): its filter and recipients as written, handles without their
 * `@`, and vigil's marker after its name.
 */
export function compileWrittenRule(def: NotificationRuleDefinition): CompiledNotificationRule {
  const bare = (handles: readonly string[]) => handles.map((h) => h.replace(/^@/, ''));
  const attributes: Record<string, unknown> = {
    filter: 'tags' in def.filter ? { tags: [...def.filter.tags] } : { scope: def.filter.scope.trim() },
    name: def.name.trim(),
  };
  const handles: Array<[string, string]> = [];
  if (def.recipients) {
    attributes.recipients = bare(def.recipients);
    def.recipients.forEach((h, i) => handles.push([h, `/recipients/${i}`]));
  } else if (def.conditionalRecipients) {
    const { conditions, fallbackRecipients } = def.conditionalRecipients;
    attributes.conditional_recipients = {
      conditions: conditions.map((c) => ({ recipients: bare(c.recipients), scope: c.scope })),
      ...(fallbackRecipients ? { fallback_recipients: bare(fallbackRecipients) } : {}),
    };
    conditions.forEach((c, i) => c.recipients.forEach((h, j) => handles.push([h, `/conditionalRecipients/conditions/${i}/recipients/${j}`])));
    fallbackRecipients?.forEach((h, i) => handles.push([h, `/conditionalRecipients/fallbackRecipients/${i}`]));
  }
  const hash = notificationRuleHash(attributes);
  const payload = sortKeys({ data: { attributes: { ...attributes, name: withRuleMarker(def.name.trim(), def.id, hash) }, type: 'monitor-notification-rule' } });
  const compiled: CompiledNotificationRule = {
    id: def.id,
    payload: payload as unknown as NotificationRulePayload,
    recipients: handles.map(([h, pointer]) => ({ handle: h.startsWith('@') ? h : `@${h}`, routing: def.id, pointer })),
    monitors: [],
  };
  if (def.adopt) compiled.adopt = def.adopt.datadogId;
  return compiled;
}

function ruleAttributes(title: string, id: string, destinations: readonly Destination[]): RuleAttributes {
  const pagers = destinations.filter((d) => d.type === 'pagerduty').map(recipientOf);
  const others = destinations.filter((d) => d.type !== 'pagerduty').map(recipientOf);
  const notified: Record<(typeof TRANSITIONS)[number], string[]> = {
    is_alert: [...pagers, ...others],
    is_warning: others,
    is_no_data: [...pagers, ...others],
    is_recovery: [...pagers, ...others],
  };
  // A condition naming nobody is left out rather than sent empty: the rule then notifies nobody of that transition.
  const conditions = TRANSITIONS.filter((t) => notified[t].length > 0)
    .map((t) => ({ recipients: notified[t], scope: `transition_type:${t}` }));
  return { conditional_recipients: { conditions }, filter: { tags: [`${ROUTE_TAG_PREFIX}${id}`] }, name: title };
}

/** `@slack-payments` → `slack-payments`: Datadog's notification rules take handles without their `@`. */
function recipientOf(d: Destination): string {
  return handleOf(d).slice(1);
}

const MARKER = / \[managed by vigil\] vigil-id:(\S+) vigil-hash:([0-9a-f]+)$/;

export function withRuleMarker(title: string, id: string, hash: string): string {
  return `${title} [managed by vigil] vigil-id:${id} vigil-hash:${hash}`;
}

/** The logical id, hash and title in a rule's name; undefined when vigil does not own the rule. */
export function readRuleMarker(name: unknown): { id: string; hash: string; title: string } | undefined {
  if (typeof name !== 'string') return undefined;
  const m = MARKER.exec(name);
  return m ? { id: m[1]!, hash: m[2]!, title: name.slice(0, m.index) } : undefined;
}

/** The attributes of a rule in any of the shapes it travels in: a request body, a resource, or the attributes. */
export function ruleAttributesOf(body: unknown): Record<string, unknown> {
  return resourceAttributes(body);
}

/**
 * A rule as vigil compares it: the fields it sends, each in the form Datadog keeps (tags sorted and once each, names
 * trimmed), and nothing else — the server's `created_at`, `modified_at`, relationships, or a `bundle_config` set in
 * the UI never show as a change. Absent and empty recipient lists are the same.
 */
export function normalizeNotificationRule(body: Record<string, unknown>): Record<string, unknown> {
  const a = ruleAttributesOf(body);
  const out: Record<string, unknown> = {};
  if (typeof a.name === 'string') out.name = a.name.trim();
  const filter = isObject(a.filter) ? a.filter : undefined;
  if (filter && Array.isArray(filter.tags)) out.filter = { tags: [...new Set(filter.tags.map(String))].sort() };
  else if (filter && typeof filter.scope === 'string') out.filter = { scope: filter.scope.trim() };
  if (Array.isArray(a.recipients) && a.recipients.length > 0) out.recipients = a.recipients.map(String);
  const conditional = isObject(a.conditional_recipients) ? a.conditional_recipients : undefined;
  if (conditional) {
    const conditions = Array.isArray(conditional.conditions) ? conditional.conditions.filter(isObject) : [];
    const fallback = Array.isArray(conditional.fallback_recipients) ? conditional.fallback_recipients.map(String) : [];
    out.conditional_recipients = {
      conditions: conditions.map((c) => ({ recipients: Array.isArray(c.recipients) ? c.recipients.map(String) : [], scope: String(c.scope ?? '').trim() })),
      ...(fallback.length ? { fallback_recipients: fallback } : {}),
    };
  }
  return sortKeys(out);
}

/** The hash the marker carries: of the canonical rule, its name being the title without the marker. */
export function notificationRuleHash(body: Record<string, unknown>): string {
  const canonical = normalizeNotificationRule(body);
  const marker = readRuleMarker(canonical.name);
  return contentHash(marker ? { ...canonical, name: marker.title } : canonical);
}
