import type { SloDefinition, SloType } from '../../ir/slo.ts';
import { attachFrames, captureFrames } from '../capture.ts';
import type { AnySloProps, MetricSloProps, MonitorSloProps, SloProps, TimeSliceSloProps } from './props.ts';

const COMMON = ['description', 'team', 'service', 'env', 'runbook', 'tags', 'timeframe', 'alerts', 'adopt', 'overrides'] as const;

/**
 * A metric SLO: good events over all events, e.g. successful checkout requests over all checkout requests.
 * @example metricSlo({ id: 'checkout-availability', name: 'Checkout availability', bad: errors, total: hits,
 *   thresholds: [{ timeframe: '30d', target: 99.9 }], alerts: {} })
 */
export function metricSlo(props: MetricSloProps): SloDefinition {
  const def = base('metric', props);
  for (const key of ['good', 'bad', 'total'] as const) if (props[key] !== undefined) def[key] = String(props[key]);
  if (props.formulas !== undefined) def.formulas = props.formulas;
  return attachFrames(def, captureFrames(metricSlo));
}

/** A monitor-based SLO: the share of time its monitors are not alerting. */
export function monitorSlo(props: MonitorSloProps): SloDefinition {
  const def = base('monitor', props);
  def.monitors = props.monitors.map((m) => (typeof m === 'string' ? m : m.id));
  if (props.groups !== undefined) def.groups = props.groups;
  return attachFrames(def, captureFrames(monitorSlo));
}

/** A time-slice SLO: the share of 1- or 5-minute slices in which a metric compares well with a threshold. */
export function timeSliceSlo(props: TimeSliceSloProps): SloDefinition {
  const def = base('time_slice', props);
  const { query, ...rest } = props.timeSlice;
  def.timeSlice = { ...(query !== undefined ? { query: String(query) } : {}), ...rest };
  return attachFrames(def, captureFrames(timeSliceSlo));
}

/** Any SLO type, named by `type`: for kits that build SLOs from data (e.g. an imported OpenSLO file). */
export function slo(props: AnySloProps): SloDefinition {
  switch (props.type) {
    case 'metric': return metricSlo(props);
    case 'monitor': return monitorSlo(props);
    case 'time_slice': return timeSliceSlo(props);
  }
}

/** The IR keeps only the keys the user set, so it carries no `undefined` noise and schema errors name real fields. */
function base(type: SloType, props: SloProps): SloDefinition {
  const def: SloDefinition = { kind: 'slo', id: props.id, name: props.name, type, thresholds: props.thresholds };
  for (const key of COMMON) if (props[key] !== undefined) (def as unknown as Record<string, unknown>)[key] = props[key];
  return def;
}
