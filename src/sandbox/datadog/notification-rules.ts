// Monitor notification rules (GA 2025-06): list, create, get, update (PATCH), delete. JSON:API shapes as recorded in
// v2__Monitors__*notification-rule* (2025-05 to 2025-11): write answers carry `relationships.created_by` and the
// creating user in `included`; the list carries neither, nor any page metadata. A create answers `modified_at` as the
// time it was stored (RECORDED 2026-08; answers until 2025-11 wrote the epoch there, while later reads showed the
// stored time), and the included user carries its `uuid` (RECORDED 2026-08). A PATCH replaces the
// rule's definition: recipients sent as `conditional_recipients` leave no plain `recipients` behind (OBSERVED).
// Limits from Datadog's documentation: 1,000 rules per organisation, 50 recipients per rule; the refusals' wording
// is invented (no recording reaches them).
import { createHash } from 'node:crypto';
import { ddError, noContent, ok } from './errors.ts';
import { type JsonObject, USER, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';
import { isoMicros } from './time.ts';

export interface NotificationRuleRecord {
  id: string;
  /** As stored: `name`, `filter`, `recipients` or `conditional_recipients`, `created_at`, `modified_at`. */
  attributes: JsonObject;
  /** Epoch ms of creation, for `sort=created_at`. */
  createdMs: number;
}

export const NOTIFICATION_RULE_LIMITS = { rulesPerOrg: 1000, recipientsPerRule: 50, conditions: 10 } as const;

export const notificationRuleRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v2\/monitor\/notification_rule$/, handler: list },
  { method: 'POST', path: /^\/api\/v2\/monitor\/notification_rule$/, handler: create, write: true },
  { method: 'GET', path: /^\/api\/v2\/monitor\/notification_rule\/([^/]+)$/, handler: get },
  { method: 'PATCH', path: /^\/api\/v2\/monitor\/notification_rule\/([^/]+)$/, handler: update, write: true },
  { method: 'DELETE', path: /^\/api\/v2\/monitor\/notification_rule\/([^/]+)$/, handler: remove, write: true },
];

const NOT_FOUND = 'Monitor Notification Rule not found'; // OBSERVED (GET and DELETE of an unknown id)
/** The attributes a create or PATCH may carry (the spec's MonitorNotificationRuleAttributes, additionalProperties false). */
const WRITABLE = new Set(['bundle_config', 'conditional_recipients', 'filter', 'name', 'recipients']);

function create(ctx: Ctx) {
  if (ctx.store.notificationRules.size >= NOTIFICATION_RULE_LIMITS.rulesPerOrg) {
    return ddError(400, `Maximum number of monitor notification rules (${NOTIFICATION_RULE_LIMITS.rulesPerOrg}) reached`); // invented
  }
  const definition = definitionOf(ctx.req.body);
  if (typeof definition === 'string') return ddError(400, definition);
  const now = isoMicros(ctx.now);
  const record: NotificationRuleRecord = { id: nextId(ctx), attributes: { ...definition, created_at: now, modified_at: now }, createdMs: ctx.now };
  ctx.store.notificationRules.set(record.id, record);
  return ok(written(record));
}

function update(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const rule = ctx.store.notificationRules.get(id);
  if (!rule) return ddError(404, NOT_FOUND); // inference: the wording GET and DELETE use
  const definition = definitionOf(ctx.req.body);
  if (typeof definition === 'string') return ddError(400, definition);
  const next: NotificationRuleRecord = {
    ...rule, attributes: { ...definition, created_at: rule.attributes.created_at, modified_at: isoMicros(ctx.now) },
  };
  ctx.store.notificationRules.set(id, next);
  return ok(written(next));
}

function get(ctx: Ctx) {
  const rule = ctx.store.notificationRules.get(ctx.params[0] ?? '');
  if (!rule) return ddError(404, NOT_FOUND);
  // inference: like an item of the list unless `include=created_by` asks for the user (no OK answer is recorded)
  return ok(ctx.req.query.get('include') === 'created_by' ? written(rule) : { data: resource(rule) });
}

/** OBSERVED: 204 with the empty-answer content type; a second delete is a 404. */
function remove(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  if (!ctx.store.notificationRules.delete(id)) return ddError(404, NOT_FOUND);
  return noContent();
}

/**
 * `page` (from 0), `per_page` (default 100, at most 1,000), `sort` (`name` or `created_at`, `:asc` or `:desc`) and
 * `filters` (JSON: `text` against name, tags and recipients; `tags` and `recipients`, any of) per the API reference.
 * OBSERVED: the answer is `{data: [...]}` alone.
 */
function list(ctx: Ctx) {
  const q = ctx.req.query;
  const page = Number(q.get('page') ?? 0);
  const perPage = Number(q.get('per_page') ?? 100);
  if (!Number.isInteger(page) || page < 0 || page > 1_000_000) return ddError(400, 'Invalid URL param: page'); // invented
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) return ddError(400, 'Invalid URL param: per_page'); // invented
  const filters = parseFilters(q.get('filters'));
  if (typeof filters === 'string') return ddError(400, filters);
  const sort = /^(name|created_at)(?::(asc|desc))?$/.exec(q.get('sort') ?? 'created_at');
  if (!sort) return ddError(400, 'Invalid URL param: sort'); // invented
  const sign = sort[2] === 'desc' ? -1 : 1;
  const key = (r: NotificationRuleRecord) => (sort[1] === 'name' ? String(r.attributes.name) : r.createdMs);
  const all = [...ctx.store.notificationRules.values()].filter(filters)
    .sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a.id < b.id ? -1 : 1));
  const data = all.slice(page * perPage, (page + 1) * perPage);
  const withUser = q.get('include') === 'created_by';
  return ok(withUser ? { data: data.map((r) => ({ ...resource(r), relationships: relationships() })), included: [user()] } : { data: data.map(resource) });
}

function parseFilters(raw: string | null): ((r: NotificationRuleRecord) => boolean) | string {
  if (raw === null || raw === '') return () => true;
  let f: unknown;
  try {
    f = JSON.parse(raw);
  } catch {
    return 'Invalid URL param: filters'; // invented
  }
  if (!isObject(f)) return 'Invalid URL param: filters';
  const text = typeof f.text === 'string' ? f.text.toLowerCase() : undefined;
  const tags = Array.isArray(f.tags) ? f.tags.map(String) : undefined;
  const recipients = Array.isArray(f.recipients) ? f.recipients.map(String) : undefined;
  return (r) => {
    const ruleTags = tagsOf(r.attributes);
    const ruleRecipients = recipientsOf(r.attributes);
    if (text && ![String(r.attributes.name), ...ruleTags, ...ruleRecipients].some((s) => s.toLowerCase().includes(text))) return false;
    if (tags && !tags.some((t) => ruleTags.includes(t))) return false;
    return !recipients || recipients.some((x) => ruleRecipients.includes(x));
  };
}

/** The rule's definition from a create or PATCH body, or why it is refused. */
function definitionOf(body: unknown): JsonObject | string {
  const data = isObject(body) ? body.data : undefined;
  const a = isObject(data) ? data.attributes : undefined;
  if (!isObject(data) || !isObject(a)) return 'Invalid JSON'; // invented wording for a body without data.attributes
  const unexpected = Object.keys(a).find((k) => !WRITABLE.has(k));
  if (unexpected) return `Additional properties are not allowed ('${unexpected}' was unexpected)`; // inference: the v2 schema checker's text
  if (typeof a.name !== 'string' || a.name.trim() === '') return "'name' is a required property"; // invented, in the schema checker's style
  if (a.recipients !== undefined && a.conditional_recipients !== undefined) {
    return 'Invalid recipients: recipients and conditional_recipients cannot be used together'; // invented
  }
  const filter = filterOf(a.filter);
  if (typeof filter === 'string') return filter;
  const out: JsonObject = { name: a.name };
  if (filter) out.filter = filter;
  if (a.recipients !== undefined) {
    const recipients = handles(a.recipients);
    if (typeof recipients === 'string') return recipients;
    out.recipients = recipients;
  } else if (a.conditional_recipients !== undefined) {
    const conditional = conditionalOf(a.conditional_recipients);
    if (typeof conditional === 'string') return conditional;
    out.conditional_recipients = conditional;
  } else {
    return 'Invalid recipients: a rule needs recipients or conditional_recipients'; // invented
  }
  const count = new Set(recipientsOf(out)).size;
  if (count > NOTIFICATION_RULE_LIMITS.recipientsPerRule) {
    return `Invalid recipients: a rule may have at most ${NOTIFICATION_RULE_LIMITS.recipientsPerRule} recipients, got ${count}`; // invented
  }
  if (isObject(a.bundle_config)) out.bundle_config = a.bundle_config;
  return out;
}

/** `{tags: [...]}` (at least one) or `{scope: "..."}`, kept as sent. */
function filterOf(raw: unknown): JsonObject | undefined | string {
  if (raw === undefined || raw === null) return undefined;
  if (isObject(raw) && Array.isArray(raw.tags) && raw.tags.length > 0 && raw.tags.every((t) => typeof t === 'string' && t !== '')) return { tags: raw.tags };
  if (isObject(raw) && typeof raw.scope === 'string' && raw.scope.trim() !== '') return { scope: raw.scope };
  return 'Invalid filter: expected tags or a scope'; // invented
}

function conditionalOf(raw: unknown): JsonObject | string {
  if (!isObject(raw) || !Array.isArray(raw.conditions)) return "'conditions' is a required property"; // invented
  const { conditions } = raw;
  if (conditions.length < 1 || conditions.length > NOTIFICATION_RULE_LIMITS.conditions) {
    return `Invalid conditional_recipients: between 1 and ${NOTIFICATION_RULE_LIMITS.conditions} conditions are allowed`; // invented; bounds from the spec
  }
  const out: JsonObject[] = [];
  for (const c of conditions) {
    if (!isObject(c) || typeof c.scope !== 'string' || !CONDITION_SCOPE.test(c.scope)) {
      return 'Invalid conditional_recipients: a condition\'s scope is a transition_type:<status> or one key:value tag'; // invented
    }
    const recipients = handles(c.recipients);
    if (typeof recipients === 'string') return recipients;
    out.push({ recipients, scope: c.scope });
  }
  const result: JsonObject = { conditions: out };
  if (raw.fallback_recipients !== undefined) {
    const fallback = handles(raw.fallback_recipients);
    if (typeof fallback === 'string') return fallback;
    result.fallback_recipients = fallback;
  }
  return result;
}

/** Per the API reference: a monitor status (`transition_type:is_alert`) or a single `key:value` tag. */
const CONDITION_SCOPE = /^(?:transition_type:is_[a-z_]+|[^\s:()]+:[^\s()]+)$/;

function handles(raw: unknown): string[] | string {
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every((h) => typeof h === 'string' && h !== '')) {
    return 'Invalid recipients: expected a non-empty list of handles'; // invented
  }
  if (raw.some((h) => (h as string).startsWith('@'))) return 'Invalid recipients: Recipient handle should not start with \'@\''; // OBSERVED
  return raw as string[];
}

function tagsOf(a: JsonObject): string[] {
  return isObject(a.filter) && Array.isArray(a.filter.tags) ? a.filter.tags.map(String) : [];
}

function recipientsOf(a: JsonObject): string[] {
  const conditional = isObject(a.conditional_recipients) ? a.conditional_recipients : {};
  const conditions = Array.isArray(conditional.conditions) ? conditional.conditions.filter(isObject) : [];
  return [
    ...(Array.isArray(a.recipients) ? a.recipients : []),
    ...conditions.flatMap((c) => (Array.isArray(c.recipients) ? c.recipients : [])),
    ...(Array.isArray(conditional.fallback_recipients) ? conditional.fallback_recipients : []),
  ].map(String);
}

function resource(r: NotificationRuleRecord): JsonObject {
  return { type: 'monitor-notification-rule', attributes: { ...r.attributes }, id: r.id };
}

/** Write answers: the resource with the creating user as a relationship, and that user included (OBSERVED). */
function written(r: NotificationRuleRecord): JsonObject {
  return { data: { ...resource(r), relationships: relationships() }, included: [user()] };
}

function relationships(): JsonObject {
  return { created_by: { data: { type: 'users', id: USER.uuid } } };
}

/** The creating user as recorded answers include it (`last_login_time` since 2025-11, `uuid` since 2026-08). */
function user(): JsonObject {
  return {
    type: 'users', id: USER.uuid,
    attributes: {
      uuid: USER.uuid, name: USER.name, handle: USER.handle, created_at: '2024-01-01T00:00:00.000000+00:00', modified_at: '2024-01-01T00:00:00.000000+00:00',
      email: USER.email, icon: `https://secure.gravatar.com/avatar/${createHash('md5').update(USER.email).digest('hex')}?s=48&d=retro`,
      title: null, verified: true, service_account: false, disabled: false, allowed_login_methods: [], status: 'Active', last_login_time: null,
    },
  };
}

/** Random UUIDs in the real API; the sandbox counts. */
function nextId(ctx: Ctx): string {
  const h = createHash('md5').update(`notification-rule:${++ctx.store.counters.notificationRule}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
