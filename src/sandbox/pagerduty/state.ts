import { createHash } from 'node:crypto';
import type { Json, JsonObject } from './json.ts';
import { isObject } from './json.ts';

/**
 * The PagerDuty emulator's whole state: plain JSON, so `snapshot()` is a deep copy and `--state FILE` can persist it.
 * Records keep references as bare ids; responses expand them at read time, so a renamed policy shows its new
 * summary everywhere (as the real API does).
 */
export interface PdState {
  version: 1;
  /** Drives every generated id and key, so a run is reproducible and a restored state continues the sequence. */
  counter: number;
  services: Record<string, ServiceRecord>;
  escalationPolicies: Record<string, EscalationPolicyRecord>;
  teams: Record<string, TeamRecord>;
  users: Record<string, UserRecord>;
  schedules: Record<string, ScheduleRecord>;
  integrations: Record<string, IntegrationRecord>;
  orchestrations: Record<string, OrchestrationRecord>;
  /** Orchestration paths keyed `<type>:<owner id>` (`router:<orchestration id>`, `service:<service id>`, …). */
  orchestrationPaths: Record<string, PathRecord>;
  /** `/event_orchestrations/services/{id}/active`, per service. */
  serviceOrchestrationActive: Record<string, boolean>;
}

export interface ServiceRecord {
  id: string;
  name: string;
  description: string | null;
  auto_resolve_timeout: number | null;
  acknowledgement_timeout: number | null;
  status: string;
  escalation_policy: string;
  incident_urgency_rule: JsonObject;
  support_hours: JsonObject | null;
  scheduled_actions: Json[];
  alert_creation: string;
  alert_grouping_parameters: JsonObject;
  auto_pause_notifications_parameters: JsonObject;
  created_at: string;
  updated_at: string;
}

export interface EscalationTarget {
  type: 'user' | 'schedule';
  id: string;
}

export interface EscalationRuleRecord {
  id: string;
  escalation_delay_in_minutes: number;
  targets: EscalationTarget[];
}

export interface EscalationPolicyRecord {
  id: string;
  name: string;
  description: string | null;
  num_loops: number;
  on_call_handoff_notifications: string;
  teams: string[];
  escalation_rules: EscalationRuleRecord[];
}

export interface TeamRecord {
  id: string;
  name: string;
  description: string | null;
  default_role: string;
  parent: string | null;
}

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  time_zone: string;
  color: string;
  role: string;
  job_title: string;
  description: string | null;
  teams: string[];
}

export interface ScheduleLayerRecord {
  id: string;
  name: string;
  start: string;
  rotation_virtual_start: string;
  rotation_turn_length_seconds: number;
  users: string[];
}

export interface ScheduleRecord {
  id: string;
  name: string;
  description: string | null;
  time_zone: string;
  teams: string[];
  schedule_layers: ScheduleLayerRecord[];
}

export interface IntegrationRecord {
  id: string;
  service: string;
  type: string;
  name: string;
  vendor: string | null;
  integration_key: string | null;
  integration_email: string | null;
  created_at: string;
}

export interface OrchestrationRecord {
  id: string;
  name: string;
  description: string | null;
  team: string | null;
  integrations: { id: string; label: string | null; routing_key: string }[];
  created_at: string;
  updated_at: string;
  version: string;
}

export interface PathRecord {
  sets: JsonObject[];
  catch_all: JsonObject;
  created_at: string;
  updated_at: string;
  version: string;
}

const TABLES = [
  'services', 'escalationPolicies', 'teams', 'users', 'schedules', 'integrations', 'orchestrations',
  'orchestrationPaths', 'serviceOrchestrationActive',
] as const;

export function emptyState(): PdState {
  return {
    version: 1, counter: 0, services: {}, escalationPolicies: {}, teams: {}, users: {}, schedules: {},
    integrations: {}, orchestrations: {}, orchestrationPaths: {}, serviceOrchestrationActive: {},
  };
}

/** Checks the outline of a persisted state (a wrong file should fail loudly, not answer garbage) and copies it. */
export function parseState(raw: unknown): PdState {
  const fail = (why: string): never => {
    const err = new Error(`PagerDuty sandbox state is not usable: ${why}. Hint: delete the state file to start fresh.`);
    err.name = 'SandboxStateError';
    throw err;
  };
  if (!isObject(raw)) return fail('expected a JSON object');
  if (raw['version'] !== 1) return fail(`"version" must be 1 (got ${JSON.stringify(raw['version'])})`);
  const counter = raw['counter'];
  if (typeof counter !== 'number' || !Number.isInteger(counter) || counter < 0) {
    return fail('"counter" must be a non-negative integer');
  }
  for (const table of TABLES) if (!isObject(raw[table])) fail(`"${table}" must be an object`);
  return structuredClone(raw) as unknown as PdState;
}

// 36^6 ids; the multiplier is coprime to 36, so counter → id is a bijection: ids look random yet never repeat.
const ID_SPACE = 36n ** 6n;
const ID_MULTIPLIER = 1_500_450_271n;
const ID_OFFSET = 918_273_645n;

function counterTick(state: PdState): number {
  state.counter += 1;
  return state.counter;
}

/** A 7-character PagerDuty-style id (`P` + 6 of [0-9A-Z]), deterministic from the counter and unused anywhere. */
export function nextPid(state: PdState, taken: (id: string) => boolean): string {
  for (;;) {
    const n = (BigInt(counterTick(state)) * ID_MULTIPLIER + ID_OFFSET) % ID_SPACE;
    const id = 'P' + n.toString(36).toUpperCase().padStart(6, '0');
    if (!taken(id)) return id;
  }
}

/** Hex digest of the next counter value: the source for keys and UUIDs (invented format, deterministic). */
function nextDigest(state: PdState, purpose: string): string {
  return createHash('sha256').update(`vigil-sandbox:${purpose}:${counterTick(state)}`).digest('hex');
}

/** 32 lowercase hex characters, the shape of a real Events API integration key. */
export function nextIntegrationKey(state: PdState): string {
  return nextDigest(state, 'integration-key').slice(0, 32);
}

/** A version-4-shaped UUID, as event orchestration and orchestration integration ids are. */
export function nextUuid(state: PdState): string {
  const h = nextDigest(state, 'uuid');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** 8 hex characters, like the ids PagerDuty gives orchestration rules. */
export function nextRuleId(state: PdState): string {
  return nextDigest(state, 'rule').slice(0, 8);
}

/** `R0` + 30 of [0-9A-Z]: the look of a real orchestration routing key (exact alphabet invented). */
export function nextRoutingKey(state: PdState): string {
  const h = nextDigest(state, 'routing-key');
  let out = 'R0';
  for (let i = 0; out.length < 32; i += 2) out += (parseInt(h.slice(i, i + 2), 16) % 36).toString(36).toUpperCase();
  return out;
}

/** A new opaque version string for orchestrations and their paths. */
export function nextVersion(state: PdState): string {
  return nextDigest(state, 'version').slice(0, 12);
}

/** ISO-8601 at second precision, the precision the real API shows. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
