import type { JsonObject } from './json.ts';
import { VENDORS } from './vendors.ts';
import type { PdState } from './state.ts';

/** `self` links point at the real API host, as real responses do; clients must not follow them to the sandbox. */
export const API_BASE = 'https://api.pagerduty.com';
/** Invented account subdomain for `html_url`s. */
export const WEB_BASE = 'https://vigil-sandbox.pagerduty.com';

export type Kind = 'service' | 'escalation_policy' | 'team' | 'user' | 'schedule' | 'vendor';

const PATHS: Record<Kind, { api: string; web: string | null }> = {
  service: { api: 'services', web: 'service-directory' },
  escalation_policy: { api: 'escalation_policies', web: 'escalation_policies' },
  team: { api: 'teams', web: 'teams' },
  user: { api: 'users', web: 'users' },
  schedule: { api: 'schedules', web: 'schedules' },
  vendor: { api: 'vendors', web: null },
};

export function selfUrl(kind: Kind, id: string): string {
  return `${API_BASE}/${PATHS[kind].api}/${id}`;
}

export function htmlUrl(kind: Kind, id: string): string | null {
  const web = PATHS[kind].web;
  return web === null ? null : `${WEB_BASE}/${web}/${id}`;
}

function nameOf(state: PdState, kind: Kind, id: string): string {
  switch (kind) {
    case 'service': return state.services[id]?.name ?? id;
    case 'escalation_policy': return state.escalationPolicies[id]?.name ?? id;
    case 'team': return state.teams[id]?.name ?? id;
    case 'user': return state.users[id]?.name ?? id;
    case 'schedule': return state.schedules[id]?.name ?? id;
    case 'vendor': return VENDORS.find((v) => v.id === id)?.name ?? id;
  }
}

/** The common head of a full entity: id, type, summary, self, html_url. */
export function entityHead(kind: Kind, id: string, name: string): JsonObject {
  return { id, type: kind, summary: name, self: selfUrl(kind, id), html_url: htmlUrl(kind, id) };
}

/** An expanded reference, e.g. `{"id","type":"escalation_policy_reference","summary","self","html_url"}`. */
export function ref(state: PdState, kind: Kind, id: string): JsonObject {
  return {
    id, type: `${kind}_reference`, summary: nameOf(state, kind, id), self: selfUrl(kind, id), html_url: htmlUrl(kind, id),
  };
}

/** Every id any table uses, so a generated id never collides (vendor ids are fixed constants). */
export function idTaken(state: PdState): (id: string) => boolean {
  return (id) =>
    id in state.services || id in state.escalationPolicies || id in state.teams || id in state.users ||
    id in state.schedules || id in state.integrations || VENDORS.some((v) => v.id === id) ||
    Object.values(state.escalationPolicies).some((ep) => ep.escalation_rules.some((r) => r.id === id)) ||
    Object.values(state.schedules).some((s) => s.schedule_layers.some((l) => l.id === id));
}
