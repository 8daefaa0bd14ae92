import { Problems, unwrap } from './checks.ts';
import type { Route } from './context.ts';
import { created, includes, noContent, ok } from './context.ts';
import { notFound } from './errors.ts';
import { renderEscalationPolicy } from './escalation-policies.ts';
import { integrationRef, integrationsOf, renderIntegration } from './integrations.ts';
import type { JsonObject } from './json.ts';
import { byNameThenId, matchesQuery, page, readArrayParam, readListParams } from './list.ts';
import { entityHead, idTaken, ref } from './refs.ts';
import { readServiceFields, serviceDefaults } from './service-fields.ts';
import type { PdState, ServiceRecord } from './state.ts';
import { nextPid } from './state.ts';
import { renderTeam } from './teams.ts';

/** A service's teams are its escalation policy's teams (INFERENCE: the spec marks `teams` read-only). */
function teamsOf(state: PdState, s: ServiceRecord): string[] {
  return state.escalationPolicies[s.escalation_policy]?.teams ?? [];
}

/**
 * The full service; `include[]=integrations|escalation_policies|teams` embeds full objects instead of references,
 * which lets a client read every integration key in one paged listing.
 */
export function renderService(state: PdState, s: ServiceRecord, include: Set<string> = new Set()): JsonObject {
  const ep = state.escalationPolicies[s.escalation_policy];
  return {
    ...entityHead('service', s.id, s.name),
    name: s.name,
    description: s.description,
    auto_resolve_timeout: s.auto_resolve_timeout,
    acknowledgement_timeout: s.acknowledgement_timeout,
    created_at: s.created_at,
    updated_at: s.updated_at,
    status: s.status,
    last_incident_timestamp: null,
    escalation_policy: include.has('escalation_policies') && ep
      ? renderEscalationPolicy(state, ep) : ref(state, 'escalation_policy', s.escalation_policy),
    teams: teamsOf(state, s).map((t) => {
      const team = state.teams[t];
      return include.has('teams') && team ? renderTeam(state, team) : ref(state, 'team', t);
    }),
    integrations: integrationsOf(state, s.id).map((i) =>
      include.has('integrations') ? renderIntegration(state, i) : integrationRef(i)),
    addons: [],
    incident_urgency_rule: s.incident_urgency_rule,
    support_hours: s.support_hours,
    scheduled_actions: s.scheduled_actions,
    alert_creation: s.alert_creation,
    alert_grouping_parameters: s.alert_grouping_parameters,
    auto_pause_notifications_parameters: s.auto_pause_notifications_parameters,
  };
}

function findService(state: PdState, id: string): ServiceRecord {
  const service = state.services[id];
  if (!service) throw notFound(`Service ${id} not found.`);
  return service;
}

export const serviceRoutes: Route[] = [
  {
    method: 'GET', pattern: '/services', handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, 'team_ids');
      const exactName = q.get('name');
      const items = Object.values(ctx.state.services)
        .filter((s) => matchesQuery(q, s.name) && (exactName === null || s.name === exactName))
        .filter((s) => teamIds.length === 0 || teamsOf(ctx.state, s).some((t) => teamIds.includes(t)))
        .sort(byNameThenId);
      const include = includes(ctx);
      return ok(page('services', items, params, (s) => renderService(ctx.state, s, include)));
    },
  },
  {
    method: 'POST', pattern: '/services', handler: (ctx) => {
      const p = new Problems();
      const fields = readServiceFields(ctx.state, unwrap(ctx.body, 'service'), undefined, p);
      p.check();
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const service: ServiceRecord = {
        id, name: '', escalation_policy: '', ...serviceDefaults(), ...fields,
        created_at: ctx.timestamp, updated_at: ctx.timestamp,
      };
      ctx.state.services[id] = service;
      // INFERENCE: services created today process events with Event Orchestration, so `active` starts true.
      ctx.state.serviceOrchestrationActive[id] = true;
      return created({ service: renderService(ctx.state, service) });
    },
  },
  {
    method: 'GET', pattern: '/services/:id', handler: (ctx, { id = '' }) =>
      ok({ service: renderService(ctx.state, findService(ctx.state, id), includes(ctx)) }),
  },
  {
    method: 'PUT', pattern: '/services/:id', handler: (ctx, { id = '' }) => {
      const service = findService(ctx.state, id);
      const p = new Problems();
      const fields = readServiceFields(ctx.state, unwrap(ctx.body, 'service'), service, p);
      p.check();
      Object.assign(service, fields, { updated_at: ctx.timestamp });
      return ok({ service: renderService(ctx.state, service) });
    },
  },
  {
    method: 'DELETE', pattern: '/services/:id', handler: (ctx, { id = '' }) => {
      findService(ctx.state, id);
      const s = ctx.state;
      delete s.services[id];
      for (const i of integrationsOf(s, id)) delete s.integrations[i.id];
      delete s.orchestrationPaths[`service:${id}`];
      delete s.serviceOrchestrationActive[id];
      return noContent();
    },
  },
];
