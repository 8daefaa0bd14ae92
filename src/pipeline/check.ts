import { deriveSloAlerts } from '../compile/slo/derive-alerts.ts';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { lintContext } from '../lint/context.ts';
import { foldDerivedFindings } from '../lint/derived.ts';
import { lint } from '../lint/index.ts';
import type { QueryFacts } from '../query/parsed-query.ts';
import { validate } from '../validate/index.ts';

export interface CheckResult {
  /** Validation's problems, then lint's findings. */
  diagnostics: Diagnostic[];
  /** Definitions that passed the schema (semantic errors may still apply), derived SLO alerts included. */
  valid: Definition[];
  queries: Map<MonitorDefinition, QueryFacts>;
  /** Monitors derived from SLO declarations (burn-rate and error-budget alerts); also in `valid` when well-formed. */
  derived: MonitorDefinition[];
}

/**
 * Everything `vigil validate` reports about a set of definitions: validation, with the alert monitors compile
 * derives from each sound SLO, then lint over the monitors that have the right shape. Lint findings on a derived
 * alert are reported at its SLO, the only thing the user can edit.
 */
export function check(definitions: readonly Definition[]): CheckResult {
  const validation = validate(definitions, { sloAlerts: deriveSloAlerts });
  const monitors = validation.valid.filter((d): d is MonitorDefinition => d.kind === 'monitor');
  const managedPagerDuty = validation.valid.filter((d) => d.kind === 'pagerduty-service').map((d) => d.name);
  const findings = foldDerivedFindings(lint(lintContext(monitors, validation.routed, managedPagerDuty)), validation.derivedFrom);
  const { diagnostics, valid, queries, derived } = validation;
  // One push at a time: a spread of tens of thousands of findings overflows the call stack.
  for (const finding of findings) diagnostics.push(finding);
  return { diagnostics, valid, queries, derived };
}
