// Datadog Teams (`/api/v2/team`): `@team-<handle>` notifies a team through the channel it has set. Modelled on the
// recordings (v2__Teams__*): create answers 201 with the JSON:API team (2025 attribute set), PATCH changes the
// attributes it carries; a second team with the
// same name or handle is 409 "Team name and handle must be unique"; delete answers 204; an id that is not a team is
// 404 "<id> is not a valid UUID not found". The list pages by `page[number]`/`page[size]` (meta type `number_size`)
// or, without them, by offset in pages of 100 (meta type `offset_limit`), and sets `links.next` even on the last page,
// as recorded; `fields[team]` keeps only the attributes it lists (and drops the relationships). Answers take the 2025
// recordings' form: `application/vnd.api+json`, `is_managed`, relationship `data`, a banner the server picks.
import { ddError, invalidParameter, noContent } from './errors.ts';
import { isObject } from './model.ts';
import type { Ctx, Route } from './router.ts';
import { dropTeamNotificationRules } from './team-notification-rules.ts';
import { isoMicros } from './time.ts';

/** A team as stored: the answer's `data` without the links (which name the server). */
export interface TeamRecord {
  id: string;
  attributes: {
    avatar: string | null;
    banner: number | null;
    created_at: string;
    description: string | null;
    handle: string;
    hidden_modules: string[] | null;
    is_managed: boolean;
    link_count: number;
    modified_at: string;
    name: string;
    summary: string | null;
    user_count: number;
    visible_modules: string[] | null;
  };
}

const JSON_API = { 'content-type': 'application/vnd.api+json' }; // RECORDED (2025)
const MAX_PAGE = 100; // documented largest page

export const teamRoutes: Route[] = [
  { method: 'GET', path: /^\/api\/v2\/team$/, handler: list, permission: 'teams_read' },
  { method: 'POST', path: /^\/api\/v2\/team$/, handler: create, write: true, permission: 'teams_manage' },
  { method: 'GET', path: /^\/api\/v2\/team\/([^/]+)$/, handler: get, permission: 'teams_read' },
  { method: 'PATCH', path: /^\/api\/v2\/team\/([^/]+)$/, handler: update, write: true, permission: 'teams_manage' },
  { method: 'DELETE', path: /^\/api\/v2\/team\/([^/]+)$/, handler: remove, write: true, permission: 'teams_manage' },
];

const notFound = (id: string) => ddError(404, `${id} is not a valid UUID not found`); // RECORDED

/** The JSON:API resource for a team, with the relationship links the recordings show; `fields` as in `fields[team]`. */
export function teamResource(t: TeamRecord, fields?: readonly string[]): Record<string, unknown> {
  if (fields) {
    const attributes = Object.fromEntries(Object.entries(t.attributes).filter(([k]) => fields.includes(k)));
    return { id: t.id, type: 'team', attributes };
  }
  return {
    id: t.id,
    type: 'team',
    attributes: t.attributes,
    relationships: {
      team_links: { data: [], links: { related: `/api/v2/team/${t.id}/links` } },
      user_team_permissions: { data: null, links: { related: `/api/v2/team/${t.id}/permission-settings` } },
    },
  };
}

/** The real server gives a new team one of its banner pictures at random (recorded 1, 2, 5, 14); here from the id. */
function bannerOf(id: string): number {
  return (Number.parseInt(id.slice(0, 4), 16) % 15) + 1;
}

function create(ctx: Ctx) {
  const data = isObject(ctx.req.body) ? ctx.req.body.data : undefined;
  if (!isObject(data) || data.type !== 'team') return ddError(400, invalidParameter('data.type'));
  const a = isObject(data.attributes) ? data.attributes : {};
  if (typeof a.name !== 'string' || a.name.trim() === '') return ddError(400, invalidParameter('data.attributes.name'));
  if (typeof a.handle !== 'string' || a.handle.trim() === '') return ddError(400, invalidParameter('data.attributes.handle'));
  for (const t of ctx.store.teams.values()) {
    if (t.attributes.name === a.name || t.attributes.handle === a.handle) return ddError(409, 'Team name and handle must be unique'); // RECORDED
  }
  const now = isoMicros(ctx.now);
  const id = ctx.store.nextTeamId();
  const team: TeamRecord = {
    id,
    attributes: {
      avatar: typeof a.avatar === 'string' ? a.avatar : null,
      banner: typeof a.banner === 'number' ? a.banner : bannerOf(id),
      created_at: now,
      description: typeof a.description === 'string' ? a.description : null,
      handle: a.handle,
      hidden_modules: null,
      is_managed: false,
      link_count: 0,
      modified_at: now,
      name: a.name,
      summary: null,
      user_count: 0,
      visible_modules: null,
    },
  };
  ctx.store.teams.set(team.id, team);
  return { status: 201, headers: JSON_API, body: { data: teamResource(team) } };
}

function get(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const team = ctx.store.teams.get(id);
  return team ? { status: 200, headers: JSON_API, body: { data: teamResource(team) } } : notFound(id);
}

/** RECORDED (a team update, 2023-03): PATCH answers 200 with the team as changed and a
 * new `modified_at`; attributes left out keep their value. Inferred, not recorded: a name or handle another team
 * holds is refused as on create. */
function update(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  const team = ctx.store.teams.get(id);
  if (!team) return notFound(id);
  const data = isObject(ctx.req.body) ? ctx.req.body.data : undefined;
  if (!isObject(data) || data.type !== 'team') return ddError(400, invalidParameter('data.type'));
  const a = isObject(data.attributes) ? data.attributes : {};
  for (const key of ['name', 'handle'] as const) {
    if (a[key] !== undefined && (typeof a[key] !== 'string' || a[key].trim() === '')) return ddError(400, invalidParameter(`data.attributes.${key}`));
  }
  for (const t of ctx.store.teams.values()) {
    if (t.id !== id && (t.attributes.name === a.name || t.attributes.handle === a.handle)) return ddError(409, 'Team name and handle must be unique');
  }
  const next = { ...team.attributes };
  if (typeof a.name === 'string') next.name = a.name;
  if (typeof a.handle === 'string') next.handle = a.handle;
  for (const key of ['avatar', 'description'] as const) if (typeof a[key] === 'string' || a[key] === null) next[key] = a[key] as string | null;
  if (typeof a.banner === 'number' || a.banner === null) next.banner = a.banner as number | null;
  next.modified_at = isoMicros(ctx.now);
  team.attributes = next;
  return { status: 200, headers: JSON_API, body: { data: teamResource(team) } };
}

/** A team's notification rules go with it (inferred, not recorded: no recording reads them once the team is gone). */
function remove(ctx: Ctx) {
  const id = ctx.params[0] ?? '';
  if (!ctx.store.teams.delete(id)) return notFound(id);
  dropTeamNotificationRules(ctx.store, id);
  return noContent();
}

function list(ctx: Ctx) {
  const q = ctx.req.query;
  const keyword = q.get('filter[keyword]')?.toLowerCase();
  const all = [...ctx.store.teams.values()]
    .filter((t) => !keyword || t.attributes.name.toLowerCase().includes(keyword) || t.attributes.handle.toLowerCase().includes(keyword))
    .sort((a, b) => (a.attributes.name < b.attributes.name ? -1 : a.attributes.name > b.attributes.name ? 1 : 0));
  const base = `${ctx.baseUrl}/api/v2/team`;
  const fields = q.get('fields[team]')?.split(',').map((f) => f.trim()).filter(Boolean);
  const resource = (t: TeamRecord) => teamResource(t, fields);
  // Links repeat the request's other parameters as the recordings show them: brackets escaped, commas not.
  const spelled = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  const self = q.toString() ? `${base}?${spelled([...q])}` : base;
  const others = spelled([...q].filter(([k]) => !k.startsWith('page[')));
  const link = (page: string) => `${base}?${others ? `${others}&` : ''}${page}`;
  const byNumber = q.has('page[number]') || q.has('page[size]');
  const size = intParam(q.get(byNumber ? 'page[size]' : 'page[limit]'), MAX_PAGE);
  if (size === undefined || size < 1 || size > MAX_PAGE) return ddError(400, invalidParameter(byNumber ? 'page[size]' : 'page[limit]'));
  const total = all.length;
  if (byNumber) {
    const number = intParam(q.get('page[number]'), 0);
    if (number === undefined || number < 0) return ddError(400, invalidParameter('page[number]'));
    const last = Math.max(0, Math.ceil(total / size) - 1);
    const at = (n: number) => link(`page[number]=${n}&page[size]=${size}`);
    return {
      status: 200,
      headers: JSON_API,
      body: {
        data: all.slice(number * size, number * size + size).map(resource),
        meta: { pagination: { number, first_number: 0, prev_number: Math.max(0, number - 1), next_number: number + 1, last_number: last, size, type: 'number_size', total } },
        links: { self, last: at(last), next: at(number + 1), prev: number > 0 ? at(number - 1) : null, first: at(0) },
      },
    };
  }
  const offset = intParam(q.get('page[offset]'), 0);
  if (offset === undefined || offset < 0) return ddError(400, invalidParameter('page[offset]'));
  const at = (o: number) => link(`page[offset]=${o}&page[limit]=${size}`);
  return {
    status: 200,
    headers: JSON_API,
    body: {
      data: all.slice(offset, offset + size).map(resource),
      meta: { pagination: { offset, first_offset: 0, prev_offset: Math.max(0, offset - size), next_offset: offset + size, last_offset: Math.max(0, Math.floor((total - 1) / size) * size), limit: size, type: 'offset_limit', total } },
      links: { self, last: null, next: at(offset + size), prev: offset > 0 ? at(Math.max(0, offset - size)) : null, first: at(0) },
    },
  };
}

/** A whole number from a query parameter, `fallback` when absent; undefined when it is not one. */
function intParam(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}
