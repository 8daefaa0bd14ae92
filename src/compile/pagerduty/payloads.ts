import type {
  EscalationTarget, PagerDutyEscalationPolicyDefinition, PagerDutyServiceDefinition, PagerDutyTeamDefinition,
} from '../../ir/pagerduty.ts';
import { contentHash, sortKeys } from '../canonical.ts';
import { withMarker } from '../marker.ts';

/**
 * A PagerDuty object as vigil sends it, with references still symbolic: `${logical-id}` for managed objects,
 * `${user:<email>}` and `${schedule:<name>}` for people and schedules vigil only points at. Apply resolves them.
 */
export interface CompiledPagerDuty {
  id: string;
  kind: 'pagerduty.team' | 'pagerduty.escalation-policy' | 'pagerduty.service' | 'pagerduty.integration' | 'datadog.pagerduty-service';
  payload: Record<string, unknown>;
  dependsOn: string[];
  /** PagerDuty id of an existing service to take over instead of creating one (`adopt.pagerdutyId`; not sent). */
  adopt?: string;
}

/** PagerDuty ids look like P followed by 6 uppercase letters or digits. */
export const PD_ID = /^P[A-Z0-9]{6}$/;

/** What a service definition gets when it leaves these out (PagerDuty's own defaults for a new service). */
export const SERVICE_DEFAULTS = { urgency: 'high', autoResolveTimeout: 14400, acknowledgementTimeout: 1800 } as const;

/** PagerDuty's vendor id for Datadog: the integration vigil adds to each managed service is of this vendor. */
export const DATADOG_VENDOR = 'PAM4FGS';

const ref = (target: string) => (PD_ID.test(target) ? target : `\${${target}}`);

/** The body describing the object, then the same with the ownership marker (hash of the body) in the description. */
function owned(id: string, wrapper: string, body: Record<string, unknown>, description: string | undefined): Record<string, unknown> {
  const hash = contentHash({ ...body, description: (description ?? '').trim() });
  return sortKeys({ [wrapper]: { ...body, description: withMarker(description, id, hash) } });
}

export function compileTeam(def: PagerDutyTeamDefinition): CompiledPagerDuty {
  return { id: def.id, kind: 'pagerduty.team', payload: owned(def.id, 'team', { type: 'team', name: def.name }, def.description), dependsOn: [] };
}

function target(t: EscalationTarget): Record<string, string> {
  if ('user' in t) return { id: PD_ID.test(t.user) ? t.user : `\${user:${t.user}}`, type: 'user_reference' };
  return { id: PD_ID.test(t.schedule) ? t.schedule : `\${schedule:${t.schedule}}`, type: 'schedule_reference' };
}

export function compileEscalationPolicy(def: PagerDutyEscalationPolicyDefinition): CompiledPagerDuty {
  const teams = (def.teams ?? []).map((t) => ({ id: ref(t), type: 'team_reference' }));
  const body = {
    type: 'escalation_policy',
    name: def.name,
    num_loops: def.loops ?? 0,
    escalation_rules: def.rules.map((r) => ({ escalation_delay_in_minutes: r.delayMinutes, targets: r.targets.map(target) })),
    teams,
  };
  return {
    id: def.id, kind: 'pagerduty.escalation-policy', payload: owned(def.id, 'escalation_policy', body, def.description),
    dependsOn: (def.teams ?? []).filter((t) => !PD_ID.test(t)).sort(),
  };
}

/**
 * The urgency fields of a service. Support hours become PagerDuty's `use_support_hours` rule with its
 * `fixed_time_per_day` hours and, with `raiseAtStart`, the scheduled action that raises open incidents when they
 * start. A constant urgency sends only the rule: PagerDuty ignores support hours then.
 */
function urgencyFields(urgency: PagerDutyServiceDefinition['urgency']): Record<string, unknown> {
  if (urgency === undefined || typeof urgency === 'string') return { incident_urgency_rule: { type: 'constant', urgency: urgency ?? SERVICE_DEFAULTS.urgency } };
  const { supportHours: hours } = urgency;
  return {
    incident_urgency_rule: {
      type: 'use_support_hours',
      during_support_hours: { type: 'constant', urgency: urgency.during },
      outside_support_hours: { type: 'constant', urgency: urgency.outside },
    },
    support_hours: {
      type: 'fixed_time_per_day', time_zone: hours.timeZone, days_of_week: [...hours.days].sort((a, b) => a - b),
      start_time: `${hours.start}:00`, end_time: `${hours.end}:00`,
    },
    scheduled_actions: urgency.raiseAtStart
      ? [{ type: 'urgency_change', at: { type: 'named_time', name: 'support_hours_start' }, to_urgency: 'high' }]
      : [],
  };
}

/** A managed service and what makes it reachable from Datadog: the Datadog integration, and Datadog's service object. */
export function compileService(def: PagerDutyServiceDefinition): CompiledPagerDuty[] {
  const body = {
    type: 'service',
    name: def.name,
    escalation_policy: { id: ref(def.escalationPolicy), type: 'escalation_policy_reference' },
    ...urgencyFields(def.urgency),
    auto_resolve_timeout: def.autoResolveTimeout === undefined ? SERVICE_DEFAULTS.autoResolveTimeout : def.autoResolveTimeout,
    acknowledgement_timeout: def.acknowledgementTimeout === undefined ? SERVICE_DEFAULTS.acknowledgementTimeout : def.acknowledgementTimeout,
    alert_creation: 'create_alerts_and_incidents',
  };
  const integrationId = `${def.id}.datadog-integration`;
  return [
    {
      id: def.id, kind: 'pagerduty.service', payload: owned(def.id, 'service', body, def.description),
      dependsOn: PD_ID.test(def.escalationPolicy) ? [] : [def.escalationPolicy],
      ...(def.adopt ? { adopt: def.adopt.pagerdutyId } : {}),
    },
    {
      id: integrationId, kind: 'pagerduty.integration',
      payload: sortKeys({ integration: { name: 'Datadog', type: 'generic_events_api_inbound_integration', vendor: { id: DATADOG_VENDOR, type: 'vendor_reference' }, service: { id: `\${${def.id}}`, type: 'service_reference' } } }),
      dependsOn: [def.id],
    },
    {
      // The integration key (service_key) is a secret: apply reads it from PagerDuty; it never enters a payload or plan.
      id: `${def.id}.datadog-service`, kind: 'datadog.pagerduty-service',
      payload: { service_name: def.name },
      dependsOn: [integrationId],
    },
  ];
}
