// Request validation for monitor create, update and validate: reject what the real API rejects, with its texts
// where they are known (errors.ts says which are real).
import type { SandboxResponse } from '../http-types.ts';
import { MESSAGES, ddError, invalidParameter, pyFloat } from './errors.ts';
import { type JsonObject, isObject } from './model.ts';
import { MONITOR_TYPES, toNumber } from './monitor-normalize.ts';
import { checkQuery } from './query.ts';
import type { DatadogStore } from './store.ts';

/** The writable top-level fields of a monitor (spec `Monitor` / `MonitorUpdateRequest`); others are ignored. */
export interface MonitorInput {
  type?: string;
  query?: string;
  name?: string;
  message?: string;
  tags?: string[];
  options?: JsonObject;
  priority?: number | null;
  restricted_roles?: string[] | null;
  draft_status?: string;
  assets?: unknown[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; response: SandboxResponse };

const fail = (...messages: string[]): { ok: false; response: SandboxResponse } => ({ ok: false, response: ddError(400, ...messages) });

/** Reads the writable fields and checks their types; `type` and `query` are required unless `partial` (PUT). */
export function readMonitorInput(body: unknown, partial: boolean): Checked<MonitorInput> {
  if (!isObject(body)) return fail(MESSAGES.invalidJson);
  const input: MonitorInput = {};
  if (body['type'] !== undefined || !partial) {
    if (typeof body['type'] !== 'string' || !MONITOR_TYPES.has(body['type'])) return fail(invalidParameter('type'));
    input.type = body['type'];
  }
  if (body['query'] !== undefined || !partial) {
    if (typeof body['query'] !== 'string' || body['query'].trim() === '') return fail(MESSAGES.queryInvalid);
    input.query = body['query'];
  }
  for (const key of ['name', 'message', 'draft_status'] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return fail(invalidParameter(key));
    input[key] = value;
  }
  if (body['tags'] !== undefined) {
    const tags = body['tags'];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return fail(invalidParameter('tags'));
    input.tags = tags;
  }
  if (body['options'] !== undefined) {
    if (!isObject(body['options'])) return fail(invalidParameter('options'));
    input.options = body['options'];
  }
  if (body['priority'] !== undefined) {
    const p = body['priority'];
    // "Integer from 1 (high) to 5 (low)" (spec description); enforcing the range is inference. 0 means none: it is
    // accepted and stored as null (OBSERVED: TestAccDatadogMonitor_BasicNoTreshold, 2023-06).
    if (p !== null && !(Number.isInteger(p) && (p as number) >= 0 && (p as number) <= 5)) return fail(invalidParameter('priority'));
    input.priority = p === 0 ? null : p as number | null;
  }
  if (body['restricted_roles'] !== undefined) {
    const roles = body['restricted_roles'];
    if (roles !== null && !(Array.isArray(roles) && roles.every((r) => typeof r === 'string'))) return fail(invalidParameter('restricted_roles'));
    input.restricted_roles = roles as string[] | null;
  }
  if (body['assets'] !== undefined) {
    if (!Array.isArray(body['assets'])) return fail(invalidParameter('assets'));
    input.assets = body['assets'];
  }
  return { ok: true, value: input };
}

export interface QueryFacts {
  multi: boolean;
}

/** Checks a complete monitor (after a PUT is merged): query, thresholds against the query, references. */
export function checkMonitor(store: DatadogStore, type: string, query: string, options: JsonObject | undefined): Checked<QueryFacts> {
  const q = checkQuery(type, query);
  if (!q.ok) return fail(q.message);
  const thresholds = options?.['thresholds'];
  if (thresholds !== undefined && thresholds !== null) {
    if (!isObject(thresholds)) return fail(invalidParameter('thresholds'));
    const problem = checkThresholds(thresholds, q.comparator, q.threshold);
    if (problem) return fail(problem);
  }
  const missingMonitors = q.monitorRefs.filter((id) => !store.monitors.has(id));
  // Invented wording: the real text for a composite naming an unknown monitor is not recorded.
  if (missingMonitors.length > 0) return fail(invalidParameter('query', `monitor(s) ${missingMonitors.join(', ')} do not exist`));
  const missingSlos = q.sloRefs.filter((id) => !store.slos.has(id));
  if (missingSlos.length > 0) return fail(invalidParameter('query', `SLO(s) ${missingSlos.join(', ')} do not exist`)); // invented
  return { ok: true, value: { multi: q.multi } };
}

/** The thresholds Datadog evaluates (spec `MonitorThresholds`). */
const NUMERIC_THRESHOLDS = new Set(['critical', 'critical_recovery', 'ok', 'unknown', 'warning', 'warning_recovery']);

function checkThresholds(raw: JsonObject, comparator: string | undefined, queryThreshold: number | undefined): string | undefined {
  const t: Record<string, number | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) continue;
    const n = toNumber(value);
    // Other keys are stored as sent: monitors exported from real Datadog carry the UI's `comparison`, `period` and
    // `timeAggregator` here (integrations-extras corpus), so the API accepted them.
    if (n === undefined && !NUMERIC_THRESHOLDS.has(key)) continue;
    if (n === undefined) return invalidParameter('thresholds', `"${key}" must be a number`); // invented detail
    t[key] = n;
  }
  const critical = t['critical'];
  if (critical === undefined) return t['warning'] !== undefined ? MESSAGES.alertStatusRequired : undefined;
  if (queryThreshold !== undefined && critical !== queryThreshold) {
    // Real text (datadogpy integration test, user reports).
    return `Alert threshold (${pyFloat(critical)}) does not match that used in the query (${pyFloat(queryThreshold)}).`;
  }
  const above = comparator === '>' || comparator === '>=';
  const below = comparator === '<' || comparator === '<=';
  if (!above && !below) return undefined;
  // Ordering rules follow the alert semantics; these texts are invented (the real ones are not recorded).
  const warning = t['warning'];
  if (warning !== undefined && (above ? warning >= critical : warning <= critical)) {
    return `Warning threshold (${pyFloat(warning)}) must be ${above ? 'less' : 'greater'} than the alert threshold (${pyFloat(critical)}).`;
  }
  const recovery = t['critical_recovery'];
  if (recovery !== undefined && (above ? recovery >= critical : recovery <= critical)) {
    return `Alert recovery threshold (${pyFloat(recovery)}) must be ${above ? 'less' : 'greater'} than the alert threshold (${pyFloat(critical)}).`;
  }
  const warningRecovery = t['warning_recovery'];
  if (warning !== undefined && warningRecovery !== undefined && (above ? warningRecovery >= warning : warningRecovery <= warning)) {
    return `Warning recovery threshold (${pyFloat(warningRecovery)}) must be ${above ? 'less' : 'greater'} than the warning threshold (${pyFloat(warning)}).`;
  }
  return undefined;
}
