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

/**
 * A PagerDuty service managed as code. vigil also adds the Datadog integration to it and the matching Datadog
 * PagerDuty service object, so `@pagerduty-<name>` resolves.
 */
export interface PagerDutyServiceDefinition {
  kind: 'pagerduty-service';
  id: string;
  /**
   * The PagerDuty service name, and the name after `@pagerduty-` in Datadog. Names are unique in PagerDuty: when a
   * service of this name exists that vigil does not own, the next plan takes it over in place (its description gains
   * vigil's marker), and refuses to if any other setting would change. `vigil import` writes such definitions.
   */
  name: string;
  description?: string;
  /** Logical id of a managed escalation policy, or an existing policy's PagerDuty id (P…). */
  escalationPolicy: string;
  /** Incident urgency. Default `high`. */
  urgency?: 'high' | 'low' | 'severity_based';
  /** Seconds before an open incident resolves itself; `null` never. Default 14400. */
  autoResolveTimeout?: number | null;
  /** Seconds before an acknowledged incident re-triggers; `null` never. Default 1800. */
  acknowledgementTimeout?: number | null;
  source?: SourceLocation;
}

export type PagerDutyDefinition = PagerDutyTeamDefinition | PagerDutyEscalationPolicyDefinition | PagerDutyServiceDefinition;
