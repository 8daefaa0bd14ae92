import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { SloAdoption, SloAlerts, SloComparator, SloOverrides, SloCountFormulas, SloThreshold, SloTimeframe } from '../../ir/slo.ts';
import type { QueryLike } from '../monitors/props.ts';

/** What every SLO declares, whatever it counts. */
export interface SloProps {
  /**
   * Logical id: lowercase letters, digits and dashes, unique across the organisation, stable across renames.
   * Derived alerts get `<id>.<tier>`, e.g. `checkout-availability.burn-1h`.
   * @example 'checkout-availability'
   */
  id: string;
  /** Title shown in Datadog. @example 'Checkout availability' */
  name: string;
  /** Shown with the SLO in Datadog: what "good" means and why the target. Default none. */
  description?: string;
  /** Owning team; becomes the `team:` tag and is inherited by the derived alerts. @example 'payments' */
  team?: string;
  /** Service measured; becomes the `service:` tag. @example 'checkout' */
  service?: string;
  /** Environment; becomes the `env:` tag. @example 'prod' */
  env?: string;
  /** Runbook URL linked from every derived alert. @example 'https://runbooks.example.com/checkout/slo' */
  runbook?: string;
  /** Extra `key:value` tags (Datadog lowercases SLO tags). Also put on the derived alerts. */
  tags?: string[];
  /**
   * Objectives, one per timeframe (`7d`, `30d`, `90d`): target percent strictly between 0 and 100 with at most 3
   * decimals (monitor SLOs: 2 on 7d and 30d), and an optional stricter warning.
   * @example [{ timeframe: '30d', target: 99.9, warning: 99.95 }, { timeframe: '7d', target: 99.9 }]
   */
  thresholds: SloThreshold[];
  /** The primary timeframe, shown first and watched by alerts by default; one of the thresholds'. Default: the first threshold's. */
  timeframe?: SloTimeframe;
  /**
   * Alerts derived from this SLO, each an `slo alert` monitor. `{}` gives Datadog's recommended burn-rate tiers
   * for the primary timeframe (30d: 14.4× over 1h/5m and 6× over 6h/30m page at sev2; 3× over 24h/2h is a sev4
   * ticket). Default: no alerts.
   * @example { burnRate: 'default', errorBudget: [{ consumed: 75 }], message: { impact: 'Customers cannot pay.' } }
   */
  alerts?: SloAlerts;
  /**
   * Take over this existing Datadog SLO instead of creating one: the first apply adds vigil's ownership tags and
   * changes nothing else. Written by `vigil import`; ignored once vigil owns the SLO. Default: create a new SLO.
   * @example { datadogId: '6a3ffb99fc285f4f947ccf83d888558b' }
   */
  adopt?: SloAdoption;
  /**
   * Escape hatch: Datadog wire-shaped fields laid over the compiled payload, unchecked, for what the typed props
   * cannot say; `vigil import` writes it only so that adoption changes nothing. Default none.
   * @example { groups: ['env:prod', 'role:mysql'] }
   */
  overrides?: SloOverrides;
}

/**
 * A metric (count-based) SLO: good events over all events. Give `good` and `total`, `bad` and `total`, or
 * `formulas`. Queries count events: `sum:` aggregator, usually `.as_count()`.
 */
export interface MetricSloProps extends SloProps {
  /** Query counting good events. @example 'sum:trace.http.request.hits{service:checkout,env:prod,!http.status_class:5xx}.as_count()' */
  good?: string | QueryLike;
  /** Query counting bad events. @example 'sum:trace.http.request.errors{service:checkout,env:prod}.as_count()' */
  bad?: string | QueryLike;
  /** Query counting all events. @example 'sum:trace.http.request.hits{service:checkout,env:prod}.as_count()' */
  total?: string | QueryLike;
  /** Named queries combined by formulas (Datadog `sli_specification.count`), instead of `good`/`bad`/`total`. */
  formulas?: SloCountFormulas;
}

/** A monitor-based SLO: the share of time its monitors are not alerting. */
export interface MonitorSloProps extends SloProps {
  /**
   * 1–20 monitors, by definition or logical id (never Datadog's numeric id). Burn-rate and error-budget alerts need
   * them all to be metric monitors. @example [errorRate, 'checkout-prod-latency-p95']
   */
  monitors: Array<string | MonitorDefinition>;
  /** With exactly one multi-alert monitor: the groups to count (up to 20). Default: all groups. @example ['region:eu'] */
  groups?: string[];
}

/** A time-slice SLO: the share of 1- or 5-minute slices in which a metric compares well with a threshold. */
export interface TimeSliceSloProps extends SloProps {
  /**
   * The slice condition: a query (or named queries and a formula), a comparator and a threshold.
   * @example { query: 'max:inventory.sync.lag_seconds{env:prod}', comparator: '<=', threshold: 900 }
   */
  timeSlice: {
    /** One metric query (any aggregator). @example 'p95:trace.http.request{service:checkout}' */
    query?: string | QueryLike;
    /** Query name → metric query, combined by `formula`. */
    queries?: Record<string, string>;
    /** Formula over the query names. @example 'errors / hits * 100' */
    formula?: string;
    /** A slice is good when `value <comparator> threshold`. */
    comparator: SloComparator;
    /** Threshold in the query's unit. @example 0.5 */
    threshold: number;
    /** Slice length in seconds: 60 or 300. Default 300. */
    intervalSeconds?: 60 | 300;
  };
}

/** Any SLO, with its type named: for code that builds SLOs from data. */
export type AnySloProps =
  | ({ type: 'metric' } & MetricSloProps)
  | ({ type: 'monitor' } & MonitorSloProps)
  | ({ type: 'time_slice' } & TimeSliceSloProps);
