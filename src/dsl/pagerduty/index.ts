import type {
  EscalationTarget, PagerDutyEscalationPolicyDefinition, PagerDutyServiceDefinition, PagerDutyTeamDefinition,
} from '../../ir/pagerduty.ts';
import { attachFrames, captureFrames } from '../capture.ts';

type Props<T> = Omit<T, 'kind' | 'source'>;

/**
 * A PagerDuty service managed by vigil, with its Datadog integration and the Datadog PagerDuty service object that
 * makes `@pagerduty-<name>` work. Routing destinations name it. A service that exists already and that vigil does
 * not own is never touched unless the definition says `adopt: { pagerdutyId }` (`vigil import` writes it); a
 * definition named like such a service without it stops the plan.
 * @example pagerdutyService({ id: 'payments-high', name: 'payments-high', escalationPolicy: 'payments-oncall', urgency: 'high' })
 * @example pagerdutyService({ id: 'search', name: 'search', escalationPolicy: 'PQ4T7ZB', adopt: { pagerdutyId: 'PX8K2M4' } })
 */
export function pagerdutyService(props: Props<PagerDutyServiceDefinition>): PagerDutyServiceDefinition {
  return attachFrames({ kind: 'pagerduty-service', ...props }, captureFrames(pagerdutyService));
}

/**
 * A PagerDuty escalation policy managed by vigil. Targets reference existing users (by email) and schedules (by
 * name); vigil does not manage people.
 * @example escalationPolicy({ id: 'payments-oncall', name: 'Payments on-call', rules: [{ delayMinutes: 15, targets: [schedule('Payments primary')] }] })
 */
export function escalationPolicy(props: Props<PagerDutyEscalationPolicyDefinition>): PagerDutyEscalationPolicyDefinition {
  return attachFrames({ kind: 'pagerduty-escalation-policy', ...props }, captureFrames(escalationPolicy));
}

/** A PagerDuty team managed by vigil. */
export function pagerdutyTeam(props: Props<PagerDutyTeamDefinition>): PagerDutyTeamDefinition {
  return attachFrames({ kind: 'pagerduty-team', ...props }, captureFrames(pagerdutyTeam));
}

/** An existing PagerDuty user, by email address (or PagerDuty id). */
export function user(emailOrId: string): EscalationTarget {
  return { user: emailOrId };
}

/** An existing PagerDuty schedule, by name (or PagerDuty id). */
export function schedule(nameOrId: string): EscalationTarget {
  return { schedule: nameOrId };
}
