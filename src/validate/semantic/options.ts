import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { MonitorDefinition } from '../../ir/monitor.ts';
import { problem } from './context.ts';

const O = '/options';
const NO_MISSING_DATA_OPTION = new Set(['service check', 'composite', 'slo alert']);
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080, mo: 43200 };

/** The evaluation window of a metric query in minutes (`avg(last_15m):…` → 15), if the query has one. */
export function evaluationWindowMinutes(query: string): number | undefined {
  const m = /^\s*\w+\((?:last|current)_(\d+)(mo|m|h|d|w)\)/.exec(query);
  return m ? Number(m[1]) * UNIT_MINUTES[m[2]!]! : undefined;
}

/** Option combinations Datadog rejects, ignores (a perpetual diff waiting to happen) or that make no sense. */
export function checkOptions(def: MonitorDefinition): Diagnostic[] {
  const o = def.options ?? {};
  const out: Diagnostic[] = [];
  const isMetric = def.type === 'query alert' || def.type === 'metric alert';
  if ((o.renotifyOccurrences ?? null) !== null && !o.renotifyInterval) {
    out.push(problem(def, `${O}/renotifyOccurrences`, 'option-needs', '"renotifyOccurrences" needs "renotifyInterval"',
      'set "renotifyInterval" (minutes) or remove "renotifyOccurrences"'));
  }
  if (o.renotifyStatuses && !o.renotifyInterval) {
    out.push(problem(def, `${O}/renotifyStatuses`, 'option-needs', '"renotifyStatuses" needs "renotifyInterval"',
      'set "renotifyInterval" (minutes) or remove "renotifyStatuses"'));
  }
  if (o.noDataTimeframe != null) {
    if (!o.notifyNoData) {
      out.push(problem(def, `${O}/noDataTimeframe`, 'option-ignored',
        '"noDataTimeframe" has no effect unless "notifyNoData" is true; Datadog ignores it',
        'set "notifyNoData: true" or remove "noDataTimeframe"', 'warning'));
    }
    // Datadog recommends at least twice the evaluation window; its API accepts less, and its own integration
    // monitors ship less (5 minutes on a 5-minute window), so this is a warning, not a refusal.
    const window = isMetric ? evaluationWindowMinutes(def.query) : undefined;
    if (window !== undefined && o.noDataTimeframe < 2 * window) {
      out.push(problem(def, `${O}/noDataTimeframe`, 'option-range',
        `"noDataTimeframe" is ${o.noDataTimeframe} min, under twice the evaluation window (${window} min): a short gap in reporting already counts as no data`,
        `Datadog recommends ${2 * window} or more`, 'warning'));
    }
  }
  if (o.onMissingData !== undefined) {
    if (NO_MISSING_DATA_OPTION.has(def.type)) {
      out.push(problem(def, `${O}/onMissingData`, 'option-type', `"onMissingData" is not available for ${def.type} monitors`,
        def.type === 'service check' ? 'use "notifyNoData" and "noDataTimeframe" instead' : 'remove it'));
    }
    if (o.notifyNoData !== undefined) {
      out.push(problem(def, `${O}/notifyNoData`, 'option-conflict', '"notifyNoData" and "onMissingData" both decide no-data behaviour',
        'keep "onMissingData" and remove "notifyNoData"'));
    }
  }
  if (o.thresholdWindows && !/anomalies\(/.test(def.query)) {
    out.push(problem(def, `${O}/thresholdWindows`, 'option-type', '"thresholdWindows" only applies to anomaly monitors',
      'remove it, or use an anomalies() query'));
  }
  if (o.schedulingOptions?.evaluationWindow && !/^\s*\w+\(current_/.test(def.query)) {
    out.push(problem(def, `${O}/schedulingOptions/evaluationWindow`, 'option-type',
      '"schedulingOptions.evaluationWindow" needs a cumulative window such as current_1d or current_1mo in the query'));
  }
  if (o.schedulingOptions?.customSchedule && o.requireFullWindow) {
    out.push(problem(def, `${O}/requireFullWindow`, 'option-conflict',
      '"requireFullWindow" cannot be combined with a custom schedule; Datadog forces it to false',
      'remove "requireFullWindow"', 'warning'));
  }
  if (o.newHostDelay != null && o.newGroupDelay != null) {
    out.push(problem(def, `${O}/newHostDelay`, 'option-deprecated', '"newHostDelay" is deprecated and overlaps "newGroupDelay"',
      'keep "newGroupDelay" only', 'warning'));
  }
  if (o.timeoutH != null && !Number.isInteger(o.timeoutH)) {
    out.push(problem(def, `${O}/timeoutH`, 'option-range', `"timeoutH" must be a whole number of hours (got ${o.timeoutH})`));
  }
  return out;
}
