import type { SourceLocation } from './source.ts';

/** Datadog's categories of SLO status corrections. */
export type SloCorrectionCategory = 'Scheduled Maintenance' | 'Outside Business Hours' | 'Deployment' | 'Other';

/**
 * When a correction applies: once, from `start` to `end`; or from `start` on, every occurrence of `rrule` for
 * `duration`. Times are ISO 8601 with an offset (a correction may lie in the past: that is what most are for).
 */
export interface SloCorrectionSchedule {
  /** The first (or only) corrected window's start, e.g. `2026-11-28T14:00:00Z`. */
  start: string;
  /** One-off: the corrected window's end. Not with `rrule`: a rule ends by its COUNT or UNTIL. */
  end?: string;
  /** Recurring: RFC 5545 rule parts, of which Datadog takes FREQ, INTERVAL, COUNT, UNTIL and BYDAY. */
  rrule?: string;
  /** Recurring: how long each corrected window lasts, `30m`, `2h`, `1d`, `1w`; required with `rrule`. */
  duration?: string;
}

/** An SLO status correction on an SLO vigil manages: time that does not count against the SLO. */
export interface SloCorrectionDefinition {
  kind: 'slo-correction';
  id: string;
  /** The SLO corrected, by vigil logical id. */
  slo: string;
  category: SloCorrectionCategory;
  /** Why the time does not count; shown in Datadog (vigil adds its ownership line below it). */
  description?: string;
  schedule: SloCorrectionSchedule;
  /** IANA time zone a rule is read in and Datadog shows the times in, e.g. `Europe/Berlin`. Default `UTC`. */
  timeZone?: string;
  source?: SourceLocation;
}
