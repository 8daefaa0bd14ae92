import { Problems, readEnum, readRef, readString, unwrap } from './checks.ts';
import type { Ctx, Route } from './context.ts';
import { created, noContent, ok } from './context.ts';
import { notFound, PdError } from './errors.ts';
import type { JsonObject } from './json.ts';
import { byNameThenId, matchesQuery, page, readListParams } from './list.ts';
import { entityHead, idTaken, ref } from './refs.ts';
import type { PdState, TeamRecord } from './state.ts';
import { nextPid } from './state.ts';

const DEFAULT_ROLES = ['manager', 'none'] as const;

export function renderTeam(state: PdState, t: TeamRecord): JsonObject {
  return {
    ...entityHead('team', t.id, t.name),
    name: t.name,
    description: t.description,
    default_role: t.default_role,
    parent: t.parent === null ? null : ref(state, 'team', t.parent),
  };
}

function findTeam(state: PdState, id: string): TeamRecord {
  const team = state.teams[id];
  if (!team) throw notFound(`Team ${id} not found.`);
  return team;
}

/** Team names are unique per account (INFERENCE from the UI; the spec does not say). */
function checkName(state: PdState, name: string | null | undefined, selfId: string | null, p: Problems): void {
  if (typeof name !== 'string') return;
  const clash = Object.values(state.teams).find((t) => t.id !== selfId && t.name.toLowerCase() === name.toLowerCase());
  if (clash) p.add(`"team.name": a team named ${JSON.stringify(name)} already exists (${clash.id}).`);
}

function readTeam(ctx: Ctx, selfId: string | null): Partial<TeamRecord> {
  const input = unwrap(ctx.body, 'team');
  const p = new Problems();
  if (input['type'] !== undefined && input['type'] !== 'team') p.add(`"team.type" must be "team".`);
  const name = readString(input, 'name', 'team.name', p, { required: selfId === null, nonBlank: true });
  checkName(ctx.state, name, selfId, p);
  const description = readString(input, 'description', 'team.description', p, { nullable: true });
  const defaultRole = readEnum(input, 'default_role', 'team.default_role', DEFAULT_ROLES, p);
  let parent: string | null | undefined;
  if (input['parent'] === null) parent = null;
  else parent = readRef(input['parent'], 'team.parent', 'team', (id) => id in ctx.state.teams && id !== selfId, p);
  p.check();
  const out: Partial<TeamRecord> = {};
  if (typeof name === 'string') out.name = name;
  if (description !== undefined) out.description = description;
  if (defaultRole !== undefined) out.default_role = defaultRole;
  if (parent !== undefined) out.parent = parent;
  return out;
}

export const teamRoutes: Route[] = [
  {
    method: 'GET', pattern: '/teams', handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = Object.values(ctx.state.teams).filter((t) => matchesQuery(ctx.req.query, t.name)).sort(byNameThenId);
      return ok(page('teams', items, params, (t) => renderTeam(ctx.state, t)));
    },
  },
  {
    method: 'POST', pattern: '/teams', handler: (ctx) => {
      const fields = readTeam(ctx, null);
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const team: TeamRecord = { id, name: '', description: null, default_role: 'manager', parent: null, ...fields };
      ctx.state.teams[id] = team;
      return created({ team: renderTeam(ctx.state, team) });
    },
  },
  {
    method: 'GET', pattern: '/teams/:id', handler: (ctx, { id = '' }) =>
      ok({ team: renderTeam(ctx.state, findTeam(ctx.state, id)) }),
  },
  {
    method: 'PUT', pattern: '/teams/:id', handler: (ctx, { id = '' }) => {
      const team = findTeam(ctx.state, id);
      Object.assign(team, readTeam(ctx, id));
      return ok({ team: renderTeam(ctx.state, team) });
    },
  },
  {
    method: 'DELETE', pattern: '/teams/:id', handler: (ctx, { id = '' }) => {
      findTeam(ctx.state, id);
      // API reference: deleting "succeeds only if the team has no associated Escalation Policies, Services,
      // Schedules and Subteams" (services belong to teams through their escalation policy here).
      const s = ctx.state;
      const users = [
        ...Object.values(s.escalationPolicies).filter((ep) => ep.teams.includes(id)).map((ep) => `escalation policy ${ep.id}`),
        ...Object.values(s.schedules).filter((sc) => sc.teams.includes(id)).map((sc) => `schedule ${sc.id}`),
        ...Object.values(s.teams).filter((t) => t.parent === id).map((t) => `subteam ${t.id}`),
        ...Object.values(s.orchestrations).filter((o) => o.team === id).map((o) => `event orchestration ${o.id}`),
      ];
      if (users.length > 0) {
        throw new PdError(400, 6006, 'Team has existing associations', [
          `Team ${id} is still used by ${users.join(', ')}. Remove those associations first.`,
        ]);
      }
      delete s.teams[id];
      for (const user of Object.values(s.users)) user.teams = user.teams.filter((t) => t !== id);
      return noContent();
    },
  },
];
