import type { SourceLocation } from './source.ts';

/** The 23 monitor types of Datadog's v1 API. `metric alert` is stored by Datadog as `query alert`. */
export const MONITOR_TYPES = [
  'metric alert', 'query alert', 'service check', 'event alert', 'event-v2 alert', 'log alert', 'process alert',
  'rum alert', 'trace-analytics alert', 'slo alert', 'composite', 'synthetics alert', 'audit alert',
  'ci-pipelines alert', 'ci-tests alert', 'error-tracking alert', 'database-monitoring alert',
  'network-performance alert', 'cost alert', 'data-quality alert', 'network-path alert', 'data-jobs alert',
  'llm-observability alert',
] as const;
export type MonitorType = (typeof MONITOR_TYPES)[number];

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4', 'sev5'] as const;
/** Sev1 = complete outage … Sev5 = informational. Compiles to Datadog `priority` 1…5. */
export type Severity = (typeof SEVERITIES)[number];

export type RenotifyStatus = 'alert' | 'warn' | 'no data';
export type OnMissingData = 'default' | 'show_no_data' | 'show_and_notify_no_data' | 'resolve';
export type NotificationPreset =
  | 'show_all' | 'hide_query' | 'hide_handles' | 'hide_all' | 'hide_query_and_handles' | 'show_only_snapshot'
  | 'hide_handles_and_footer';

/**
 * Alert thresholds. Datadog compares the query's value against these with the query's comparator; `critical` must
 * equal the threshold written in the query (vigil fills it from the query when you leave it out).
 * @example { critical: 5, warning: 3, criticalRecovery: 4 }
 */
export interface Thresholds {
  /** Value at which the monitor alerts. Same unit as the query. */
  critical?: number;
  /** Value at which the monitor warns; must be reached before `critical` for the comparator's direction. */
  warning?: number;
  /** Service checks only: number of consecutive OK results before the check recovers. */
  ok?: number;
  /** Service checks only: number of consecutive UNKNOWN results before the check is UNKNOWN. */
  unknown?: number;
  /** Value at which an alert recovers; must lie on the non-alerting side of `critical`. */
  criticalRecovery?: number;
  /** Value at which a warning recovers; must lie on the non-warning side of `warning`. */
  warningRecovery?: number;
}

/** Anomaly monitors only: how long the value must be anomalous to trigger, and normal to recover. */
export interface ThresholdWindows {
  /** e.g. `last_15m`: the window that must be normal before the alert recovers. */
  recoveryWindow?: string;
  /** e.g. `last_15m`: the window that must be anomalous before the alert triggers. */
  triggerWindow?: string;
}

/** When the monitor evaluates: a custom schedule (RRULE) or a cumulative evaluation window. */
export interface SchedulingOptions {
  /** Evaluate only on a recurring schedule, e.g. `{ recurrences: [{ rrule: 'FREQ=DAILY;INTERVAL=1', timezone: 'UTC' }] }`. */
  customSchedule?: { recurrences: Array<{ rrule: string; start?: string; timezone: string }> };
  /** Cumulative windows (`current_1d`, `current_1mo`…): when the day, hour or month starts. */
  evaluationWindow?: { dayStarts?: string; hourStarts?: number; monthStarts?: number; timezone?: string };
}

/**
 * Monitor options, named like the official client's `MonitorOptions` model (camelCase of the wire names:
 * `notifyNoData` is sent as `notify_no_data`). Units are in each property's description.
 */
export interface MonitorOptions {
  /** Alert, warning and recovery thresholds. */
  thresholds?: Thresholds;
  /** Trigger and recovery windows of anomaly monitors. */
  thresholdWindows?: ThresholdWindows;
  /** Notify when the query stops reporting data. Default `false`. Prefer `onMissingData` on metric, log and event monitors. */
  notifyNoData?: boolean;
  /** Minutes without data before a no-data notification; at least twice the evaluation window. Default: twice the window. */
  noDataTimeframe?: number | null;
  /** What a monitor does when data is missing (replaces notifyNoData on newer monitor types). */
  onMissingData?: OnMissingData;
  /** Minutes between re-notifications while the monitor stays in alert; `null` or 0 means never. */
  renotifyInterval?: number | null;
  /** How many times to re-notify; needs `renotifyInterval`. */
  renotifyOccurrences?: number | null;
  /** States that trigger re-notification. Default `['alert']`. */
  renotifyStatuses?: RenotifyStatus[];
  /** Seconds to delay evaluation, for metrics that arrive late (e.g. cloud integrations: 900). 0–86400. */
  evaluationDelay?: number | null;
  /** Seconds after a new group appears before it is evaluated (e.g. while a new host boots). 0–86400. */
  newGroupDelay?: number | null;
  /** Deprecated by Datadog in favour of `newGroupDelay`; seconds. Datadog fills 300 when unset. */
  newHostDelay?: number | null;
  /** Evaluate only over full windows of data. Recommended `false` for sparse metrics. */
  requireFullWindow?: boolean;
  /** Add the triggering group's tags to the notification title. Default `true`. */
  includeTags?: boolean;
  /** Hours after which a non-reporting alert resolves itself; 0–24. */
  timeoutH?: number | null;
  /** Group-by tags to aggregate notifications by (e.g. `['cluster']`), or `['*']` for a simple alert. */
  notifyBy?: string[];
  /** Notify the tagged users when the monitor is edited. Default `false`. */
  notifyAudit?: boolean;
  /** Custom schedule or cumulative evaluation window. */
  schedulingOptions?: SchedulingOptions;
  /** Formula-and-function query definitions of formula monitors, in Datadog's wire shape. */
  variables?: Array<Record<string, unknown>>;
  /** How much of the query and handles the notification shows. */
  notificationPresetName?: NotificationPreset;
  /** Text sent with each re-notification. */
  escalationMessage?: string;
  /** How long a group that stopped reporting is kept, e.g. `2d`. */
  groupRetentionDuration?: string;
  /** Log monitors: include a sample of matching logs in the notification. */
  enableLogsSample?: boolean;
  /** CI monitors: include samples in the notification. */
  enableSamples?: boolean;
  /** Log monitors: group by a facet without triggering per group. */
  groupbySimpleMonitor?: boolean;
  /** Synthetics: seconds a test must fail before alerting. 0–7200. */
  minFailureDuration?: number | null;
  /** Synthetics: locations that must fail before alerting. Default 1. */
  minLocationFailed?: number | null;
  /** Deprecated aggregation settings of event monitors. */
  aggregation?: { groupBy?: string; metric?: string; type?: string };
  /**
   * @deprecated Datadog's old edit lock; use `restrictedRoles`. Kept so monitors that still carry it can be
   * imported unchanged.
   */
  locked?: boolean;
}

/** The human parts of an alert message; vigil lays them out in a fixed, readable order. */
export interface MessageSpec {
  /** One or two sentences: what is wrong, in words an on-call engineer understands at 3 a.m. */
  summary: string;
  /** Who is hurt and how, e.g. "Customers cannot complete checkout." */
  impact?: string;
  /** First things to check or do, in order. */
  firstSteps?: string[];
  /** Free text appended after the structured sections (may use Datadog template variables). */
  details?: string;
  /** Extra notification handles (without routing), e.g. `@slack-payments`. */
  notify?: string[];
}

/**
 * Escape hatch: fields in Datadog's wire shape (snake_case) laid over the compiled payload, for what the typed props
 * cannot say — a name ending in a space, keys the Datadog UI stores inside `thresholds`, an explicit `null`, an option
 * combination vigil would reject but Datadog kept. Not validated. `vigil import` writes it only when needed, so
 * that adopting a monitor changes nothing on it.
 * @example { options: { restriction_query: null } }
 */
export interface MonitorOverrides {
  /** Sent instead of the trimmed `name`. */
  name?: string;
  /** Sent instead of the composed message. */
  message?: string;
  /** Sent instead of the trimmed `query`. */
  query?: string;
  /** Merged into the compiled options key by key (nested objects too); other values replace. */
  options?: Record<string, unknown>;
  /** Sent in this order instead of sorted. */
  restricted_roles?: string[] | null;
}

/** Take over a monitor that already exists in Datadog instead of creating one. */
export interface Adoption {
  /** The monitor's numeric id in Datadog. Ignored once vigil owns a monitor with this definition's logical id. */
  datadogId: number;
}

/** A lint rule switched off for one definition, with the reason a reviewer will read. */
export type LintSuppressions = Record<string, string>;

/** The intermediate representation of one monitor: plain JSON, checked by schemas/monitor.schema.json. */
export interface MonitorDefinition {
  kind: 'monitor';
  /** Logical id: the stable identity vigil uses instead of Datadog's numeric id. */
  id: string;
  type: MonitorType;
  name: string;
  /** The Datadog query. Composite monitors refer to other monitors as `${logical-id}`. */
  query: string;
  team?: string;
  service?: string;
  env?: string;
  severity?: Severity;
  runbook?: string;
  tags?: string[];
  message: MessageSpec;
  options?: MonitorOptions;
  priority?: number | null;
  restrictedRoles?: string[] | null;
  suppress?: LintSuppressions;
  /** `false`: the routing table adds no notifications; the message keeps only its own handles. */
  routing?: false;
  /**
   * Adopt an existing Datadog monitor (written by `vigil import`): the first apply tags it as vigil's instead of
   * creating a new one. Not part of the payload.
   */
  adopt?: Adoption;
  /** Wire-shaped fields laid over the compiled payload; see {@link MonitorOverrides}. */
  overrides?: MonitorOverrides;
  source?: SourceLocation;
}
