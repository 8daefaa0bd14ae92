// The public DSL: builders that return plain definitions. No I/O, no global registry — a definition file exports
// what it defines and the loader collects the exports.
export type { MonitorProps, QueryLike } from './monitors/props.ts';
export {
  metricAlert, changeAlert, anomalyAlert, forecastAlert, outlierAlert,
  type MetricAlertProps, type ChangeAlertProps, type AnomalyAlertProps, type ForecastAlertProps,
  type OutlierAlertProps, type Comparator, type TimeAggregation, type EvaluationWindow,
} from './monitors/metric.ts';
export {
  serviceCheck, logAlert, eventAlert, processAlert,
  type ServiceCheckProps, type LogAlertProps, type SearchAlertProps, type ProcessAlertProps,
} from './monitors/checks.ts';
export {
  compositeMonitor, monitor, allOf, anyOf, not, CompositeExpr,
  type CompositeProps, type GenericMonitorProps, type MonitorRef,
} from './monitors/composite.ts';
export { sloAlert, type SloAlertProps, type SloTimeframe } from './monitors/slo-alert.ts';
export {
  metric, query, threshold, Expression, MetricSeries, MetricQueryBuilder, QueryString,
  type AnomaliesOptions, type ForecastOptions, type OutliersOptions, type Condition, type TagFilter, type TagValue,
  type RollupMethod, type FillMethod, type ForecastHorizon, type ChangeShift, type TimeAggregator, type Operand,
} from './query.ts';
export {
  routing, rule, pagerduty, slack, email, webhook,
  type RoutingProps, type Destination, type RouteCase, type RouteMatch, type RoutingRule,
} from './routing/index.ts';
export { metricSlo, monitorSlo, timeSliceSlo, slo } from './slo/define.ts';
export type { SloProps, MetricSloProps, MonitorSloProps, TimeSliceSloProps, AnySloProps } from './slo/props.ts';
export { pagerdutyService, escalationPolicy, pagerdutyTeam, user, schedule } from './pagerduty/index.ts';
export { notificationRule, type NotificationRuleProps, type NotificationRuleCondition } from './notification-rule/index.ts';
export { downtime, outsideWorkingHours, type DowntimeProps, type OutsideWorkingHoursProps } from './downtime/index.ts';
export { sloCorrection, type SloCorrectionProps } from './slo-correction/index.ts';
