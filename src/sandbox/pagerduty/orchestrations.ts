import { Problems, readRef, readString, unwrap } from './checks.ts';
import type { Ctx, Route } from './context.ts';
import { created, noContent, ok } from './context.ts';
import { notFound } from './errors.ts';
import type { Json, JsonObject } from './json.ts';
import { byNameThenId, matchesQuery, page, readListParams } from './list.ts';
import { API_BASE, selfUrl } from './refs.ts';
import type { OrchestrationRecord, PdState } from './state.ts';
import { nextRoutingKey, nextUuid, nextVersion } from './state.ts';

export function orchestrationSelf(id: string): string {
  return `${API_BASE}/event_orchestrations/${id}`;
}

/** Router rules count as the orchestration's `routes` (spec: "number of Routes using this orchestration"). */
function routeCount(state: PdState, id: string): number {
  const sets = state.orchestrationPaths[`router:${id}`]?.sets ?? [];
  return sets.reduce((n, set) => n + (Array.isArray(set['rules']) ? set['rules'].length : 0), 0);
}

/** Shape from apis.md §5 and go-pagerduty; `created_by`/`updated_by` are null because account tokens have no user. */
export function renderOrchestration(state: PdState, o: OrchestrationRecord): JsonObject {
  return {
    id: o.id,
    self: orchestrationSelf(o.id),
    name: o.name,
    description: o.description,
    team: o.team === null ? null : { id: o.team, type: 'team_reference', self: selfUrl('team', o.team) },
    integrations: o.integrations.map((i): Json => ({
      id: i.id, label: i.label, parameters: { routing_key: i.routing_key, type: 'global' },
    })),
    routes: routeCount(state, o.id),
    created_at: o.created_at,
    created_by: null,
    updated_at: o.updated_at,
    updated_by: null,
    version: o.version,
  };
}

export function findOrchestration(state: PdState, id: string): OrchestrationRecord {
  const o = state.orchestrations[id];
  if (!o) throw notFound(`Event orchestration ${id} not found.`);
  return o;
}

function readOrchestration(ctx: Ctx, current: OrchestrationRecord | undefined): Partial<OrchestrationRecord> {
  const input = unwrap(ctx.body, 'orchestration');
  const p = new Problems();
  const name = readString(input, 'name', 'orchestration.name', p, { required: !current, nonBlank: true });
  const description = readString(input, 'description', 'orchestration.description', p, { nullable: true });
  const team = input['team'] === null ? null
    : readRef(input['team'], 'orchestration.team', 'team', (id) => id in ctx.state.teams, p);
  p.check();
  const out: Partial<OrchestrationRecord> = {};
  if (typeof name === 'string') out.name = name;
  if (description !== undefined) out.description = description;
  if (team !== undefined) out.team = team;
  return out;
}

export const orchestrationRoutes: Route[] = [
  {
    // The list key is `orchestrations`, not the path's `event_orchestrations`, so pdjs's `resource`/`all()` cannot
    // page this collection: page it by hand with `offset` (as in the real API).
    method: 'GET', pattern: '/event_orchestrations', handler: (ctx) => {
      const params = readListParams(ctx.req.query);
      const items = Object.values(ctx.state.orchestrations).filter((o) => matchesQuery(ctx.req.query, o.name)).sort(byNameThenId);
      return ok(page('orchestrations', items, params, (o) => renderOrchestration(ctx.state, o)));
    },
  },
  {
    method: 'POST', pattern: '/event_orchestrations', handler: (ctx) => {
      const fields = readOrchestration(ctx, undefined);
      const id = nextUuid(ctx.state);
      const o: OrchestrationRecord = {
        id, name: '', description: null, team: null, ...fields,
        integrations: [{ id: nextUuid(ctx.state), label: null, routing_key: nextRoutingKey(ctx.state) }],
        created_at: ctx.timestamp, updated_at: ctx.timestamp, version: nextVersion(ctx.state),
      };
      ctx.state.orchestrations[id] = o;
      return created({ orchestration: renderOrchestration(ctx.state, o) });
    },
  },
  {
    method: 'GET', pattern: '/event_orchestrations/:id', handler: (ctx, { id = '' }) =>
      ok({ orchestration: renderOrchestration(ctx.state, findOrchestration(ctx.state, id)) }),
  },
  {
    method: 'PUT', pattern: '/event_orchestrations/:id', handler: (ctx, { id = '' }) => {
      const o = findOrchestration(ctx.state, id);
      Object.assign(o, readOrchestration(ctx, o), { updated_at: ctx.timestamp, version: nextVersion(ctx.state) });
      return ok({ orchestration: renderOrchestration(ctx.state, o) });
    },
  },
  {
    method: 'DELETE', pattern: '/event_orchestrations/:id', handler: (ctx, { id = '' }) => {
      findOrchestration(ctx.state, id);
      delete ctx.state.orchestrations[id];
      for (const type of ['global', 'router', 'unrouted']) delete ctx.state.orchestrationPaths[`${type}:${id}`];
      return noContent();
    },
  },
];
