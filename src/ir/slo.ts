import type { MessageSpec, Severity } from './monitor.ts';
import type { SourceLocation } from './source.ts';

/** The rolling windows Datadog SLOs are measured over. */
export const SLO_TIMEFRAMES = ['7d', '30d', '90d'] as const;
export type SloTimeframe = (typeof SLO_TIMEFRAMES)[number];

/** `metric`: good/total event counts; `monitor`: uptime of monitors; `time_slice`: share of good minutes. */
export const SLO_TYPES = ['metric', 'monitor', 'time_slice'] as const;
export type SloType = (typeof SLO_TYPES)[number];

/**
 * One objective: the share of good events (or good time) over a rolling timeframe.
 * @example { timeframe: '30d', target: 99.9, warning: 99.95 }
 */
export interface SloThreshold {
  /** The rolling window: `7d`, `30d` or `90d`. */
  timeframe: SloTimeframe;
  /**
   * Percent that must be good, strictly between 0 and 100. At most 3 decimals (monitor-based SLOs: 2 decimals on
   * 7d and 30d). @example 99.9
   */
  target: number;
  /** Optional stricter percent (above `target`, below 100) at which the SLO shows a warning. @example 99.95 */
  warning?: number;
}

/**
 * Count formulas of a metric SLO (Datadog `sli_specification.count`): named metric queries combined by formulas.
 * Give `good` with `total` or with `bad`, or `bad` with `total`.
 * @example { queries: { hits: 'sum:trace.http.request.hits{service:checkout}.as_count()', errors: 'sum:trace.http.request.errors{service:checkout}.as_count()' }, good: 'hits - errors', total: 'hits' }
 */
export interface SloCountFormulas {
  /** Query name → metric query. Names are letters, digits and `_`, starting with a letter. */
  queries: Record<string, string>;
  /** Formula of good events over the query names. */
  good?: string;
  /** Formula of bad events over the query names. */
  bad?: string;
  /** Formula of all events over the query names. */
  total?: string;
}

/** A comparator of a time-slice SLO: how a slice's value must compare with the threshold to be good. */
export type SloComparator = '>' | '>=' | '<' | '<=';

/**
 * A time-slice SLI: each slice (1 or 5 minutes) is good when the query's value compares well with the threshold.
 * @example { query: 'max:inventory.sync.lag_seconds{env:prod}', comparator: '<=', threshold: 900, intervalSeconds: 300 }
 */
export interface SloTimeSlice {
  /** One metric query. Use `queries` and `formula` instead to combine several. */
  query?: string;
  /** Query name → metric query, for `formula`. */
  queries?: Record<string, string>;
  /** Formula over the query names, e.g. `errors / hits * 100`. */
  formula?: string;
  /** A slice is good when `value <comparator> threshold`. */
  comparator: SloComparator;
  /** Threshold in the query's unit. */
  threshold: number;
  /** Slice length in seconds: 60 or 300. Default 300. */
  intervalSeconds?: 60 | 300;
}

/**
 * One burn-rate alert tier: a Datadog `slo alert` monitor that fires when the error budget burns faster than
 * `burnRate` over both the long and the short window. Give `burnRate` or `budgetConsumed`.
 * @example { longWindow: '1h', burnRate: 14.4 }  // Datadog's recommended fast tier for 30d
 * @example { longWindow: '6h', budgetConsumed: 5, severity: 'sev3' }  // fire once 5% of the budget burned in 6h
 */
export interface BurnRateTier {
  /** Tier name: the derived monitor id is `<slo-id>.<name>` and it carries the tag `slo-tier:<name>`. Default `burn-<longWindow>`. */
  name?: string;
  /** Long window, 1h–48h, e.g. `1h`, `6h`, `24h` (`m`, `h` or `d` units). */
  longWindow: string;
  /** Short window, shorter than the long one. Default long/12 (1h → 5m, 6h → 30m, 24h → 2h). */
  shortWindow?: string;
  /** Burn rate that fires the alert: a multiple of the sustainable rate, above 0 and at most 1/(1 − target). */
  burnRate?: number;
  /** Alternative to `burnRate`: percent (0–100] of the timeframe's budget spent within the long window. */
  budgetConsumed?: number;
  /** Default: sev2 (page) for faster tiers, sev4 (ticket) for the slowest of two or more. */
  severity?: Severity;
  /** Which of the SLO's timeframes the alert watches. Default: the primary timeframe. */
  timeframe?: SloTimeframe;
}

/**
 * An error-budget alert: fires once more than `consumed` percent of the timeframe's budget is spent.
 * @example { consumed: 75 }
 */
export interface ErrorBudgetAlert {
  /** Tier name. Default `budget-<consumed>`. */
  name?: string;
  /** Percent of the budget spent, above 0 and at most 100. */
  consumed: number;
  /** Default sev4 (a ticket). */
  severity?: Severity;
  /** Default: the primary timeframe. */
  timeframe?: SloTimeframe;
}

/** Alerting derived from the SLO: each tier compiles to one `slo alert` monitor. */
export interface SloAlerts {
  /**
   * `'default'` (also when omitted): Datadog's recommended tiers for the primary timeframe (30d: 14.4×/1h and 6×/6h
   * page, 3×/24h ticket). `false`: none. Or your own tiers.
   */
  burnRate?: 'default' | false | BurnRateTier[];
  /** Error-budget alerts. Default none. */
  errorBudget?: ErrorBudgetAlert[];
  /** What every derived alert's message adds to vigil's generated summary: impact, first steps, handles. */
  message?: Omit<MessageSpec, 'summary'>;
}

/** Take over an SLO that already exists in Datadog instead of creating one. */
export interface SloAdoption {
  /** The SLO's id in Datadog (32 hex characters). Ignored once vigil owns an SLO with this definition's logical id. */
  datadogId: string;
}

/**
 * Escape hatch: fields in Datadog's wire shape laid over the compiled SLO payload, for what the typed props cannot
 * say: a name or description with surrounding spaces, `groups` on a metric or time-slice SLO, groups or thresholds in
 * Datadog's order. Not validated. `vigil import` writes it only when needed, so that adopting an SLO changes nothing on it.
 * @example { groups: ['env:prod', 'role:mysql'] }
 */
export interface SloOverrides {
  /** Sent instead of the trimmed `name`. */
  name?: string;
  /** Sent instead of the trimmed `description`. */
  description?: string;
  /** Sent as `groups`, in this order, whatever the SLO type. */
  groups?: string[];
  /**
   * The order of `thresholds` in the payload, by timeframe, instead of 7d, 30d, 90d (Datadog keeps the order it was
   * sent). The thresholds themselves stay typed. @example ['30d', '7d']
   */
  thresholdOrder?: SloTimeframe[];
}

/** The intermediate representation of one SLO: plain JSON, checked by schemas/slo.schema.json. */
export interface SloDefinition {
  kind: 'slo';
  /** Logical id (lowercase words and dashes), stable across renames. */
  id: string;
  name: string;
  type: SloType;
  description?: string;
  team?: string;
  service?: string;
  env?: string;
  /** Linked from every derived alert. */
  runbook?: string;
  tags?: string[];
  /** One objective per timeframe (at most one each of 7d, 30d, 90d). */
  thresholds: SloThreshold[];
  /** The primary timeframe; must be one of the thresholds'. Default: the first threshold's. */
  timeframe?: SloTimeframe;
  /** Metric SLOs: query of good events (with `total`). */
  good?: string;
  /** Metric SLOs: query of bad events (with `total`). */
  bad?: string;
  /** Metric SLOs: query of all events. */
  total?: string;
  /** Metric SLOs: count formulas instead of `good`/`bad`/`total`. */
  formulas?: SloCountFormulas;
  /** Monitor SLOs: logical ids of 1–20 monitors defined with vigil. */
  monitors?: string[];
  /** Monitor SLOs with exactly one multi-alert monitor: the groups to count, e.g. `['env:prod,region:eu']`. */
  groups?: string[];
  /** Time-slice SLOs: the slice condition. */
  timeSlice?: SloTimeSlice;
  alerts?: SloAlerts;
  /**
   * Adopt an existing Datadog SLO (written by `vigil import`): the first apply tags it as vigil's instead of creating
   * a new one. Not part of the payload.
   */
  adopt?: SloAdoption;
  /** Wire-shaped fields laid over the compiled payload; see {@link SloOverrides}. */
  overrides?: SloOverrides;
  source?: SourceLocation;
}
