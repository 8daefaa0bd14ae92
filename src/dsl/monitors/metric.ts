import type { MonitorDefinition } from '../../ir/monitor.ts';
import { noteQueryOptions } from '../query.ts';
import { propKeys } from '../unknown-props.ts';
import { defineMonitor } from './define.ts';
import type { MonitorProps, QueryLike } from './props.ts';

/** The keys of a builder's props beyond the monitor props every builder takes. */
type OwnProps<T> = Omit<T, keyof MonitorProps>;

/** A comparator as Datadog writes it in a query. */
export type Comparator = '>' | '>=' | '<' | '<=';
/** Time aggregation of a metric monitor. */
export type TimeAggregation = 'avg' | 'sum' | 'min' | 'max' | 'percentile';
/** A rolling evaluation window such as `last_5m`, or a cumulative one such as `current_1mo`. */
export type EvaluationWindow = `last_${number}${'m' | 'h' | 'd' | 'w' | 'mo'}` | `current_1${'d' | 'w' | 'mo' | 'y'}`;

export interface MetricAlertProps extends MonitorProps {
  /**
   * The full query with comparator and threshold, as a string or from vigil's query builder.
   * @example "avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90"
   */
  query: string | QueryLike;
}

/** A metric monitor: alerts when a metric query crosses a threshold. Compiles to Datadog type `query alert`. */
export function metricAlert(props: MetricAlertProps): MonitorDefinition {
  return defineMonitor('query alert', props.query, props, metricAlert, props.thresholds, METRIC_KEYS);
}

const METRIC_KEYS = new Set(['query']);

export interface ChangeAlertProps extends MonitorProps {
  /** `change` compares absolute values, `pct_change` relative ones (percent). Default `pct_change`. */
  change?: 'change' | 'pct_change';
  /** Aggregation of each window. Default `avg`. */
  aggregation?: TimeAggregation;
  /** The current window. @example 'last_5m' */
  window: EvaluationWindow;
  /** How far back the comparison window lies. @example 'last_1h' */
  shift: EvaluationWindow | `${number}${'m' | 'h' | 'd' | 'w'}_ago`;
  /** The metric expression, e.g. `sum:orders.placed{env:prod}.as_count()`. */
  metric: string | QueryLike;
  comparator: Comparator;
  /** Critical threshold in the metric's unit (percent for `pct_change`). */
  threshold: number;
}

/** A change monitor: alerts when a metric changes by more than a threshold against an earlier window. */
export function changeAlert(props: ChangeAlertProps): MonitorDefinition {
  const { change = 'pct_change', aggregation = 'avg', window, shift, metric, comparator, threshold, ...rest } = props;
  const query = `${change}(${aggregation}(${window}),${shift}):${String(metric)} ${comparator} ${threshold}`;
  // A metric from the query builder may carry options it did not know (`anomalies({ direciton })`).
  return withQueryOptions(defineMonitor('query alert', query, rest, changeAlert, { critical: threshold, ...rest.thresholds }, CHANGE_KEYS), metric);
}

const CHANGE_KEYS = propKeys<OwnProps<ChangeAlertProps>>({
  change: true, aggregation: true, window: true, shift: true, metric: true, comparator: true, threshold: true,
});

export interface AnomalyAlertProps extends MonitorProps {
  /** The metric expression to watch. */
  metric: string | QueryLike;
  /** Window the anomaly share is computed over. @example 'last_4h' */
  window: EvaluationWindow;
  /** `basic` (no seasonality), `agile` (quick to adapt) or `robust` (stable seasonal). */
  algorithm: 'basic' | 'agile' | 'robust';
  /** Width of the normal band in deviations (1–6). Default 2. */
  deviations?: number;
  /** Which side of the band counts as anomalous. Default `both`. */
  direction?: 'both' | 'above' | 'below';
  /** The window that must be anomalous to trigger. @example 'last_15m' */
  alertWindow: EvaluationWindow;
  /** Seconds between points the model sees. */
  interval?: number;
  /** Seasonality for `agile` and `robust`. */
  seasonality?: 'hourly' | 'daily' | 'weekly';
  /** Timezone for daily and weekly seasonality, e.g. `utc`. */
  timezone?: string;
  /** Treat missing count points as zero. */
  countDefaultZero?: boolean;
  /** Share (0–1] of the alert window that must be anomalous. Default 1. */
  threshold?: number;
}

/** An anomaly monitor: alerts when a metric leaves the band its history predicts. */
export function anomalyAlert(props: AnomalyAlertProps): MonitorDefinition {
  const {
    metric, window, algorithm, deviations = 2, direction = 'both', alertWindow, interval, seasonality, timezone,
    countDefaultZero, threshold = 1, ...rest
  } = props;
  const args = [`'${algorithm}'`, String(deviations), `direction='${direction}'`, `alert_window='${alertWindow}'`];
  if (interval !== undefined) args.push(`interval=${interval}`);
  if (countDefaultZero !== undefined) args.push(`count_default_zero='${countDefaultZero}'`);
  if (seasonality) args.push(`seasonality='${seasonality}'`);
  if (timezone) args.push(`timezone='${timezone}'`);
  const query = `avg(${window}):anomalies(${String(metric)}, ${args.join(', ')}) >= ${threshold}`;
  // Object.assign rather than spread syntax: see defineMonitor.
  const withWindows = Object.assign({}, rest, {
    options: Object.assign({}, rest.options, {
      thresholdWindows: Object.assign({ triggerWindow: alertWindow, recoveryWindow: alertWindow }, rest.options?.thresholdWindows),
    }),
  });
  // A metric from the query builder may carry options it did not know (`anomalies({ direciton })`).
  return withQueryOptions(defineMonitor('query alert', query, withWindows, anomalyAlert, { critical: threshold, ...withWindows.thresholds }, ANOMALY_KEYS), metric);
}

const ANOMALY_KEYS = propKeys<OwnProps<AnomalyAlertProps>>({
  metric: true, window: true, algorithm: true, deviations: true, direction: true, alertWindow: true, interval: true,
  seasonality: true, timezone: true, countDefaultZero: true, threshold: true,
});

export interface ForecastAlertProps extends MonitorProps {
  metric: string | QueryLike;
  /** How far ahead to look. @example 'next_1w' */
  horizon: `next_${number}${'h' | 'd' | 'w' | 'mo'}`;
  /** Aggregation over the forecast horizon. Default `max`. */
  aggregation?: TimeAggregation;
  /** `linear` for steady trends (disk filling), `seasonal` for repeating patterns. */
  algorithm: 'linear' | 'seasonal';
  /** Width of the confidence band in deviations. Default 1. */
  deviations?: number;
  /** Linear model: `default`, `simple` or `reactive`. */
  model?: 'default' | 'simple' | 'reactive';
  /** Seasonal model seasonality. */
  seasonality?: 'hourly' | 'daily' | 'weekly';
  /** History the model reads, e.g. `1w`. */
  history?: string;
  /** Point interval, e.g. `60m`. */
  interval?: string;
  comparator: Comparator;
  threshold: number;
}

/** A forecast monitor: alerts when a metric is predicted to cross a threshold within the horizon. */
export function forecastAlert(props: ForecastAlertProps): MonitorDefinition {
  const {
    metric, horizon, aggregation = 'max', algorithm, deviations = 1, model, seasonality, history, interval,
    comparator, threshold, ...rest
  } = props;
  const args = [`'${algorithm}'`, String(deviations)];
  if (interval) args.push(`interval='${interval}'`);
  if (history) args.push(`history='${history}'`);
  if (model) args.push(`model='${model}'`);
  if (seasonality) args.push(`seasonality='${seasonality}'`);
  const query = `${aggregation}(${horizon}):forecast(${String(metric)}, ${args.join(', ')}) ${comparator} ${threshold}`;
  // A metric from the query builder may carry options it did not know (`anomalies({ direciton })`).
  return withQueryOptions(defineMonitor('query alert', query, rest, forecastAlert, { critical: threshold, ...rest.thresholds }, FORECAST_KEYS), metric);
}

const FORECAST_KEYS = propKeys<OwnProps<ForecastAlertProps>>({
  metric: true, horizon: true, aggregation: true, algorithm: true, deviations: true, model: true, seasonality: true,
  history: true, interval: true, comparator: true, threshold: true,
});

export interface OutlierAlertProps extends MonitorProps {
  /** A grouped metric expression: outliers are groups that behave unlike their peers. */
  metric: string | QueryLike;
  window: EvaluationWindow;
  algorithm: 'DBSCAN' | 'scaledDBSCAN' | 'MAD' | 'scaledMAD';
  /** Algorithm tolerance (DBSCAN) or deviations (MAD). Default 3. */
  tolerance?: number;
  /** MAD only: percentage of points that must be outlying. */
  percentage?: number;
}

/** An outlier monitor: alerts when one group of a metric behaves differently from the others. */
export function outlierAlert(props: OutlierAlertProps): MonitorDefinition {
  const { metric, window, algorithm, tolerance = 3, percentage, ...rest } = props;
  const args = [`'${algorithm}'`, String(tolerance)];
  if (percentage !== undefined) args.push(String(percentage));
  const query = `avg(${window}):outliers(${String(metric)}, ${args.join(', ')}) > 0`;
  // A metric from the query builder may carry options it did not know (`anomalies({ direciton })`).
  return withQueryOptions(defineMonitor('query alert', query, rest, outlierAlert, { critical: 0, ...rest.thresholds }, OUTLIER_KEYS), metric);
}

const OUTLIER_KEYS = propKeys<OwnProps<OutlierAlertProps>>({
  metric: true, window: true, algorithm: true, tolerance: true, percentage: true,
});

function withQueryOptions(def: MonitorDefinition, metric: unknown): MonitorDefinition {
  noteQueryOptions(def, metric);
  return def;
}
