import type { Route } from './context.ts';
import { ok } from './context.ts';
import { notFound } from './errors.ts';
import type { JsonObject } from './json.ts';
import { byNameThenId, matchesQuery, page, readArrayParam, readListParams } from './list.ts';
import { entityHead, ref, selfUrl } from './refs.ts';
import type { PdState, ScheduleRecord, UserRecord } from './state.ts';
import type { VendorRecord } from './vendors.ts';
import { VENDORS } from './vendors.ts';

/** Read-only collections: users and schedules (seeded), vendors (constants). Writes to them are not emulated. */

function renderUser(state: PdState, u: UserRecord): JsonObject {
  return {
    ...entityHead('user', u.id, u.name),
    name: u.name, email: u.email, time_zone: u.time_zone, color: u.color, role: u.role, job_title: u.job_title,
    description: u.description, invitation_sent: false, avatar_url: null,
    teams: u.teams.map((t) => ref(state, 'team', t)),
    contact_methods: [], notification_rules: [],
  };
}

function renderSchedule(state: PdState, s: ScheduleRecord): JsonObject {
  const userIds = [...new Set(s.schedule_layers.flatMap((l) => l.users))];
  const policies = Object.values(state.escalationPolicies)
    .filter((ep) => ep.escalation_rules.some((r) => r.targets.some((t) => t.type === 'schedule' && t.id === s.id)))
    .sort(byNameThenId);
  return {
    ...entityHead('schedule', s.id, s.name),
    name: s.name, description: s.description, time_zone: s.time_zone,
    users: userIds.map((u) => ref(state, 'user', u)),
    teams: s.teams.map((t) => ref(state, 'team', t)),
    escalation_policies: policies.map((ep) => ref(state, 'escalation_policy', ep.id)),
    schedule_layers: s.schedule_layers.map((l) => ({
      id: l.id, name: l.name, start: l.start, end: null, rotation_virtual_start: l.rotation_virtual_start,
      rotation_turn_length_seconds: l.rotation_turn_length_seconds,
      users: l.users.map((u) => ({ user: ref(state, 'user', u) })), restrictions: [],
    })),
  };
}

/** Vendor fields beyond id/name are invented but follow the spec's Vendor schema. */
function renderVendor(v: VendorRecord): JsonObject {
  return {
    id: v.id, type: 'vendor', summary: v.name, self: selfUrl('vendor', v.id), html_url: null, name: v.name,
    description: v.description, website_url: v.website_url, logo_url: null, thumbnail_url: null,
    integration_guide_url: null, generic_service_type: v.generic_service_type,
    alert_creation_default: 'create_alerts_and_incidents', alert_creation_editable: true, is_pd_cef: false,
  };
}

function find<T>(table: Record<string, T>, id: string, what: string): T {
  const found = table[id];
  if (found === undefined) throw notFound(`${what} ${id} not found.`);
  return found;
}

export const directoryRoutes: Route[] = [
  {
    method: 'GET', pattern: '/users', handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, 'team_ids');
      const items = Object.values(ctx.state.users)
        .filter((u) => matchesQuery(q, u.name, u.email)) // the users `query` also matches email
        .filter((u) => teamIds.length === 0 || u.teams.some((t) => teamIds.includes(t)))
        .sort(byNameThenId);
      return ok(page('users', items, params, (u) => renderUser(ctx.state, u)));
    },
  },
  {
    method: 'GET', pattern: '/users/:id', handler: (ctx, { id = '' }) =>
      ok({ user: renderUser(ctx.state, find(ctx.state.users, id, 'User')) }),
  },
  {
    method: 'GET', pattern: '/schedules', handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, 'team_ids');
      const items = Object.values(ctx.state.schedules)
        .filter((s) => matchesQuery(q, s.name))
        .filter((s) => teamIds.length === 0 || s.teams.some((t) => teamIds.includes(t)))
        .sort(byNameThenId);
      return ok(page('schedules', items, params, (s) => renderSchedule(ctx.state, s)));
    },
  },
  {
    method: 'GET', pattern: '/schedules/:id', handler: (ctx, { id = '' }) =>
      ok({ schedule: renderSchedule(ctx.state, find(ctx.state.schedules, id, 'Schedule')) }),
  },
  {
    method: 'GET', pattern: '/vendors', handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = VENDORS.filter((v) => matchesQuery(ctx.req.query, v.name)).slice().sort(byNameThenId);
      return ok(page('vendors', items, params, renderVendor));
    },
  },
  {
    method: 'GET', pattern: '/vendors/:id', handler: (_ctx, { id = '' }) => {
      const vendor = VENDORS.find((v) => v.id === id);
      if (!vendor) throw notFound(`Vendor ${id} not found.`);
      return ok({ vendor: renderVendor(vendor) });
    },
  },
];
