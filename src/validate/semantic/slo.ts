// Datadog's limits on an SLO itself: target range and precision per type, warning stricter than target, one
// threshold per timeframe, the primary timeframe among them, the SLI fields each type takes, and for monitor SLOs
// the monitor and group counts and which monitors burn-rate alerts accept. Facts: ../shared/reference/slo.md §5.1.
import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { SloDefinition, SloType } from '../../ir/slo.ts';
import { dec, decimalPlaces, mul, toText } from '../../compile/decimal.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { problem } from './context.ts';
import { checkSliQueries } from './slo-queries.ts';

/** "You can add up to 20 monitors" (monitor.md); "pick up to 20 groups" (the API model allows up to 100). */
export const MAX_SLO_MONITORS = 20;
export const MAX_SLO_GROUPS = 20;
/** Monitor types that burn-rate and error-budget alerts accept in a monitor SLO: metric monitors (burn_rate.md). */
const METRIC_MONITOR_TYPES = new Set(['query alert', 'metric alert']);

const SLI_FIELDS: Record<SloType, readonly string[]> = {
  metric: ['good', 'bad', 'total', 'formulas'],
  monitor: ['monitors', 'groups'],
  time_slice: ['timeSlice'],
};

export function checkSlo(def: SloDefinition, byId: ReadonlyMap<string, Definition>, hasAlerts: boolean): Diagnostic[] {
  return [...checkThresholds(def), ...checkSliFields(def), ...checkMonitors(def, byId, hasAlerts), ...checkSliQueries(def)];
}

function checkThresholds(def: SloDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  def.thresholds.forEach((t, i) => {
    const at = `/thresholds/${i}`;
    const first = seen.get(t.timeframe);
    if (first !== undefined) {
      out.push(problem(def, `${at}/timeframe`, 'slo-threshold-duplicate',
        `"thresholds[${i}]" repeats timeframe "${t.timeframe}" (already in "thresholds[${first}]"); Datadog keeps one target per timeframe`,
        'merge the two entries or change one timeframe'));
    } else seen.set(t.timeframe, i);
    const places = def.type === 'monitor' && t.timeframe !== '90d' ? 2 : 3;
    for (const key of ['target', 'warning'] as const) {
      const v = t[key];
      if (v === undefined) continue;
      if (!(v > 0 && v < 100)) {
        out.push(problem(def, `${at}/${key}`, 'slo-target-range',
          `"thresholds[${i}].${key}" must be a percent strictly between 0 and 100 (got ${v})`,
          v >= 100 ? 'a 100% target leaves no error budget; Datadog rejects it (burn rates divide by the budget)' : 'write the percent of good events, e.g. 99.9'));
      } else if (decimalPlaces(v) > places) {
        out.push(problem(def, `${at}/${key}`, 'slo-target-precision',
          `"thresholds[${i}].${key}" has ${decimalPlaces(v)} decimals; ${kindName(def.type)} SLOs on ${t.timeframe} take at most ${places} (got ${v})`,
          `cut it to ${places} decimals, e.g. ${truncate(v, places)}`));
      } else if (v < 1) {
        out.push(problem(def, `${at}/${key}`, 'slo-target-range',
          `"thresholds[${i}].${key}" is ${v}%, which looks like a ratio; targets are percents`, `write ${toText(mul(dec(v), dec(100)))} for ${v * 100 >= 1 ? 'that share' : v}`, 'warning'));
      }
    }
    if (t.warning !== undefined && t.warning > 0 && t.warning < 100 && t.warning <= t.target) {
      out.push(problem(def, `${at}/warning`, 'slo-warning-order',
        `"thresholds[${i}].warning" must be stricter than "target": above ${t.target} (got ${t.warning})`,
        'the warning shows before the SLO is breached: set it between the target and 100, e.g. halfway'));
    }
  });
  if (def.timeframe !== undefined && !def.thresholds.some((t) => t.timeframe === def.timeframe)) {
    out.push(problem(def, '/timeframe', 'slo-primary-timeframe',
      `the primary "timeframe" "${def.timeframe}" has no threshold; Datadog takes the primary target from the thresholds (have: ${def.thresholds.map((t) => `"${t.timeframe}"`).join(', ')})`,
      `add a threshold for "${def.timeframe}" or set "timeframe" to one of the thresholds' timeframes`));
  }
  return out;
}

/** Each type takes its own SLI fields and exactly one way of counting. */
function checkSliFields(def: SloDefinition): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [type, fields] of Object.entries(SLI_FIELDS)) {
    if (type === def.type) continue;
    for (const f of fields) {
      if ((def as unknown as Record<string, unknown>)[f] !== undefined) {
        out.push(problem(def, `/${f}`, 'slo-sli', `"${f}" only applies to ${kindName(type as SloType)} SLOs; this SLO has type "${def.type}"`,
          `remove "${f}", or set "type" to "${type}"`));
      }
    }
  }
  if (def.type === 'metric') {
    const has = (k: 'good' | 'bad' | 'total') => def[k] !== undefined;
    if (def.formulas) {
      if (has('good') || has('bad') || has('total')) {
        out.push(problem(def, '/formulas', 'slo-sli', '"formulas" replaces "good", "bad" and "total"; give one or the other',
          'move the queries into "formulas.queries"'));
      }
      const f = def.formulas;
      const given = (['good', 'bad', 'total'] as const).filter((k) => f[k] !== undefined);
      if (given.length !== 2) {
        out.push(problem(def, '/formulas', 'slo-sli', `"formulas" needs exactly two of "good", "bad" and "total" (got ${given.length ? given.map((k) => `"${k}"`).join(', ') : 'none'})`,
          'e.g. good: "hits - errors", total: "hits"'));
      }
      for (const k of given) {
        for (const name of formulaNames(f[k]!)) {
          if (!(name in f.queries)) {
            const guess = closest(name, Object.keys(f.queries));
            out.push(problem(def, `/formulas/${k}`, 'slo-sli', `"formulas.${k}" uses "${name}", which is not in "formulas.queries"`,
              guess ? `did you mean "${guess}"?` : `add "${name}" to "formulas.queries"`));
          }
        }
      }
    } else {
      const given = (['good', 'bad', 'total'] as const).filter(has);
      if (given.length !== 2) {
        out.push(problem(def, given.length ? `/${given[0]}` : '', 'slo-sli',
          `a metric SLO needs exactly two of "good", "bad" and "total" (got ${given.length ? given.map((k) => `"${k}"`).join(', ') : 'none'})`,
          'give "good" and "total" (or "bad" and "total") event queries, or "formulas"'));
      }
    }
  }
  if (def.type === 'monitor' && !def.monitors) {
    out.push(problem(def, '', 'slo-sli', 'a monitor SLO needs "monitors": the logical ids of the monitors whose uptime counts',
      'e.g. monitors: ["checkout-prod-error-rate"]'));
  }
  if (def.type === 'time_slice') {
    const ts = def.timeSlice;
    if (!ts) {
      out.push(problem(def, '', 'slo-sli', 'a time-slice SLO needs "timeSlice": a query, a comparator and a threshold',
        'e.g. timeSlice: { query: "max:inventory.sync.lag_seconds{env:prod}", comparator: "<=", threshold: 900 }'));
    } else if ((ts.query !== undefined) === (ts.queries !== undefined) || (ts.queries !== undefined) !== (ts.formula !== undefined)) {
      out.push(problem(def, '/timeSlice', 'slo-sli', '"timeSlice" takes either "query", or "queries" with a "formula"',
        'use "query" for one metric query'));
    } else if (ts.queries && ts.formula) {
      for (const name of formulaNames(ts.formula)) {
        if (!(name in ts.queries)) {
          out.push(problem(def, '/timeSlice/formula', 'slo-sli', `"timeSlice.formula" uses "${name}", which is not in "timeSlice.queries"`,
            `add "${name}" to "timeSlice.queries"`));
        }
      }
    }
  }
  return out;
}

function checkMonitors(def: SloDefinition, byId: ReadonlyMap<string, Definition>, hasAlerts: boolean): Diagnostic[] {
  if (def.type !== 'monitor' || !def.monitors) return [];
  const out: Diagnostic[] = [];
  if (def.monitors.length > MAX_SLO_MONITORS) {
    out.push(problem(def, '/monitors', 'slo-monitor-count',
      `a monitor SLO takes at most ${MAX_SLO_MONITORS} monitors (got ${def.monitors.length})`,
      'split it into several SLOs, or use a metric SLO over the same signals'));
  }
  if (def.groups?.length) {
    if (def.monitors.length !== 1) {
      out.push(problem(def, '/groups', 'slo-groups', `"groups" only applies to a monitor SLO with exactly one monitor (got ${def.monitors.length})`,
        'remove "groups", or keep only the one multi-alert monitor whose groups count'));
    } else if (def.groups.length > MAX_SLO_GROUPS) {
      out.push(problem(def, '/groups', 'slo-groups', `Datadog counts at most ${MAX_SLO_GROUPS} groups of one monitor (got ${def.groups.length})`,
        'pick the groups that matter most, or leave "groups" out to count every group', 'warning'));
    }
  }
  def.monitors.forEach((ref, i) => {
    const target = byId.get(ref);
    const at = `/monitors/${i}`;
    if (!target) {
      const guess = closest(ref, [...byId.keys()]);
      out.push(problem(def, at, 'reference-unknown', `"monitors[${i}]" refers to "${ref}", but no definition has that id`,
        guess ? `did you mean "${guess}"?` : `define a monitor with id "${ref}"`));
    } else if (target.kind !== 'monitor') {
      out.push(problem(def, at, 'reference-kind', `"monitors[${i}]" refers to "${ref}", which is a ${target.kind}; a monitor SLO counts monitors`));
    } else if (hasAlerts && !METRIC_MONITOR_TYPES.has(target.type)) {
      out.push(problem(def, at, 'slo-monitor-type',
        `burn-rate and error-budget alerts need a monitor SLO made only of metric monitors, but "${ref}" is a ${target.type} monitor`,
        'remove the alerts (set "alerts.burnRate: false" and no "errorBudget"), drop this monitor, or use a metric SLO'));
    }
  });
  return out;
}

/** Query names a formula uses: identifiers not followed by `(` (function names such as `abs(…)` are not names). */
export function formulaNames(formula: string): string[] {
  return [...new Set([...formula.matchAll(/\b([A-Za-z_]\w*)\b(?!\s*\()/g)].map((m) => m[1]!))];
}

/** `99.995` cut (not rounded: rounding up could reach 100) to 2 decimals → `99.99`. */
function truncate(v: number, places: number): string {
  const [int, frac = ''] = toText(dec(v)).split('.');
  return frac.slice(0, places) ? `${int}.${frac.slice(0, places)}` : int!;
}

function kindName(type: SloType): string {
  return type === 'time_slice' ? 'time-slice' : type;
}

