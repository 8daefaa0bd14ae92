import { Problems, readArray, readEnum, readInt, readRefList, readString, unwrap } from './checks.ts';
import type { Ctx, Route } from './context.ts';
import { created, noContent, ok } from './context.ts';
import { invalidInput, notFound } from './errors.ts';
import type { Json, JsonObject } from './json.ts';
import { describe, isObject } from './json.ts';
import { byNameThenId, matchesQuery, page, readArrayParam, readListParams } from './list.ts';
import { entityHead, idTaken, ref } from './refs.ts';
import type { EscalationPolicyRecord, EscalationRuleRecord, EscalationTarget, PdState } from './state.ts';
import { nextPid } from './state.ts';

const HANDOFF = ['if_has_services', 'always'] as const;

export function renderEscalationPolicy(state: PdState, ep: EscalationPolicyRecord): JsonObject {
  const services = Object.values(state.services).filter((s) => s.escalation_policy === ep.id).sort(byNameThenId);
  return {
    ...entityHead('escalation_policy', ep.id, ep.name),
    name: ep.name,
    description: ep.description,
    num_loops: ep.num_loops,
    on_call_handoff_notifications: ep.on_call_handoff_notifications,
    escalation_rules: ep.escalation_rules.map((r) => ({
      id: r.id,
      escalation_delay_in_minutes: r.escalation_delay_in_minutes,
      targets: r.targets.map((t) => ref(state, t.type, t.id)),
    })),
    services: services.map((s) => ref(state, 'service', s.id)),
    teams: ep.teams.map((t) => ref(state, 'team', t)),
  };
}

function findPolicy(state: PdState, id: string): EscalationPolicyRecord {
  const ep = state.escalationPolicies[id];
  if (!ep) throw notFound(`Escalation policy ${id} not found.`);
  return ep;
}

/** Validates one target; `user_reference`/`schedule_reference` (or the bare types) naming an existing object. */
function readTarget(state: PdState, value: Json, path: string, p: Problems): EscalationTarget | undefined {
  if (!isObject(value)) {
    p.add(`"${path}" must be an object {"id", "type": "user_reference" | "schedule_reference"} (got ${describe(value)}).`);
    return undefined;
  }
  const type = String(value['type'] ?? '').replace(/_reference$/, '');
  const id = value['id'];
  if (type !== 'user' && type !== 'schedule') {
    p.add(`"${path}.type" must be "user_reference" or "schedule_reference" (got ${describe(value['type'])}).`);
    return undefined;
  }
  if (typeof id !== 'string' || !(id in (type === 'user' ? state.users : state.schedules))) {
    p.add(`"${path}.id": ${type} ${describe(id)} not found.`);
    return undefined;
  }
  return { type, id };
}

interface RuleInput {
  escalation_delay_in_minutes: number;
  targets: EscalationTarget[];
  keepId?: string;
}

/** Rules keep their ids when the client echoes them back (as a GET-modify-PUT does); new rules get new ids. */
function readRules(ctx: Ctx, list: Json[], existing: EscalationRuleRecord[], p: Problems): RuleInput[] {
  if (list.length === 0) p.add(`"escalation_policy.escalation_rules" must contain at least one rule.`);
  return list.map((rule, i) => {
    const path = `escalation_policy.escalation_rules[${i}]`;
    if (!isObject(rule)) {
      p.add(`"${path}" must be an object (got ${describe(rule)}).`);
      return { escalation_delay_in_minutes: 0, targets: [] };
    }
    const delay = readInt(rule, 'escalation_delay_in_minutes', `${path}.escalation_delay_in_minutes`, p, { required: true, min: 1 });
    const targets = readArray(rule, 'targets', `${path}.targets`, p, { required: true }) ?? [];
    if (Array.isArray(rule['targets']) && targets.length === 0) p.add(`"${path}.targets" must contain at least one target.`);
    const parsed = targets.map((t, j) => readTarget(ctx.state, t, `${path}.targets[${j}]`, p));
    const keepId = typeof rule['id'] === 'string' && existing.some((r) => r.id === rule['id']) ? rule['id'] : undefined;
    return {
      escalation_delay_in_minutes: delay ?? 0,
      targets: parsed.filter((t): t is EscalationTarget => t !== undefined),
      ...(keepId === undefined ? {} : { keepId }),
    };
  });
}

function readPolicy(ctx: Ctx, current: EscalationPolicyRecord | undefined): Partial<EscalationPolicyRecord> {
  const input = unwrap(ctx.body, 'escalation_policy');
  const p = new Problems();
  if (input['type'] !== undefined && input['type'] !== 'escalation_policy') {
    p.add(`"escalation_policy.type" must be "escalation_policy" (got ${describe(input['type'])}).`);
  }
  const name = readString(input, 'name', 'escalation_policy.name', p, { required: !current, nonBlank: true });
  if (typeof name === 'string') {
    const clash = Object.values(ctx.state.escalationPolicies).find((e) => e.id !== current?.id && e.name.toLowerCase() === name.toLowerCase());
    // The dev docs list "Escalation Policy has already been taken" under code 2001.
    if (clash) p.add(`Escalation Policy has already been taken: ${JSON.stringify(name)} is used by ${clash.id}.`);
  }
  const description = readString(input, 'description', 'escalation_policy.description', p, { nullable: true });
  const numLoops = readInt(input, 'num_loops', 'escalation_policy.num_loops', p, { min: 0, max: 9 });
  const handoff = readEnum(input, 'on_call_handoff_notifications', 'escalation_policy.on_call_handoff_notifications', HANDOFF, p);
  const teams = readRefList(input, 'teams', 'escalation_policy.teams', 'team', (id) => id in ctx.state.teams, p);
  const rulesIn = readArray(input, 'escalation_rules', 'escalation_policy.escalation_rules', p, { required: !current });
  const rules = rulesIn && readRules(ctx, rulesIn, current?.escalation_rules ?? [], p);
  p.check();
  const out: Partial<EscalationPolicyRecord> = {};
  if (typeof name === 'string') out.name = name;
  if (description !== undefined) out.description = description;
  if (typeof numLoops === 'number') out.num_loops = numLoops;
  if (handoff !== undefined) out.on_call_handoff_notifications = handoff;
  if (teams !== undefined) out.teams = teams;
  if (rules) {
    out.escalation_rules = rules.map(({ keepId, ...rule }) => ({
      id: keepId ?? nextPid(ctx.state, idTaken(ctx.state)), ...rule,
    }));
  }
  return out;
}

export const escalationPolicyRoutes: Route[] = [
  {
    method: 'GET', pattern: '/escalation_policies', handler: (ctx) => {
      const q = ctx.req.query;
      const params = readListParams(q);
      const teamIds = readArrayParam(q, 'team_ids');
      const userIds = readArrayParam(q, 'user_ids');
      const items = Object.values(ctx.state.escalationPolicies)
        .filter((ep) => matchesQuery(q, ep.name))
        .filter((ep) => teamIds.length === 0 || ep.teams.some((t) => teamIds.includes(t)))
        .filter((ep) => userIds.length === 0 ||
          ep.escalation_rules.some((r) => r.targets.some((t) => t.type === 'user' && userIds.includes(t.id))))
        .sort(byNameThenId);
      return ok(page('escalation_policies', items, params, (ep) => renderEscalationPolicy(ctx.state, ep)));
    },
  },
  {
    method: 'POST', pattern: '/escalation_policies', handler: (ctx) => {
      const fields = readPolicy(ctx, undefined);
      const id = nextPid(ctx.state, idTaken(ctx.state));
      const ep: EscalationPolicyRecord = {
        id, name: '', description: null, num_loops: 0, on_call_handoff_notifications: 'if_has_services',
        teams: [], escalation_rules: [], ...fields,
      };
      ctx.state.escalationPolicies[id] = ep;
      return created({ escalation_policy: renderEscalationPolicy(ctx.state, ep) });
    },
  },
  {
    method: 'GET', pattern: '/escalation_policies/:id', handler: (ctx, { id = '' }) =>
      ok({ escalation_policy: renderEscalationPolicy(ctx.state, findPolicy(ctx.state, id)) }),
  },
  {
    method: 'PUT', pattern: '/escalation_policies/:id', handler: (ctx, { id = '' }) => {
      const ep = findPolicy(ctx.state, id);
      Object.assign(ep, readPolicy(ctx, ep));
      return ok({ escalation_policy: renderEscalationPolicy(ctx.state, ep) });
    },
  },
  {
    method: 'DELETE', pattern: '/escalation_policies/:id', handler: (ctx, { id = '' }) => {
      findPolicy(ctx.state, id);
      const users = Object.values(ctx.state.services).filter((s) => s.escalation_policy === id).map((s) => s.id);
      // Invented wording; the real API also refuses to delete a policy that services still use.
      if (users.length > 0) {
        throw invalidInput([`Escalation policy ${id} is in use by service(s) ${users.join(', ')}; reassign or delete them first.`]);
      }
      delete ctx.state.escalationPolicies[id];
      return noContent();
    },
  },
];
