import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition, Thresholds } from '../../ir/monitor.ts';
import type { QueryFacts } from '../../query/parsed-query.ts';
import { problem } from './context.ts';

const T = '/options/thresholds';

/**
 * Thresholds must agree with the query: `critical` equals the query's threshold, `warning` is reached before
 * `critical` in the comparator's direction, and recovery values sit on the non-alerting side.
 */
export function checkThresholds(def: MonitorDefinition, parsed: QueryFacts | undefined): Diagnostic[] {
  const t: Thresholds = def.options?.thresholds ?? {};
  const out: Diagnostic[] = [];
  if (def.type === 'service check') {
    for (const key of ['critical', 'warning', 'ok', 'unknown'] as const) {
      const v = t[key];
      if (v !== undefined && (!Number.isInteger(v) || v < 1)) {
        out.push(problem(def, `${T}/${key}`, 'threshold-range',
          `"thresholds.${key}" of a service check counts consecutive check results and must be a whole number ≥ 1 (got ${v})`));
      }
    }
    return out;
  }
  for (const key of ['ok', 'unknown'] as const) {
    if (t[key] !== undefined) {
      out.push(problem(def, `${T}/${key}`, 'threshold-ignored',
        `"thresholds.${key}" only applies to service checks; Datadog ignores it on a ${def.type} monitor`,
        `remove "thresholds.${key}"`, 'warning'));
    }
  }
  if (!parsed?.ok || parsed.threshold === undefined || !parsed.comparator) return out;
  const { comparator, threshold } = parsed;
  if (t.critical !== undefined && t.critical !== threshold) {
    out.push(problem(def, `${T}/critical`, 'threshold-mismatch',
      `"thresholds.critical" must equal the threshold in the query (query says ${comparator} ${threshold}, critical is ${t.critical})`,
      `set "thresholds.critical" to ${threshold} or change the query`));
  }
  const critical = t.critical ?? threshold;
  const above = comparator === '>' || comparator === '>=';
  if (!above && comparator !== '<' && comparator !== '<=') return out;
  const before = above ? 'below' : 'above';
  const ok = (v: number, limit: number) => (above ? v < limit : v > limit);
  const sign = above ? '≥' : '≤';
  if (t.warning !== undefined && !ok(t.warning, critical)) {
    out.push(problem(def, `${T}/warning`, 'threshold-order',
      `"thresholds.warning" must be ${before} "thresholds.critical" for comparator "${comparator}" (got ${t.warning} ${sign} ${critical})`,
      `a warning fires before the alert: swap them, or move the warning ${before} ${critical}`));
  }
  if (t.criticalRecovery !== undefined && !ok(t.criticalRecovery, critical)) {
    out.push(problem(def, `${T}/criticalRecovery`, 'threshold-order',
      `"thresholds.criticalRecovery" must be ${before} "thresholds.critical" for comparator "${comparator}" (got ${t.criticalRecovery} ${sign} ${critical})`,
      'the alert recovers on the non-alerting side of the threshold'));
  }
  if (t.warningRecovery !== undefined) {
    if (t.warning === undefined) {
      out.push(problem(def, `${T}/warningRecovery`, 'threshold-order',
        '"thresholds.warningRecovery" needs "thresholds.warning"', 'add a warning threshold or remove the recovery'));
    } else if (!ok(t.warningRecovery, t.warning)) {
      out.push(problem(def, `${T}/warningRecovery`, 'threshold-order',
        `"thresholds.warningRecovery" must be ${before} "thresholds.warning" for comparator "${comparator}" (got ${t.warningRecovery} ${sign} ${t.warning})`,
        'the warning recovers on the non-warning side of its threshold'));
    }
  }
  return out;
}
