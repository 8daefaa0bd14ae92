import { Problems, readArray, readBool, readObject, readString, unwrap } from './checks.ts';
import type { Ctx, Route } from './context.ts';
import { ok } from './context.ts';
import { invalidInput, notFound } from './errors.ts';
import type { Json, JsonObject } from './json.ts';
import { describe, isObject } from './json.ts';
import { findOrchestration, orchestrationSelf } from './orchestrations.ts';
import { selfUrl } from './refs.ts';
import type { PathRecord, PdState } from './state.ts';
import { nextRuleId, nextVersion } from './state.ts';

type PathType = 'global' | 'router' | 'unrouted' | 'service';

const SEVERITIES = ['info', 'error', 'warning', 'critical'];
const EVENT_ACTIONS = ['trigger', 'resolve'];
const ROUTER_ACTIONS = new Set(['route_to', 'dynamic_route_to']);

/** What a path holds before its first PUT: one empty "start" set; the router's catch-all sends to "unrouted". */
function defaultPath(type: PathType): Pick<PathRecord, 'sets' | 'catch_all'> {
  return {
    sets: [{ id: 'start', rules: [] }],
    catch_all: { actions: type === 'router' ? { route_to: 'unrouted' } : {} },
  };
}

/** `null` and `""` mean "not set": go-pagerduty (and so Terraform) sends every action key with its zero value. */
const isUnset = (v: Json | undefined): boolean => v === undefined || v === null || v === '';

/** Checks the actions vigil and the spec's examples use; other action keys are stored as sent. */
function checkActions(state: PdState, type: PathType, actions: JsonObject, path: string, setIds: string[], catchAll: boolean, p: Problems): void {
  const routeTo = actions['route_to'];
  if (type === 'router') {
    for (const key of Object.keys(actions)) {
      if (!ROUTER_ACTIONS.has(key) && !isUnset(actions[key])) p.add(`"${path}.${key}" is not a router action; use route_to or dynamic_route_to.`);
    }
    if (catchAll) {
      if (routeTo !== 'unrouted') p.add(`"${path}.route_to" must be "unrouted" for the router's catch-all (got ${describe(routeTo)}).`);
    } else if (isUnset(routeTo) && isUnset(actions['dynamic_route_to'])) {
      p.add(`"${path}.route_to" is required: the id of the service to route to.`);
    } else if (!isUnset(routeTo) && !(typeof routeTo === 'string' && routeTo in state.services)) {
      p.add(`"${path}.route_to": service ${describe(routeTo)} not found.`);
    }
    return;
  }
  if (!isUnset(routeTo) && !(typeof routeTo === 'string' && setIds.includes(routeTo) && routeTo !== 'start')) {
    p.add(`"${path}.route_to" must name another set of this path (${setIds.filter((s) => s !== 'start').join(', ') || 'none defined'}); got ${describe(routeTo)}.`);
  }
  const severity = actions['severity'];
  if (!isUnset(severity) && !SEVERITIES.includes(String(severity))) p.add(`"${path}.severity" must be one of ${SEVERITIES.join(', ')} (got ${describe(severity)}).`);
  const eventAction = actions['event_action'];
  if (!isUnset(eventAction) && !EVENT_ACTIONS.includes(String(eventAction))) p.add(`"${path}.event_action" must be one of ${EVENT_ACTIONS.join(', ')} (got ${describe(eventAction)}).`);
  for (const key of ['suppress', 'drop_event']) {
    if (!isUnset(actions[key]) && typeof actions[key] !== 'boolean') p.add(`"${path}.${key}" must be true or false (got ${describe(actions[key])}).`);
  }
  for (const key of ['priority', 'annotate']) {
    if (!isUnset(actions[key]) && typeof actions[key] !== 'string') p.add(`"${path}.${key}" must be a string (got ${describe(actions[key])}).`);
  }
  const ep = actions['escalation_policy'];
  if (!isUnset(ep) && !(typeof ep === 'string' && ep in state.escalationPolicies)) p.add(`"${path}.escalation_policy": escalation policy ${describe(ep)} not found.`);
}

function readRule(ctx: Ctx, type: PathType, rule: Json, path: string, setIds: string[], p: Problems): JsonObject {
  if (!isObject(rule)) {
    p.add(`"${path}" must be an object (got ${describe(rule)}).`);
    return {};
  }
  const id = readString(rule, 'id', `${path}.id`, p, { nonBlank: true });
  const label = readString(rule, 'label', `${path}.label`, p, { nullable: true });
  const conditions = readArray(rule, 'conditions', `${path}.conditions`, p) ?? [];
  conditions.forEach((c, i) => {
    if (!isObject(c) || typeof c['expression'] !== 'string' || c['expression'].trim() === '') {
      p.add(`"${path}.conditions[${i}]" must be {"expression": "<PCL condition>"} with a non-empty expression.`);
    }
  });
  const disabled = readBool(rule, 'disabled', `${path}.disabled`, p) ?? false;
  const actions = readObject(rule, 'actions', `${path}.actions`, p, { required: true }) ?? {};
  checkActions(ctx.state, type, actions, `${path}.actions`, setIds, false, p);
  return { label: label ?? null, id: id ?? nextRuleId(ctx.state), conditions, actions, disabled };
}

/** Validates `{"orchestration_path":{"sets":[…],"catch_all":{"actions":{…}}}}` completely before anything is stored. */
function readPath(ctx: Ctx, type: PathType): Pick<PathRecord, 'sets' | 'catch_all'> {
  const input = unwrap(ctx.body, 'orchestration_path');
  const p = new Problems();
  const sets = readArray(input, 'sets', 'orchestration_path.sets', p, { required: true }) ?? [];
  const setIds = sets.map((s) => (isObject(s) && typeof s['id'] === 'string' ? s['id'] : ''));
  if (Array.isArray(input['sets']) && setIds[0] !== 'start') p.add(`"orchestration_path.sets[0].id" must be "start".`);
  if (type === 'router' && sets.length > 1) p.add(`"orchestration_path.sets" of a router holds exactly one set, "start" (got ${sets.length}).`);
  const out = sets.map((set, i): JsonObject => {
    const path = `orchestration_path.sets[${i}]`;
    if (!isObject(set)) {
      p.add(`"${path}" must be an object {"id", "rules"} (got ${describe(set)}).`);
      return {};
    }
    const id = readString(set, 'id', `${path}.id`, p, { required: true, nonBlank: true });
    if (id && setIds.indexOf(id) !== i) p.add(`"${path}.id" ${JSON.stringify(id)} is used by more than one set.`);
    const rules = readArray(set, 'rules', `${path}.rules`, p) ?? [];
    return { id: id ?? '', rules: rules.map((r, j) => readRule(ctx, type, r, `${path}.rules[${j}]`, setIds, p)) };
  });
  const catchAll = readObject(input, 'catch_all', 'orchestration_path.catch_all', p, { required: true });
  const catchAllActions = catchAll && readObject(catchAll, 'actions', 'orchestration_path.catch_all.actions', p, { required: true });
  if (catchAllActions) checkActions(ctx.state, type, catchAllActions, 'orchestration_path.catch_all.actions', setIds, true, p);
  p.check();
  return { sets: out, catch_all: { actions: catchAllActions ?? {} } };
}

/** The owner must exist; returns when it was created (the timestamps of a never-written path). */
function ownerCreatedAt(state: PdState, type: PathType, ownerId: string): string {
  if (type !== 'service') return findOrchestration(state, ownerId).created_at;
  const service = state.services[ownerId];
  if (!service) throw notFound(`Service ${ownerId} not found.`);
  return service.created_at;
}

function render(state: PdState, type: PathType, ownerId: string): JsonObject {
  const createdAt = ownerCreatedAt(state, type, ownerId);
  const stored = state.orchestrationPaths[`${type}:${ownerId}`];
  const path = stored ?? { ...defaultPath(type), created_at: createdAt, updated_at: createdAt, version: 'initial' };
  const service = type === 'service';
  return {
    orchestration_path: {
      type,
      parent: service
        ? { id: ownerId, type: 'service_reference', self: selfUrl('service', ownerId) }
        : { id: ownerId, type: 'event_orchestration_reference', self: orchestrationSelf(ownerId) },
      self: service ? `${orchestrationSelf('services')}/${ownerId}` : `${orchestrationSelf(ownerId)}/${type}`,
      sets: path.sets, catch_all: path.catch_all,
      created_at: path.created_at, created_by: null, updated_at: path.updated_at, updated_by: null, version: path.version,
    },
  };
}

function put(ctx: Ctx, type: PathType, ownerId: string): JsonObject {
  const createdAt = ownerCreatedAt(ctx.state, type, ownerId);
  const fields = readPath(ctx, type);
  const key = `${type}:${ownerId}`;
  const before = ctx.state.orchestrationPaths[key];
  ctx.state.orchestrationPaths[key] = {
    ...fields, created_at: before?.created_at ?? createdAt, updated_at: ctx.timestamp, version: nextVersion(ctx.state),
  };
  if (type !== 'service') {
    const o = findOrchestration(ctx.state, ownerId);
    o.updated_at = ctx.timestamp;
  }
  return render(ctx.state, type, ownerId);
}

function globalPathRoutes(type: Exclude<PathType, 'service'>): Route[] {
  return [
    { method: 'GET', pattern: `/event_orchestrations/:id/${type}`, handler: (ctx, { id = '' }) => ok(render(ctx.state, type, id)) },
    { method: 'PUT', pattern: `/event_orchestrations/:id/${type}`, handler: (ctx, { id = '' }) => ok(put(ctx, type, id)) },
  ];
}

/** Listed before the orchestration routes so `/event_orchestrations/services/…` never reads as an orchestration id. */
export const orchestrationPathRoutes: Route[] = [
  { method: 'GET', pattern: '/event_orchestrations/services/:sid', handler: (ctx, { sid = '' }) => ok(render(ctx.state, 'service', sid)) },
  { method: 'PUT', pattern: '/event_orchestrations/services/:sid', handler: (ctx, { sid = '' }) => ok(put(ctx, 'service', sid)) },
  {
    method: 'GET', pattern: '/event_orchestrations/services/:sid/active', handler: (ctx, { sid = '' }) => {
      ownerCreatedAt(ctx.state, 'service', sid);
      return ok({ active: ctx.state.serviceOrchestrationActive[sid] ?? true });
    },
  },
  {
    method: 'PUT', pattern: '/event_orchestrations/services/:sid/active', handler: (ctx, { sid = '' }) => {
      ownerCreatedAt(ctx.state, 'service', sid);
      const active = isObject(ctx.body) ? ctx.body['active'] : undefined;
      if (typeof active !== 'boolean') throw invalidInput([`"active" must be true or false (got ${describe(active)}).`]);
      ctx.state.serviceOrchestrationActive[sid] = active;
      return ok({ active });
    },
  },
  ...globalPathRoutes('global'),
  ...globalPathRoutes('router'),
  ...globalPathRoutes('unrouted'),
];
