// The fields vigil manages on each PagerDuty object, in one comparable shape: what the planner diffs for owned
// objects and for services it takes over, and what `vigil import` checks a drafted service against.
import { DATADOG_VENDOR } from '../compile/pagerduty/payloads.ts';
import { readMarker } from '../compile/marker.ts';
import type { ResourceKind } from './types.ts';

type Json = Record<string, unknown>;

/**
 * A PagerDuty body (as read, or as vigil sends it with references resolved) reduced to the fields vigil manages,
 * references reduced to ids and the ownership marker removed from the description.
 */
export function canonicalPagerDuty(kind: ResourceKind, body: Json): Json {
  const text = readMarker(body.description)?.text ?? String(body.description ?? '');
  const refId = (r: unknown) => String((r as Json | undefined)?.id ?? '');
  switch (kind) {
    case 'pagerduty.team':
      return { name: body.name, description: text };
    case 'pagerduty.escalation-policy':
      return {
        name: body.name, description: text, num_loops: body.num_loops ?? 0,
        escalation_rules: ((body.escalation_rules as Json[] | undefined) ?? []).map((r) => ({
          escalation_delay_in_minutes: r.escalation_delay_in_minutes,
          targets: ((r.targets as Json[] | undefined) ?? []).map((t) => ({ id: t.id, type: String(t.type).replace(/_reference$/, '') })),
        })),
        teams: ((body.teams as Json[] | undefined) ?? []).map(refId).sort(),
      };
    default:
      return {
        name: body.name, description: text, escalation_policy: refId(body.escalation_policy),
        ...canonicalUrgency(body),
        auto_resolve_timeout: body.auto_resolve_timeout ?? null, acknowledgement_timeout: body.acknowledgement_timeout ?? null,
        alert_creation: body.alert_creation,
      };
  }
}

/**
 * The urgency rule, and with support hours the hours and scheduled actions too; a constant rule ignores support
 * hours, so whatever PagerDuty still stores of them does not count.
 */
function canonicalUrgency(body: Json): Json {
  const rule = (body.incident_urgency_rule ?? {}) as Json;
  if (rule.type !== 'use_support_hours') return { incident_urgency_rule: { type: rule.type, urgency: rule.urgency } };
  const part = (p: unknown) => ({ type: (p as Json | undefined)?.type, urgency: (p as Json | undefined)?.urgency });
  const hours = (body.support_hours ?? {}) as Json;
  const actions = Array.isArray(body.scheduled_actions) ? (body.scheduled_actions as Json[]) : [];
  return {
    incident_urgency_rule: { type: rule.type, during_support_hours: part(rule.during_support_hours), outside_support_hours: part(rule.outside_support_hours) },
    support_hours: {
      type: hours.type, time_zone: hours.time_zone, start_time: hours.start_time, end_time: hours.end_time,
      days_of_week: Array.isArray(hours.days_of_week) ? [...(hours.days_of_week as number[])].sort((a, b) => a - b) : hours.days_of_week,
    },
    scheduled_actions: actions.map((a) => ({ type: a.type, at: { type: (a.at as Json | undefined)?.type, name: (a.at as Json | undefined)?.name }, to_urgency: a.to_urgency })),
  };
}

/** A service's Datadog integrations (vendor PAM4FGS), from a service read with `include[]=integrations`. */
export function datadogIntegrations(service: Json): Json[] {
  const all = Array.isArray(service.integrations) ? (service.integrations as Json[]) : [];
  return all.filter((i) => (i.vendor as Json | null | undefined)?.id === DATADOG_VENDOR);
}
