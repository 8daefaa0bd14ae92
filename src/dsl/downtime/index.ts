import type { DowntimeDefinition, OutsideWorkingHoursSchedule } from '../../ir/downtime.ts';
import { attachFrames, captureFrames } from '../capture.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';

/** The props of {@link downtime}: a downtime definition without the loader's fields. */
export type DowntimeProps = Omit<DowntimeDefinition, 'kind' | 'source'>;

/** Every key of {@link DowntimeProps}; the compiler keeps this list complete. */
export const DOWNTIME_KEYS = propKeys<DowntimeProps>({
  id: true, message: true, scope: true, monitor: true, monitorTags: true, schedule: true, notifyEndStates: true,
  notifyEndTypes: true, muteFirstRecoveryNotification: true, adopt: true,
});

/**
 * A Datadog maintenance window (Downtimes v2) managed as code: mutes the monitors it names — one by vigil logical id
 * (`monitor`) or all carrying some monitor tags (`monitorTags`) — for the groups its `scope` matches, once
 * (`{ start?, end? }`) or on a schedule (`{ timeZone, recurrences }`). Plans never send a start in the past: a one-off
 * window that has started is sent without one, and a recurrence from its next occurrence; a window that is over is
 * neither created nor shown as drift.
 * @example downtime({ id: 'checkout-migration', monitor: 'checkout-errors', message: 'Database migration',
 *   schedule: { start: '2026-12-24T22:00:00Z', end: '2026-12-25T02:00:00Z' } })
 * @example downtime({ id: 'staging-weekends', monitorTags: ['env:staging'],
 *   schedule: { timeZone: 'Europe/Berlin', recurrences: [{ rrule: 'FREQ=WEEKLY;BYDAY=SA', duration: '2d', start: '2026-01-03T00:00' }] } })
 */
export function downtime(props: DowntimeProps): DowntimeDefinition {
  const def = { kind: 'downtime', ...known(props) } as DowntimeDefinition;
  noteUnknownProps(def, props, '', DOWNTIME_KEYS);
  return attachFrames(def, captureFrames(downtime));
}

/** The props the builder knows; the others are noted on the definition (and reported), not copied into it. */
function known(props: object): Partial<DowntimeProps> {
  return Object.fromEntries(Object.entries(props).filter(([k, v]) => DOWNTIME_KEYS.has(k) && v !== undefined));
}

/** Props of {@link outsideWorkingHours}: which monitors, and the working day they stay loud in. */
export interface OutsideWorkingHoursProps extends Omit<DowntimeProps, 'schedule'> {
  /** IANA time zone of the working hours, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Local start of the working day, `HH:MM`. Default `08:00`. */
  from?: string;
  /** Local end of the working day, `HH:MM`, later than `from`. Default `18:00`. */
  to?: string;
}

const WORKING_HOURS_KEYS = propKeys<Pick<OutsideWorkingHoursProps, 'timeZone' | 'from' | 'to'>>({ timeZone: true, from: true, to: true });

/**
 * The common pattern in one call: monitors (usually non-production ones, by tag) muted outside working hours —
 * each weekday evening from `to` until the next morning's `from`, and the weekend from Saturday to Monday morning —
 * in `timeZone`. One downtime with the schedule `{ outsideWorkingHours: { timeZone, from, to } }`, which YAML can
 * write too; it compiles to two weekly recurrences.
 * @example outsideWorkingHours({ id: 'staging-quiet-hours', monitorTags: ['env:staging'], timeZone: 'Europe/Berlin' })
 */
export function outsideWorkingHours(props: OutsideWorkingHoursProps): DowntimeDefinition {
  const { timeZone, from, to } = props;
  const rest = known(props);
  const hours: OutsideWorkingHoursSchedule['outsideWorkingHours'] = { timeZone, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  const def = {
    kind: 'downtime', ...rest, schedule: { outsideWorkingHours: hours },
    message: rest.message ?? `Outside working hours (${from ?? '08:00'}–${to ?? '18:00'} ${timeZone}, Monday to Friday).`,
  } as DowntimeDefinition;
  noteUnknownProps(def, props, '', DOWNTIME_KEYS, WORKING_HOURS_KEYS);
  return attachFrames(def, captureFrames(outsideWorkingHours));
}
