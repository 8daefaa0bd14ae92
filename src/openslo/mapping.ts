// What OpenSLO and vigil call the same things differently: durations, severities, labels, and the annotations that
// carry what OpenSLO has no field for (warnings, extra timeframes, error-budget alerts, short windows), so an
// export imports back to the same SLO.
import type { Severity } from '../ir/monitor.ts';
import type { SloTimeframe } from '../ir/slo.ts';

/** Annotation keys vigil writes on export and reads on import. */
export const ANNOTATION = {
  warning: 'vigil.dev/warning',
  thresholds: 'vigil.dev/other-thresholds',
  errorBudget: 'vigil.dev/error-budget-alerts',
  message: 'vigil.dev/alert-message',
  runbook: 'vigil.dev/runbook',
  tier: 'vigil.dev/tier',
  shortWindow: 'vigil.dev/short-window',
  noService: 'vigil.dev/no-service',
} as const;

/**
 * An OpenSLO rolling window as a Datadog timeframe. `7d`/`30d`/`90d` map as written; `1w`, `1M` and `1Q` map the
 * way OpenSLO's go-sdk reads them (a month is 30 days, a quarter 90).
 */
export function timeframeOf(duration: string): SloTimeframe | undefined {
  const map: Record<string, SloTimeframe> = { '7d': '7d', '30d': '30d', '90d': '90d', '1w': '7d', '1M': '30d', '1Q': '90d' };
  return map[duration];
}

/** An OpenSLO duration shorthand in minutes, for the units alert windows use (`m`, `h`, `d`, `w`). */
export function durationMinutes(duration: string): number | undefined {
  const m = /^(\d+)(m|h|d|w)$/.exec(duration);
  if (!m) return undefined;
  return Number(m[1]) * { m: 1, h: 60, d: 1440, w: 10080 }[m[2] as 'm' | 'h' | 'd' | 'w'];
}

/**
 * OpenSLO severities are free text. vigil's own names pass through; the common words map to what they mean for
 * routing: a page is Sev2, a ticket Sev4.
 */
export function severityOf(text: string): Severity | undefined {
  const s = text.trim().toLowerCase();
  if (/^sev[1-5]$/.test(s)) return s as Severity;
  const words: Record<string, Severity> = {
    critical: 'sev1', page: 'sev2', high: 'sev2', urgent: 'sev2', medium: 'sev3', warning: 'sev3',
    ticket: 'sev4', low: 'sev4', info: 'sev5', informational: 'sev5',
  };
  return words[s];
}

/** OpenSLO comparison operators as Datadog time-slice comparators. */
export const OPERATORS: Readonly<Record<string, '<' | '<=' | '>' | '>='>> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

export function operatorName(comparator: string): string {
  return Object.entries(OPERATORS).find(([, c]) => c === comparator)?.[0] ?? comparator;
}

/** OpenSLO label values are a string or a list of strings. */
export function labelValues(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}
