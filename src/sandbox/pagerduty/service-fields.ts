import type { Problems } from './checks.ts';
import { readArray, readEnum, readInt, readObject, readRef, readString } from './checks.ts';
import type { Json, JsonObject } from './json.ts';
import { isObject } from './json.ts';
import type { PdState, ServiceRecord } from './state.ts';

/** Enums and defaults from the spec's Service schema (apis.md §5). */
export const SERVICE_STATUSES = ['active', 'warning', 'critical', 'maintenance', 'disabled'] as const;
export const ALERT_CREATION = ['create_incidents', 'create_alerts_and_incidents'] as const;
export const URGENCIES = ['low', 'high', 'severity_based'] as const;
const URGENCY_RULE_TYPES = ['constant', 'use_support_hours'] as const;

/**
 * Defaults a create fills in. `acknowledgement_timeout`: the spec's schema default is 1800 while its request
 * example shows 600; the schema default wins. `alert_grouping_parameters` and `auto_pause_notifications_parameters`
 * defaults are invented (the spec gives none).
 */
export function serviceDefaults(): Omit<ServiceRecord, 'id' | 'name' | 'escalation_policy' | 'created_at' | 'updated_at'> {
  return {
    description: null,
    auto_resolve_timeout: 14400,
    acknowledgement_timeout: 1800,
    status: 'active',
    incident_urgency_rule: { type: 'constant', urgency: 'high' },
    support_hours: null,
    scheduled_actions: [],
    alert_creation: 'create_alerts_and_incidents',
    alert_grouping_parameters: { type: null },
    auto_pause_notifications_parameters: { enabled: false, timeout: null },
  };
}

function readUrgency(obj: JsonObject, key: string, path: string, p: Problems): JsonObject | undefined {
  const part = readObject(obj, key, path, p, { required: true });
  if (!part) return undefined;
  readEnum(part, 'type', `${path}.type`, ['constant'], p, { required: true });
  const urgency = readEnum(part, 'urgency', `${path}.urgency`, URGENCIES, p, { required: true });
  return { type: 'constant', urgency: urgency ?? 'high' };
}

function readUrgencyRule(rule: JsonObject, p: Problems): JsonObject | undefined {
  const path = 'service.incident_urgency_rule';
  const type = readEnum(rule, 'type', `${path}.type`, URGENCY_RULE_TYPES, p, { required: true });
  if (type === 'constant') {
    const urgency = readEnum(rule, 'urgency', `${path}.urgency`, URGENCIES, p);
    return { type, urgency: urgency ?? 'high' };
  }
  if (type === 'use_support_hours') {
    const during = readUrgency(rule, 'during_support_hours', `${path}.during_support_hours`, p);
    const outside = readUrgency(rule, 'outside_support_hours', `${path}.outside_support_hours`, p);
    if (during && outside) return { type, during_support_hours: during, outside_support_hours: outside };
  }
  return undefined;
}

/**
 * Reads the writable fields of `{"service":{…}}`; `current` is the stored service on PUT (PUT is a partial
 * update: absent fields keep their value). Read-only fields (`id`, `teams`, `integrations`, …) are ignored.
 */
export function readServiceFields(
  state: PdState, input: JsonObject, current: ServiceRecord | undefined, p: Problems,
): Partial<ServiceRecord> {
  const out: Partial<ServiceRecord> = {};
  if (input['type'] !== undefined && input['type'] !== 'service') p.add(`"service.type" must be "service".`);
  const name = readString(input, 'name', 'service.name', p, { required: !current, nonBlank: true });
  if (typeof name === 'string') {
    // Service names are unique per account ("Name has already been taken" in the real API).
    const clash = Object.values(state.services).find((s) => s.id !== current?.id && s.name.toLowerCase() === name.toLowerCase());
    if (clash) p.add(`"service.name": Name has already been taken (by service ${clash.id}).`);
    else out.name = name;
  }
  const description = readString(input, 'description', 'service.description', p, { nullable: true });
  if (description !== undefined) out.description = description;
  for (const key of ['auto_resolve_timeout', 'acknowledgement_timeout'] as const) {
    const seconds = readInt(input, key, `service.${key}`, p, { min: 0, nullable: true });
    if (seconds !== undefined) out[key] = seconds;
  }
  const status = readEnum(input, 'status', 'service.status', SERVICE_STATUSES, p);
  // The spec: status "must be active when creating".
  if (!current && status !== undefined && status !== 'active') p.add(`"service.status" must be "active" when creating a service.`);
  else if (status !== undefined) out.status = status;
  const ep = readRef(input['escalation_policy'], 'service.escalation_policy', 'escalation_policy',
    (id) => id in state.escalationPolicies, p, { required: !current });
  if (ep !== undefined) out.escalation_policy = ep;
  const alertCreation = readEnum(input, 'alert_creation', 'service.alert_creation', ALERT_CREATION, p);
  if (alertCreation !== undefined) out.alert_creation = alertCreation;
  const urgency = readObject(input, 'incident_urgency_rule', 'service.incident_urgency_rule', p);
  const rule = urgency && readUrgencyRule(urgency, p);
  if (rule) out.incident_urgency_rule = rule;
  const supportHours = readObject(input, 'support_hours', 'service.support_hours', p, { nullable: true });
  if (supportHours) checkSupportHours(supportHours, p);
  if (supportHours !== undefined) out.support_hours = supportHours;
  const scheduled = readArray(input, 'scheduled_actions', 'service.scheduled_actions', p);
  scheduled?.forEach((action, i) => checkScheduledAction(action, `service.scheduled_actions[${i}]`, p));
  if (scheduled) out.scheduled_actions = scheduled;
  for (const key of ['alert_grouping_parameters', 'auto_pause_notifications_parameters'] as const) {
    const value = readObject(input, key, `service.${key}`, p);
    if (value) out[key] = value;
  }
  const merged = { ...serviceDefaults(), ...current, ...out };
  if (merged.incident_urgency_rule['type'] === 'use_support_hours' && !isObject(merged.support_hours as Json)) {
    p.add(`"service.support_hours" is required when "service.incident_urgency_rule.type" is "use_support_hours".`);
  }
  return out;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** The spec's SupportHours: `fixed_time_per_day`, a time zone, ISO week days and two times of day (messages invented). */
function checkSupportHours(hours: JsonObject, p: Problems): void {
  const path = 'service.support_hours';
  readEnum(hours, 'type', `${path}.type`, ['fixed_time_per_day'], p, { required: true });
  readString(hours, 'time_zone', `${path}.time_zone`, p, { required: true, nonBlank: true });
  const days = readArray(hours, 'days_of_week', `${path}.days_of_week`, p, { required: true });
  if (days && (days.length === 0 || !days.every((d) => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7))) {
    p.add(`"${path}.days_of_week" must list days 1 (Monday) to 7 (Sunday).`);
  }
  for (const key of ['start_time', 'end_time']) {
    const time = readString(hours, key, `${path}.${key}`, p, { required: true });
    if (typeof time === 'string' && !TIME_OF_DAY.test(time)) p.add(`"${path}.${key}" must be a time of day such as "09:00:00".`);
  }
}

/** The one scheduled action PagerDuty has: raise the urgency at a named time of the support hours. */
function checkScheduledAction(action: Json, path: string, p: Problems): void {
  if (!isObject(action)) {
    p.add(`"${path}" must be an object.`);
    return;
  }
  readEnum(action, 'type', `${path}.type`, ['urgency_change'], p, { required: true });
  readEnum(action, 'to_urgency', `${path}.to_urgency`, ['high'], p, { required: true });
  const at = readObject(action, 'at', `${path}.at`, p, { required: true });
  if (at) {
    readEnum(at, 'type', `${path}.at.type`, ['named_time'], p, { required: true });
    readEnum(at, 'name', `${path}.at.name`, ['support_hours_start', 'support_hours_end'], p, { required: true });
  }
}

