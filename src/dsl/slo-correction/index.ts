import type { SloCorrectionDefinition } from '../../ir/slo-correction.ts';
import { attachFrames, captureFrames } from '../capture.ts';
import { noteUnknownProps, propKeys } from '../unknown-props.ts';

/** The props of {@link sloCorrection}: a correction definition without the loader's fields. */
export type SloCorrectionProps = Omit<SloCorrectionDefinition, 'kind' | 'source'>;

/** Every key of {@link SloCorrectionProps}; the compiler keeps this list complete. */
export const SLO_CORRECTION_KEYS = propKeys<SloCorrectionProps>({
  id: true, slo: true, category: true, description: true, schedule: true, timeZone: true,
});

/**
 * An SLO status correction managed as code: time that does not count against an SLO vigil manages (`slo`, its
 * logical id) — once (`{ start, end }`) or recurring (`{ start, rrule, duration }`, the rule read in `timeZone`).
 * Datadog's limits are checked by `vigil validate`: a category Datadog knows, an end after the start, a rule only
 * with a duration and of the parts Datadog takes (FREQ, INTERVAL, COUNT, UNTIL, BYDAY), a real time zone.
 * @example sloCorrection({ id: 'checkout-db-maintenance', slo: 'checkout-availability', category: 'Scheduled Maintenance',
 *   schedule: { start: '2026-01-04T02:00:00Z', rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '1h' } })
 */
export function sloCorrection(props: SloCorrectionProps): SloCorrectionDefinition {
  const known = Object.fromEntries(Object.entries(props).filter(([k, v]) => SLO_CORRECTION_KEYS.has(k) && v !== undefined));
  const def = { kind: 'slo-correction', ...known } as SloCorrectionDefinition;
  noteUnknownProps(def, props, '', SLO_CORRECTION_KEYS);
  return attachFrames(def, captureFrames(sloCorrection));
}
