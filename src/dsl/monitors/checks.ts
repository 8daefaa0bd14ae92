import type { MonitorDefinition } from '../../ir/monitor.ts';
import type { Builder } from '../capture.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';
import { defineMonitor } from './define.ts';
import type { MonitorProps } from './props.ts';

/** The keys of a builder's props beyond the monitor props every builder takes. */
type OwnProps<T> = Omit<T, keyof MonitorProps>;

export interface ServiceCheckProps extends MonitorProps {
  /** The check name as the Agent reports it. @example 'http.can_connect' */
  check: string;
  /** Scope tags the check must carry. Default `['*']` (everywhere). @example ['env:prod', 'service:checkout'] */
  over?: string[];
  /** Tags to alert on separately (multi alert). @example ['host', 'url'] */
  by?: string[];
  /** Tags to exclude. */
  exclude?: string[];
  /**
   * Consecutive results considered. Default: one more than the largest of the critical, warning and ok counts.
   */
  last?: number;
}

/** A service check monitor: alerts on consecutive CRITICAL/WARNING results of an Agent or custom check. */
export function serviceCheck(props: ServiceCheckProps): MonitorDefinition {
  const { check, over = ['*'], by = [], exclude = [], last } = props;
  const t = { critical: 1, ok: 1, ...props.options?.thresholds, ...props.thresholds };
  const count = last ?? Math.max(t.critical ?? 1, t.warning ?? 0, t.ok ?? 1) + 1;
  let query = `${JSON.stringify(check)}.over(${over.map((s) => JSON.stringify(s)).join(',')})`;
  if (exclude.length) query += `.exclude(${exclude.map((s) => JSON.stringify(s)).join(',')})`;
  if (by.length) query += `.by(${by.map((s) => JSON.stringify(s)).join(',')})`;
  query += `.last(${count}).count_by_status()`;
  return defineMonitor('service check', query, props, serviceCheck, t, SERVICE_CHECK_KEYS);
}

const SERVICE_CHECK_KEYS = propKeys<OwnProps<ServiceCheckProps>>({ check: true, over: true, by: true, exclude: true, last: true });

/** A comparator as Datadog writes it in a query. */
type Comparator = '>' | '>=' | '<' | '<=';

export interface SearchAlertProps extends MonitorProps {
  /** Search query in the product's search syntax. @example 'service:checkout status:error' */
  search: string;
  /** Evaluation window, e.g. `5m`, `1h`. */
  window: `${number}${'m' | 'h' | 'd'}`;
  /** Roll-up: `count` (default), or a measure aggregated with `avg`, `sum`, `min`, `max`, `cardinality`, `pc95`… */
  rollup?: { method: string; measure?: string };
  /** Facets to alert on separately. @example ['@http.status_code'] */
  by?: string[];
  comparator: Comparator;
  threshold: number;
}

export interface LogAlertProps extends SearchAlertProps {
  /** Log indexes to search. Default `['*']`. */
  indexes?: string[];
}

/** A log monitor: alerts when the count (or a measure) of matching logs crosses a threshold. */
export function logAlert(props: LogAlertProps): MonitorDefinition {
  const index = `.index(${(props.indexes ?? ['*']).map((i) => JSON.stringify(i)).join(',')})`;
  return searchMonitor('log alert', 'logs', index, props, logAlert, LOG_KEYS);
}

/** An event monitor (events v2 search syntax): alerts on the count of matching events. */
export function eventAlert(props: SearchAlertProps): MonitorDefinition {
  return searchMonitor('event-v2 alert', 'events', '', props, eventAlert, SEARCH_KEYS);
}

const SEARCH_KEYS = propKeys<OwnProps<SearchAlertProps>>({
  search: true, window: true, rollup: true, by: true, comparator: true, threshold: true,
});
const LOG_KEYS = new Set([...SEARCH_KEYS, ...propKeys<Omit<LogAlertProps, keyof SearchAlertProps>>({ indexes: true })]);
const ROLLUP_KEYS = propKeys<NonNullable<SearchAlertProps['rollup']>>({ method: true, measure: true });

export interface ProcessAlertProps extends MonitorProps {
  /** Process search, e.g. `nginx` or `java -jar checkout.jar`. */
  search: string;
  /** Scope tags. Default `['*']`. */
  over?: string[];
  by?: string[];
  window: `${number}${'m' | 'h'}`;
  comparator: Comparator;
  threshold: number;
}

/** A live process monitor: alerts when the number of matching processes crosses a threshold. */
export function processAlert(props: ProcessAlertProps): MonitorDefinition {
  const { search, over = ['*'], by = [], window, comparator, threshold, ...rest } = props;
  let query = `processes(${quote(search)}).over(${over.map(quote).join(',')})`;
  if (by.length) query += `.by(${by.map(quote).join(',')})`;
  query += `.rollup('count').last('${window}') ${comparator} ${threshold}`;
  return defineMonitor('process alert', query, rest, processAlert, { critical: threshold, ...rest.thresholds }, PROCESS_KEYS);
}

const PROCESS_KEYS = propKeys<OwnProps<ProcessAlertProps>>({
  search: true, over: true, by: true, window: true, comparator: true, threshold: true,
});

function searchMonitor(
  type: 'log alert' | 'event-v2 alert', source: string, index: string, props: SearchAlertProps,
  builder: Builder, own: ReadonlySet<string>,
): MonitorDefinition {
  const { search, window, rollup = { method: 'count' }, by = [], comparator, threshold } = props;
  const rollupArgs = [rollup.method, rollup.measure].filter((a): a is string => !!a).map((a) => JSON.stringify(a));
  let query = `${source}(${JSON.stringify(search)})${index}.rollup(${rollupArgs.join(', ')})`;
  if (by.length) query += `.by(${by.map((b) => JSON.stringify(b)).join(',')})`;
  query += `.last(${JSON.stringify(window)}) ${comparator} ${threshold}`;
  const def = defineMonitor(type, query, props, builder, { critical: threshold, ...props.thresholds }, own);
  noteUnknownProps(def, rollup, '/rollup', ROLLUP_KEYS);
  return def;
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "\\'")}'`;
}
