import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import type { SloDefinition } from '../ir/slo.ts';
import { resolveTiers, type ResolvedTier } from '../compile/slo/tiers.ts';
import { checkSlo } from './semantic/slo.ts';
import { checkSloAlerts } from './semantic/slo-alerts.ts';

/** The alert monitors an SLO's tiers derive to; given by the caller, as deriving them is compile's work. */
export type SloAlerts = (slo: SloDefinition, tiers: readonly ResolvedTier[]) => MonitorDefinition[];

/**
 * Checks each SLO against Datadog's limits and has `sloAlerts` derive the alert monitors of those that pass. An SLO
 * with errors derives nothing, so a mistake is reported once, at the SLO, not again on every monitor it would have
 * produced.
 */
export function validateSlos(slos: readonly SloDefinition[], byId: ReadonlyMap<string, Definition>, sloAlerts: SloAlerts): {
  diagnostics: Diagnostic[];
  derived: MonitorDefinition[];
  /** Derived monitor id → id of the SLO it comes from. */
  derivedFrom: Map<string, string>;
} {
  const diagnostics: Diagnostic[] = [];
  const derived: MonitorDefinition[] = [];
  const derivedFrom = new Map<string, string>();
  for (const slo of slos) {
    const tiers = resolveTiers(slo);
    const problems = [...checkSlo(slo, byId, tiers.length > 0), ...checkSloAlerts(slo, tiers)];
    diagnostics.push(...problems);
    if (problems.some((p) => p.severity === 'error')) continue;
    for (const alert of sloAlerts(slo, tiers)) {
      derived.push(alert);
      derivedFrom.set(alert.id, slo.id);
    }
  }
  return { diagnostics, derived, derivedFrom };
}
