// A team's notification rule (`/api/v2/team/{team_id}/notification-rules`): which channels a team's alerts reach,
// email, Microsoft Teams, PagerDuty and Slack. Modelled on the recordings (v2__Teams__*notification-rule*, 2025-12):
// create answers 201 with the JSON:API rule carrying the channels that were sent; a team holds one rule, a second
// create is 409; a rule that is not the team's is 404 "rule not found" on GET and, in another wording, on DELETE; the
// list answers the team's rules with offset/limit page metadata; an update addressed to a rule id other than the team's
// own rule is 409. Every answer and error is `application/vnd.api+json`,
// errors in the JSON:API form. Inferred, not recorded: the update (PUT, as the official client and the API reference
// send it, not PATCH), a successful delete (204, the client's documented answer), a team that does not exist, and the
// refusals of a malformed body.
import { jsonApiError, noContent } from './errors.ts';
import { type JsonObject, isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';
import type { DatadogStore } from './store.ts';

export interface TeamNotificationRuleRecord {
  id: string;
  teamId: string;
  /** The channels that are set, as answered (CHANNELS order). */
  attributes: JsonObject;
}

const TYPE = 'team_notification_rules'; // RECORDED
const JSON_API = { 'content-type': 'application/vnd.api+json' }; // RECORDED
/** RECORDED: the list's page size; the client sends no paging parameters, and a team holds one rule. */
const LIST_LIMIT = 100;

/** The channels and their fields, per the official client's TeamNotificationRuleAttributes* models. Answers write
 * them in this order; `slack` as recorded, `workspace` before `channel` whatever order the request used. */
const CHANNELS: Readonly<Record<string, Readonly<Record<string, 'boolean' | 'string'>>>> = {
  email: { enabled: 'boolean' },
  ms_teams: { connector_name: 'string' },
  pagerduty: { service_name: 'string' },
  slack: { workspace: 'string', channel: 'string' },
};

const RULES = /^\/api\/v2\/team\/([^/]+)\/notification-rules$/;
const RULE = /^\/api\/v2\/team\/([^/]+)\/notification-rules\/([^/]+)$/;

// The API reference names `teams_read` for all five endpoints, writes included.
export const teamNotificationRuleRoutes: Route[] = [
  { method: 'GET', path: RULES, handler: list, permission: 'teams_read' },
  { method: 'POST', path: RULES, handler: create, write: true, permission: 'teams_read' },
  { method: 'GET', path: RULE, handler: get, permission: 'teams_read' },
  { method: 'PUT', path: RULE, handler: update, write: true, permission: 'teams_read' },
  { method: 'DELETE', path: RULE, handler: remove, write: true, permission: 'teams_read' },
];

const ruleNotFound = () => jsonApiError(404, 'rule not found', 'Not Found'); // RECORDED (GET)
/** Inferred, not recorded: the service's own 404 form, for a team id that names no team. */
const teamNotFound = () => jsonApiError(404, 'team not found', 'Not Found');
const badRequest = (detail: string) => jsonApiError(400, detail, 'Bad Request'); // inferred, not recorded

/** A team's rules are gone with the team (teams.ts calls this when a team is deleted). */
export function dropTeamNotificationRules(store: DatadogStore, teamId: string): void {
  for (const [id, rule] of store.teamNotificationRules) if (rule.teamId === teamId) store.teamNotificationRules.delete(id);
}

function resource(rule: TeamNotificationRuleRecord): JsonObject {
  return { id: rule.id, type: TYPE, attributes: rule.attributes };
}

function answer(status: number, body: unknown) {
  return { status, headers: JSON_API, body };
}

/** The team's rule with this id: a rule of another team is not found, like one that does not exist. */
function ruleOf(ctx: Ctx): TeamNotificationRuleRecord | undefined {
  const rule = ctx.store.teamNotificationRules.get(ctx.params[1] ?? '');
  return rule?.teamId === ctx.params[0] ? rule : undefined;
}

function list(ctx: Ctx) {
  const teamId = ctx.params[0] ?? '';
  if (!ctx.store.teams.has(teamId)) return teamNotFound();
  const rules = [...ctx.store.teamNotificationRules.values()].filter((r) => r.teamId === teamId);
  // RECORDED (one rule): offset paging in one page; prev/next are null when there is no other page.
  const page = {
    type: 'offset_limit', offset: 0, limit: LIST_LIMIT, total: rules.length,
    first_offset: 0, prev_offset: null, next_offset: null, last_offset: 0,
  };
  return answer(200, { data: rules.map(resource), meta: { page } });
}

function create(ctx: Ctx) {
  const teamId = ctx.params[0] ?? '';
  if (!ctx.store.teams.has(teamId)) return teamNotFound();
  const attributes = attributesOf(ctx.req.body);
  if (typeof attributes === 'string') return badRequest(attributes);
  for (const rule of ctx.store.teamNotificationRules.values()) {
    if (rule.teamId === teamId) return jsonApiError(409, 'notification rule already exists for this team', 'Conflict'); // RECORDED
  }
  const rule: TeamNotificationRuleRecord = { id: ctx.store.nextTeamNotificationRuleId(), teamId, attributes };
  ctx.store.teamNotificationRules.set(rule.id, rule);
  return answer(201, { data: resource(rule) });
}

function get(ctx: Ctx) {
  if (!ctx.store.teams.has(ctx.params[0] ?? '')) return teamNotFound();
  const rule = ruleOf(ctx);
  return rule ? answer(200, { data: resource(rule) }) : ruleNotFound();
}

/** Inferred, not recorded: the body is the create's (TeamNotificationRuleRequest, attributes required), so the rule
 * becomes what was sent: a channel left out is no longer set. */
function update(ctx: Ctx) {
  const teamId = ctx.params[0] ?? '';
  if (!ctx.store.teams.has(teamId)) return teamNotFound();
  const rule = ruleOf(ctx);
  if (!rule) {
    // RECORDED (2025-12): a team that holds a rule refuses an update addressed to another rule id with 409.
    const held = [...ctx.store.teamNotificationRules.values()].some((r) => r.teamId === teamId);
    return held ? jsonApiError(409, 'rule id does not match with team\'s rule id', 'Conflict') : ruleNotFound();
  }
  const attributes = attributesOf(ctx.req.body);
  if (typeof attributes === 'string') return badRequest(attributes);
  rule.attributes = attributes;
  return answer(200, { data: resource(rule) });
}

function remove(ctx: Ctx) {
  const [teamId = '', ruleId = ''] = ctx.params;
  if (!ctx.store.teams.has(teamId)) return teamNotFound();
  const rule = ruleOf(ctx);
  // RECORDED: this 404 carries no title, unlike GET's.
  if (!rule) return jsonApiError(404, `rule ID ${ruleId} was not found in team ID ${teamId}`);
  ctx.store.teamNotificationRules.delete(rule.id);
  return noContent();
}

/** The channels of a create or update body, or why it is refused (wording inferred). Keys other than the four
 * channels are not kept, as the answers carry only those. */
function attributesOf(body: unknown): JsonObject | string {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data) || data.type !== TYPE) return `data.type must be "${TYPE}"`;
  if (!isObject(data.attributes)) return 'data.attributes is required';
  const out: JsonObject = {};
  for (const [channel, fields] of Object.entries(CHANNELS)) {
    const sent = data.attributes[channel];
    if (sent === undefined || sent === null) continue;
    if (!isObject(sent)) return `data.attributes.${channel} must be an object`;
    const kept: JsonObject = {};
    for (const [field, type] of Object.entries(fields)) {
      const value = sent[field];
      if (value === undefined || value === null) continue;
      if (typeof value !== type) return `data.attributes.${channel}.${field} must be a ${type}`;
      kept[field] = value;
    }
    out[channel] = kept;
  }
  return out;
}
