// The plain data of a backtest: series in, figures out. Nothing here does I/O; see ../providers/datadog/metrics.ts
// for the reads and evaluate.ts for the rule.
import type { Comparator } from '../query/index.ts';

/** A monitor's time aggregation that the backtest evaluates (`avg(last_5m)` → `avg`). */
export type TimeAggregation = 'avg' | 'sum' | 'min' | 'max';

/**
 * One series as the metric query API returns it, with 60-second points: `[unix seconds, value]`, value `null` where
 * the API had no data. `group` names the group for a grouped query (`host:web-1,env:prod`), `''` for an ungrouped one.
 */
export interface Series {
  group: string;
  points: Array<[number, number | null]>;
}

/** How one monitor (or one burn-rate alert's window) is evaluated. */
export interface AlertRule {
  aggregation: TimeAggregation;
  /** The evaluation window in seconds (`last_5m` → 300). */
  windowSeconds: number;
  comparator: Comparator;
  /** `options.thresholds.critical`. */
  critical: number;
  /** `options.thresholds.critical_recovery`, when set: a group alerting recovers only once its value stops crossing this. */
  criticalRecovery?: number;
  /**
   * A change alert (`change(avg(last_5m),last_1h)`): the value compared is the window's aggregation at t minus the
   * same at t − shift (`change`), or that difference in percent of the earlier value (`pct_change`).
   */
  change?: { kind: 'change' | 'pct_change'; shiftSeconds: number };
}
