import type { SourceLocation } from './source.ts';

/**
 * A one-off window: from `start` (or from when it is applied) to `end` (or until cancelled). Times are ISO 8601 with
 * an offset, e.g. `2026-12-24T18:00:00+01:00`. A window whose end has passed is not created; a start that has passed
 * by the time it is sent is left out, so the window starts when it is applied (Datadog refuses a start in the past).
 */
export interface OneOffSchedule {
  start?: string;
  end?: string;
}

/** One recurrence of a repeating window. */
export interface Recurrence {
  /**
   * RFC 5545 recurrence rule parts, e.g. `FREQ=DAILY` or `FREQ=WEEKLY;BYDAY=SA,SU`; FREQ is DAILY, WEEKLY, MONTHLY or
   * YEARLY. No DTSTART, DTEND or DURATION inside the rule: the first start is `start`, the length `duration`.
   */
  rrule: string;
  /** How long each occurrence lasts: a whole number and a unit, `30m`, `14h`, `2d`, `1w`. */
  duration: string;
  /**
   * The first occurrence, on the schedule's clock, without an offset: `2026-01-05T18:00`. It fixes the time of day;
   * once it has passed, vigil sends the next occurrence instead (Datadog refuses a start in the past).
   */
  start: string;
}

/** A window that repeats: each occurrence opens at its recurrence's local start time in `timeZone`. */
export interface RecurringSchedule {
  recurrences: Recurrence[];
  /** IANA time zone the rules and starts are read in, e.g. `Europe/Berlin`. */
  timeZone: string;
}

/**
 * Every evening from `to` to the next morning's `from`, Monday to Friday, and the weekend from Saturday `from` to
 * Monday `from`, in `timeZone`: monitors stay loud only in working hours. Compiled to two recurrences.
 */
export interface OutsideWorkingHoursSchedule {
  outsideWorkingHours: {
    /** IANA time zone of the working hours, e.g. `Europe/Berlin`. */
    timeZone: string;
    /** Local start of the working day, `HH:MM`. Default `08:00`. */
    from?: string;
    /** Local end of the working day, `HH:MM`, after `from`. Default `18:00`. */
    to?: string;
  };
}

export type DowntimeSchedule = OneOffSchedule | RecurringSchedule | OutsideWorkingHoursSchedule;

export type DowntimeEndState = 'alert' | 'no data' | 'warn';
export type DowntimeEndType = 'canceled' | 'expired';

/** Taking over a downtime vigil does not own yet (written by `vigil import`). */
export interface DowntimeAdoption {
  /** The downtime's id in Datadog (a UUID). Ignored once vigil owns a downtime with this definition's logical id. */
  datadogId: string;
}

/** A Datadog downtime (maintenance window) managed as code: Downtimes v2. */
export interface DowntimeDefinition {
  kind: 'downtime';
  id: string;
  /** Why the window exists; shown in Datadog (vigil adds its ownership line below it). */
  message?: string;
  /** Which groups are muted, as a Datadog query over tags, e.g. `env:staging`. Default `*` (every group). */
  scope?: string;
  /** One monitor, by vigil logical id: the downtime then mutes only it. Exactly one of `monitor` and `monitorTags`. */
  monitor?: string;
  /** Every monitor carrying all these monitor tags, e.g. `['env:staging']`; `['*']` mutes every monitor. */
  monitorTags?: string[];
  schedule: DowntimeSchedule;
  /** Which states, still present when the window ends, notify again. Default all: alert, no data, warn. */
  notifyEndStates?: DowntimeEndState[];
  /** Which ends notify: when the window expires, and/or when it is cancelled. Default `['expired']`. */
  notifyEndTypes?: DowntimeEndType[];
  /** Mute the first recovery notification during the window. Default false. */
  muteFirstRecoveryNotification?: boolean;
  /** Take over an existing Datadog downtime instead of creating one. Not part of the payload. */
  adopt?: DowntimeAdoption;
  source?: SourceLocation;
}

export function isRecurring(s: DowntimeSchedule): s is RecurringSchedule {
  return Array.isArray((s as RecurringSchedule).recurrences);
}

export function isOutsideWorkingHours(s: DowntimeSchedule): s is OutsideWorkingHoursSchedule {
  const w = (s as OutsideWorkingHoursSchedule).outsideWorkingHours;
  return typeof w === 'object' && w !== null;
}
