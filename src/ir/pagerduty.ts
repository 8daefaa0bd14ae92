import type { SourceLocation } from './source.ts';

/** A PagerDuty team managed as code. */
export interface PagerDutyTeamDefinition {
  kind: 'pagerduty-team';
  id: string;
  name: string;
  description?: string;
  source?: SourceLocation;
}

/** Who an escalation rule notifies: an existing user (by email) or an existing schedule (by name), or a PagerDuty id. */
export type EscalationTarget = { user: string } | { schedule: string };

/** A PagerDuty escalation policy managed as code; users and schedules are referenced, not managed. */
export interface PagerDutyEscalationPolicyDefinition {
  kind: 'pagerduty-escalation-policy';
  id: string;
  name: string;
  description?: string;
  rules: Array<{ delayMinutes: number; targets: EscalationTarget[] }>;
  /** How many times the policy repeats when nobody acknowledges. Default 0. */
  loops?: number;
  /** Logical ids of managed teams (or PagerDuty team ids). */
  teams?: string[];
  source?: SourceLocation;
}

export type PagerDutyUrgency = 'high' | 'low' | 'severity_based';

/** The days and hours a team works, in one time zone (PagerDuty's `fixed_time_per_day` support hours). */
export interface SupportHours {
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO days of the week: 1 Monday … 7 Sunday. */
  days: number[];
  /** Local start time, `HH:MM`. */
  start: string;
  /** Local end time, `HH:MM`, after `start`. */
  end: string;
}

/**
 * Urgency that follows support hours, e.g. high while the team works and low at night.
 * @example { supportHours: { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, during: 'high', outside: 'low', raiseAtStart: true }
 */
export interface SupportHoursUrgency {
  supportHours: SupportHours;
  during: PagerDutyUrgency;
  outside: PagerDutyUrgency;
  /**
   * When support hours start, raise incidents still open (created at low urgency overnight) to high. Needs `during`
   * high and `outside` low. Default false.
   */
  raiseAtStart?: boolean;
}

/**
 * A PagerDuty service managed as code. vigil also adds the Datadog integration to it and the matching Datadog
 * PagerDuty service object, so `@pagerduty-<name>` resolves.
 */
export interface PagerDutyServiceDefinition {
  kind: 'pagerduty-service';
  id: string;
  /**
   * The PagerDuty service name, and the name after `@pagerduty-` in Datadog. Names are unique in PagerDuty: a plan
   * refuses a definition named like a service vigil does not own unless the definition adopts that service
   * ({@link PagerDutyServiceDefinition.adopt}).
   */
  name: string;
  description?: string;
  /** Logical id of a managed escalation policy, or an existing policy's PagerDuty id (P…). */
  escalationPolicy: string;
  /** Incident urgency: one for all hours, or one during support hours and another outside them. Default `high`. */
  urgency?: PagerDutyUrgency | SupportHoursUrgency;
  /** Seconds before an open incident resolves itself; `null` never. Default 14400. */
  autoResolveTimeout?: number | null;
  /** Seconds before an acknowledged incident re-triggers; `null` never. Default 1800. */
  acknowledgementTimeout?: number | null;
  /**
   * Take over this existing PagerDuty service on the next apply instead of creating one: vigil adds its ownership
   * marker to the description and changes nothing else; the plan refuses if any other setting would change. Written
   * by `vigil import`; ignored once vigil owns the service, so harmless to keep and safe to delete once applied.
   * Not part of the payload. Default: create a new service.
   * @example { pagerdutyId: 'PX8K2M4' }
   */
  adopt?: PagerDutyServiceAdoption;
  source?: SourceLocation;
}

/** Take over a PagerDuty service that already exists instead of creating one. */
export interface PagerDutyServiceAdoption {
  /** The service's PagerDuty id (P…). Ignored once vigil owns a service with this definition's logical id. */
  pagerdutyId: string;
}

export type PagerDutyDefinition = PagerDutyTeamDefinition | PagerDutyEscalationPolicyDefinition | PagerDutyServiceDefinition;
