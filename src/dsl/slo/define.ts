import type { SloDefinition, SloType } from '../../ir/slo.ts';
import { attachFrames, captureFrames, type Builder } from '../capture.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';
import type { AnySloProps, MetricSloProps, MonitorSloProps, SloProps, TimeSliceSloProps } from './props.ts';

/** Every key of {@link SloProps}; the compiler keeps this list complete. */
export const SLO_KEYS = propKeys<SloProps>({
  id: true, name: true, description: true, team: true, service: true, env: true, runbook: true, tags: true,
  thresholds: true, timeframe: true, alerts: true, adopt: true, overrides: true,
});
/** The props the IR keeps as they are: all but those `base` reads itself. */
const COMMON = [...SLO_KEYS].filter((k) => k !== 'id' && k !== 'name' && k !== 'thresholds') as Array<keyof SloProps>;
const METRIC_KEYS = propKeys<Omit<MetricSloProps, keyof SloProps>>({ good: true, bad: true, total: true, formulas: true });
const MONITOR_KEYS = propKeys<Omit<MonitorSloProps, keyof SloProps>>({ monitors: true, groups: true });
const TIME_SLICE_KEYS = propKeys<Omit<TimeSliceSloProps, keyof SloProps>>({ timeSlice: true });
/** `slo()` names the type; the typed builders do not take it. */
const NONE: ReadonlySet<string> = new Set();
const TYPE_KEY: ReadonlySet<string> = new Set(['type']);

/**
 * A metric SLO: good events over all events, e.g. successful checkout requests over all checkout requests.
 * @example metricSlo({ id: 'checkout-availability', name: 'Checkout availability', bad: errors, total: hits,
 *   thresholds: [{ timeframe: '30d', target: 99.9 }], alerts: {} })
 */
export function metricSlo(props: MetricSloProps): SloDefinition {
  return buildMetricSlo(props, metricSlo, NONE);
}

function buildMetricSlo(props: MetricSloProps, builder: Builder, extra: ReadonlySet<string>): SloDefinition {
  const def = base('metric', props, METRIC_KEYS, extra);
  for (const key of ['good', 'bad', 'total'] as const) if (props[key] !== undefined) def[key] = String(props[key]);
  if (props.formulas !== undefined) def.formulas = props.formulas;
  return attachFrames(def, captureFrames(builder));
}

/** A monitor-based SLO: the share of time its monitors are not alerting. */
export function monitorSlo(props: MonitorSloProps): SloDefinition {
  return buildMonitorSlo(props, monitorSlo, NONE);
}

function buildMonitorSlo(props: MonitorSloProps, builder: Builder, extra: ReadonlySet<string>): SloDefinition {
  const def = base('monitor', props, MONITOR_KEYS, extra);
  def.monitors = props.monitors.map((m) => (typeof m === 'string' ? m : m.id));
  if (props.groups !== undefined) def.groups = props.groups;
  return attachFrames(def, captureFrames(builder));
}

/** A time-slice SLO: the share of 1- or 5-minute slices in which a metric compares well with a threshold. */
export function timeSliceSlo(props: TimeSliceSloProps): SloDefinition {
  return buildTimeSliceSlo(props, timeSliceSlo, NONE);
}

function buildTimeSliceSlo(props: TimeSliceSloProps, builder: Builder, extra: ReadonlySet<string>): SloDefinition {
  const def = base('time_slice', props, TIME_SLICE_KEYS, extra);
  const { query, ...rest } = props.timeSlice;
  def.timeSlice = { ...(query !== undefined ? { query: String(query) } : {}), ...rest };
  return attachFrames(def, captureFrames(builder));
}

/** Any SLO type, named by `type`: for kits that build SLOs from data (e.g. an imported OpenSLO file). */
export function slo(props: AnySloProps): SloDefinition {
  switch (props.type) {
    case 'metric': return buildMetricSlo(props, slo, TYPE_KEY);
    case 'monitor': return buildMonitorSlo(props, slo, TYPE_KEY);
    case 'time_slice': return buildTimeSliceSlo(props, slo, TYPE_KEY);
  }
}

/**
 * The IR keeps only the keys the user set, so it carries no `undefined` noise and schema errors name real fields.
 * A key neither the SLO props nor the type's own (`own`, `extra`) name is noted for validation to report.
 */
function base(type: SloType, props: SloProps, own: ReadonlySet<string>, extra: ReadonlySet<string>): SloDefinition {
  const def: SloDefinition = { kind: 'slo', id: props.id, name: props.name, type, thresholds: props.thresholds };
  for (const key of COMMON) if (props[key] !== undefined) (def as unknown as Record<string, unknown>)[key] = props[key];
  noteUnknownProps(def, props, '', SLO_KEYS, own, extra);
  return def;
}
