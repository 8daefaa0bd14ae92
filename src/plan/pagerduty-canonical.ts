// The fields vigil manages on each PagerDuty object, in one comparable shape: what the planner diffs for owned
// objects and for services it takes over, and what `vigil import` checks a drafted service against.
import { DATADOG_VENDOR } from '../compile/pagerduty/payloads.ts';
import { readMarker } from '../compile/pagerduty/marker.ts';
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
    default: {
      const urgency = (body.incident_urgency_rule ?? {}) as Json;
      return {
        name: body.name, description: text, escalation_policy: refId(body.escalation_policy),
        incident_urgency_rule: { type: urgency.type, urgency: urgency.urgency },
        auto_resolve_timeout: body.auto_resolve_timeout ?? null, acknowledgement_timeout: body.acknowledgement_timeout ?? null,
        alert_creation: body.alert_creation,
      };
    }
  }
}

/** A service's Datadog integrations (vendor PAM4FGS), from a service read with `include[]=integrations`. */
export function datadogIntegrations(service: Json): Json[] {
  const all = Array.isArray(service.integrations) ? (service.integrations as Json[]) : [];
  return all.filter((i) => (i.vendor as Json | null | undefined)?.id === DATADOG_VENDOR);
}
