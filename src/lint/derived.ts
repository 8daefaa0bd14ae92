// Lint findings on the alerts vigil derives from an SLO belong to the SLO: the user cannot edit a derived monitor,
// only the SLO it comes from. Findings are folded into one per SLO, rule and message, with a hint that names the
// SLO's own field.
import type { Diagnostic } from '../ir/diagnostic.ts';

/** What to set on the SLO instead, per rule; rules missing here keep their own hint. */
const SLO_HINTS: Readonly<Record<string, string>> = {
  'message-actionable': 'set "alerts.message.impact" and "alerts.message.firstSteps" on the SLO; every alert derived from it carries them',
  'runbook-present': 'set "runbook" on the SLO; every alert derived from it links it',
  'team-present': 'set "team" on the SLO; its alerts inherit it',
  'high-severity-pages': 'add a routing rule that pages for this team, or lower the severity of these tiers in the SLO\'s "alerts"',
};

/**
 * Rules that do not apply to derived alerts: vigil sets their options itself (an `slo alert` has no data of its own
 * to miss), so there is nothing for the user to change.
 */
const NOT_FOR_DERIVED = new Set(['no-data-explicit']);

/**
 * Replaces the findings on derived alerts (`derivedFrom`: derived monitor id → SLO id) with one finding per SLO,
 * rule and message, naming the alerts; other diagnostics pass through unchanged, in order.
 */
export function foldDerivedFindings(findings: readonly Diagnostic[], derivedFrom: ReadonlyMap<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const folded = new Map<string, { diagnostic: Diagnostic; alerts: string[] }>();
  for (const f of findings) {
    const slo = derivedFrom.get(f.id);
    if (slo === undefined) {
      out.push(f);
      continue;
    }
    if (NOT_FOR_DERIVED.has(f.code)) continue;
    const key = `${slo}\u0000${f.code}\u0000${f.message}`;
    const group = folded.get(key);
    const tier = f.id.slice(slo.length + 1);
    if (group) {
      group.alerts.push(tier);
      continue;
    }
    const { path: _path, ...rest } = f; // a path into the derived monitor means nothing in the SLO
    const diagnostic: Diagnostic = { ...rest, id: slo, hint: SLO_HINTS[f.code] ?? f.hint };
    folded.set(key, { diagnostic, alerts: [tier] });
    out.push(diagnostic);
  }
  for (const { diagnostic, alerts } of folded.values()) {
    const which = alerts.length === 1 ? `its alert "${alerts[0]}"` : `its alerts ${alerts.map((a) => `"${a}"`).join(', ')}`;
    diagnostic.message = `${which}: ${diagnostic.message}`;
  }
  return out;
}
