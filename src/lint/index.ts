import type { Diagnostic } from '../ir/diagnostic.ts';
import type { MonitorDefinition } from '../ir/monitor.ts';
import { fieldLocation } from '../load/field-locations.ts';
import type { LintContext, LintRule } from './rule.ts';
import { handlesResolve } from './rules/handles.ts';
import { noDataExplicit, noDuplicateQuery } from './rules/data.ts';
import { messageActionable, runbookPresent, severitySet, teamPresent } from './rules/ownership.ts';
import { envNearProduction, highSeverityPages, nonProductionNeverPages, pagesNotifyRecovery } from './rules/paging.ts';
import { cloudMetricEvaluationDelay, noRecipients } from './rules/quality.ts';

export type { LintContext, LintRule } from './rule.ts';

/** Every lint rule, in the order findings are reported. */
export const LINT_RULES: readonly LintRule[] = [
  teamPresent, runbookPresent, severitySet, messageActionable, highSeverityPages, pagesNotifyRecovery,
  nonProductionNeverPages, envNearProduction, noDataExplicit, noDuplicateQuery, handlesResolve, noRecipients,
  cloudMetricEvaluationDelay,
];

const RULE_IDS = new Set(LINT_RULES.map((r) => r.id));

/** Runs every rule over every monitor; a rule suppressed on a monitor (with its reason) is skipped for it. */
export function lint(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const def of ctx.monitors) {
    const suppressed = def.suppress;
    if (suppressed) {
      for (const id of Object.keys(suppressed)) {
        if (!RULE_IDS.has(id)) {
          out.push(diag(def, 'lint-suppress-unknown', 'warning', `"suppress" names "${id}", which is not a lint rule`, `/suppress/${id}`,
            `known rules: ${[...RULE_IDS].join(', ')}`));
        }
      }
    }
    for (const rule of LINT_RULES) {
      if (suppressed && rule.id in suppressed) continue;
      for (const f of rule.check(def, ctx)) out.push(diag(def, rule.id, rule.severity, f.message, f.path, rule.hint));
    }
  }
  return out;
}

function diag(
  def: MonitorDefinition, code: string, severity: 'error' | 'warning', message: string, path: string | undefined,
  hint: string,
): Diagnostic {
  const location = (path && fieldLocation(def, path)) || def.source;
  // Set one by one rather than spread in: thousands of findings, and a spread allocates an object per optional field.
  const d: Diagnostic = { severity, code, id: def.id, message, hint };
  if (path) d.path = path;
  if (location) d.location = location;
  return d;
}
