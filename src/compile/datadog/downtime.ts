// Downtimes v2: a definition → the exact body of `POST /api/v2/downtime`, and the canonical form the planner compares.
// Downtimes carry no tags, so ownership is a marker line at the end of `message` (the one free-text field the API
// keeps as written), as PagerDuty objects carry one in their description: `[managed by vigil] vigil-id:<id> vigil-hash:<h>`.
import { isOutsideWorkingHours, isRecurring, type DowntimeDefinition, type DowntimeSchedule } from '../../ir/downtime.ts';
import { parseLocal } from '../../schedule/local-time.ts';
import { contentHash, sortKeys } from '../canonical.ts';
import { readMarker, withMarker } from '../marker.ts';
import { sameSeries, scheduleFingerprint } from './downtime-time.ts';
import { isObject, resourceAttributes } from './json.ts';

type Json = Record<string, unknown>;

export interface CompiledDowntime {
  id: string;
  /** `{ data: { type: 'downtime', attributes } }`; a `monitor_identifier.monitor_id` of `${id}` is resolved at apply. */
  payload: Json;
  /** The monitor it mutes by logical id, if any: created first, its Datadog id known by then. */
  dependsOn: string[];
  /** The Datadog id of a downtime this definition takes over (`adopt.datadogId`); not part of the payload. */
  adopt?: string;
}

/** What Datadog fills in when these are not sent (OBSERVED in v2__Downtimes__*); vigil always sends them. */
const ALL_END_STATES = ['alert', 'no data', 'warn'];

export function compileDowntime(def: DowntimeDefinition): CompiledDowntime {
  const attributes: Json = {
    display_timezone: displayZone(def.schedule),
    message: (def.message ?? '').trim(),
    monitor_identifier: def.monitor !== undefined ? { monitor_id: `\${${def.monitor}}` } : { monitor_tags: [...(def.monitorTags ?? [])].sort() },
    mute_first_recovery_notification: def.muteFirstRecoveryNotification ?? false,
    notify_end_states: [...(def.notifyEndStates ?? ALL_END_STATES)].sort(),
    notify_end_types: [...(def.notifyEndTypes ?? ['expired'])].sort(),
    schedule: compileSchedule(def.schedule),
    scope: def.scope ?? '*',
  };
  attributes.message = withMarker(String(attributes.message), def.id, downtimeHash(normalizeDowntime({ data: { attributes } })));
  return {
    id: def.id, payload: { data: { attributes, type: 'downtime' } }, dependsOn: def.monitor !== undefined ? [def.monitor] : [],
    ...(def.adopt ? { adopt: def.adopt.datadogId } : {}),
  };
}

function compileSchedule(s: DowntimeSchedule): Json {
  if (isOutsideWorkingHours(s)) return workingHoursSchedule(s.outsideWorkingHours);
  if (isRecurring(s)) return { recurrences: s.recurrences.map((r) => ({ duration: r.duration, rrule: r.rrule, start: r.start })), timezone: s.timeZone };
  return { ...(s.end !== undefined ? { end: utc(s.end) } : {}), ...(s.start !== undefined ? { start: utc(s.start) } : {}) };
}

/** A one-off time as Datadog asks for it, "with a UTC offset of zero": `2026-12-24T21:00:00Z`. */
function utc(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function displayZone(s: DowntimeSchedule): string {
  if (isOutsideWorkingHours(s)) return s.outsideWorkingHours.timeZone;
  return isRecurring(s) ? s.timeZone : 'UTC';
}

/**
 * Outside working hours as two weekly recurrences: Monday to Friday from the end of the working day until the next
 * morning (Friday's night ends Saturday morning), and Saturday morning for two days. The first starts are a fixed
 * Monday and Saturday: only their time of day matters, and plans send the next occurrence (downtime-time.ts).
 */
function workingHoursSchedule(hours: { timeZone: string; from?: string; to?: string }): Json {
  const from = hours.from ?? '08:00';
  const to = hours.to ?? '18:00';
  const night = 24 * 60 - (minutesOf(to) - minutesOf(from));
  return {
    recurrences: [
      { duration: night % 60 === 0 ? `${night / 60}h` : `${night}m`, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: `2026-01-05T${to}` },
      { duration: '2d', rrule: 'FREQ=WEEKLY;BYDAY=SA', start: `2026-01-10T${from}` },
    ],
    timezone: hours.timeZone,
  };
}

/** `HH:MM` → minutes after midnight (validation has checked the form). */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * The hash in the marker: of the canonical form with the parts of the schedule that plans move as time passes taken
 * out (a one-off start sent as "now", a recurrence advanced to its next occurrence): see scheduleFingerprint.
 */
export function downtimeHash(canonical: Json): string {
  return contentHash({ ...canonical, schedule: scheduleFingerprint(canonical.schedule) });
}

/** The attributes of a downtime in any of its shapes: a create body, an answer (`data`), a resource, or attributes. */
export function downtimeAttributes(body: Json): Json {
  return resourceAttributes(body);
}

/**
 * The fields vigil manages, in one form for what it sends and what Datadog answers: the marker line taken out of the
 * message, times as UTC milliseconds, recurrence starts to the second, lists sorted (Datadog answers
 * `notify_end_states` in any order), server-set fields (`status`, `created`, `modified`, `canceled`, a recurring
 * schedule's `current_downtime`) left out.
 */
export function normalizeDowntime(body: Json): Json {
  const a = downtimeAttributes(body);
  const raw = isObject(a.schedule) ? a.schedule : {};
  const schedule: Json = Array.isArray(raw.recurrences)
    ? {
      recurrences: raw.recurrences.filter(isObject).map((r) => ({
        duration: r.duration, rrule: r.rrule, start: typeof r.start === 'string' ? (parseLocal(r.start) ?? r.start) : null,
      })),
      timezone: raw.timezone ?? 'UTC',
    }
    : { end: raw.end == null ? null : isoTime(String(raw.end)), ...(raw.start == null ? {} : { start: isoTime(String(raw.start)) }) };
  const identifier = isObject(a.monitor_identifier) ? a.monitor_identifier : {};
  return sortKeys({
    // An empty display time zone is UTC (the server answers it so: 2023-09).
    display_timezone: a.display_timezone || 'UTC',
    message: readMarker(a.message)?.text ?? (typeof a.message === 'string' ? a.message.trim() : ''),
    monitor_identifier: identifier.monitor_id !== undefined
      ? { monitor_id: identifier.monitor_id }
      : { monitor_tags: Array.isArray(identifier.monitor_tags) ? identifier.monitor_tags.map(String).sort() : [] },
    mute_first_recovery_notification: a.mute_first_recovery_notification ?? false,
    notify_end_states: Array.isArray(a.notify_end_states) ? a.notify_end_states.map(String).sort() : ALL_END_STATES,
    notify_end_types: Array.isArray(a.notify_end_types) ? a.notify_end_types.map(String).sort() : ['expired'],
    schedule,
    scope: a.scope ?? '*',
  });
}

/**
 * What vigil manages of a live downtime, given the body it would send: its attributes, with a one-off start left out
 * when the body leaves it to the server (none written, or one already past), a recurrence's start likewise when the
 * body sends none, and each recurrence Datadog stores from
 * a later occurrence of the same series (an earlier plan advanced it) read as the one the body describes.
 */
export function managedDowntimeView(live: Json, desired: Json): Json {
  const attributes = downtimeAttributes(live);
  const schedule = attributes.schedule;
  const wanted = downtimeAttributes(desired).schedule;
  if (!isObject(schedule) || !isObject(wanted)) return attributes;
  if (!Array.isArray(schedule.recurrences)) {
    if (wanted.start !== undefined && wanted.start !== null) return attributes;
    const { start: _start, ...rest } = schedule;
    return { ...attributes, schedule: rest };
  }
  const want = Array.isArray(wanted.recurrences) ? wanted.recurrences : [];
  const zone = typeof wanted.timezone === 'string' ? wanted.timezone : 'UTC';
  const recurrences = schedule.recurrences.map((r: unknown, i) => {
    const w: unknown = want[i];
    // A recurrence sent without a start starts when the server receives it (a Terraform provider downtime schedule test, 2025-09):
    // the start it stored is the server's, like a one-off start left to it.
    if (isObject(r) && isObject(w) && w.start == null && typeof r.start === 'string') return { ...r, start: w.start ?? null };
    if (!isRecurrence(r) || !isRecurrence(w) || !sameSeries(w, r, zone)) return r;
    return { ...r, rrule: w.rrule, start: w.start };
  });
  return { ...attributes, schedule: { ...schedule, recurrences } };
}

function isRecurrence(v: unknown): v is { rrule: string; start: string } {
  return isObject(v) && typeof v.rrule === 'string' && typeof v.start === 'string';
}

/** An instant in one spelling: `2026-12-24T22:00:00.000Z`. Datadog answers with microseconds and `+00:00`. */
function isoTime(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}
