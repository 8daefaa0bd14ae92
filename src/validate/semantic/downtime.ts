// What the downtime schema cannot judge: exactly one way of naming the monitors, a `monitor` that is a monitor vigil
// defines (its Datadog id is only known at apply), real time zones and dates, rules that parse and ever match, a
// one-off end after its start, working hours that end after they begin, and windows that are over already.
import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import { isOutsideWorkingHours, isRecurring, type DowntimeDefinition, type RecurringSchedule } from '../../ir/downtime.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { parseLocal } from '../../schedule/local-time.ts';
import { hasOccurrence, nextOccurrence } from '../../schedule/occurrences.ts';
import { parseRRule } from '../../schedule/rrule.ts';
import { isTimeZone, wallClock } from '../../schedule/zones.ts';
import { problem } from './context.ts';

/** `monitorIds`: every monitor defined, including SLO alerts and those with other problems (no cascade of errors). */
export function checkDowntimes(defs: readonly Definition[], monitorIds: readonly string[], now = Date.now()): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const def of defs) {
    if (def.kind !== 'downtime') continue;
    out.push(...checkTarget(def, monitorIds), ...checkSchedule(def, now));
  }
  return out;
}

function checkTarget(def: DowntimeDefinition, monitorIds: readonly string[]): Diagnostic[] {
  if (def.monitor !== undefined && def.monitorTags !== undefined) {
    return [problem(def, '/monitorTags', 'downtime-target', 'names monitors twice: "monitor" and "monitorTags" cannot both be set',
      'keep "monitor" to mute one monitor, or "monitorTags" to mute every monitor carrying the tags')];
  }
  if (def.monitor === undefined && def.monitorTags === undefined) {
    return [problem(def, '/monitor', 'downtime-target', 'does not say which monitors it mutes',
      'add "monitor" (a vigil logical id) or "monitorTags" (e.g. ["env:staging"], or ["*"] for every monitor)')];
  }
  if (def.monitor !== undefined && !monitorIds.includes(def.monitor)) {
    const guess = closest(def.monitor, monitorIds);
    return [problem(def, '/monitor', 'downtime-target', `"monitor" refers to "${def.monitor}", which is not a monitor defined here`,
      guess ? `did you mean "${guess}"?` : 'use the logical id of a monitor vigil defines, or "monitorTags" for monitors vigil does not manage')];
  }
  return [];
}

function checkSchedule(def: DowntimeDefinition, now: number): Diagnostic[] {
  const s = def.schedule;
  if (isOutsideWorkingHours(s)) {
    const { timeZone, from = '08:00', to = '18:00' } = s.outsideWorkingHours;
    const out = zoneProblems(def, '/schedule/outsideWorkingHours/timeZone', timeZone);
    if (to <= from) {
      out.push(problem(def, '/schedule/outsideWorkingHours/to', 'downtime-schedule', `the working day ends at ${to}, not after it begins (${from})`,
        'make "to" later than "from", e.g. from "08:00" to "18:00"'));
    }
    return out;
  }
  if (isRecurring(s)) return checkRecurring(def, s, now);
  const start = s.start === undefined ? undefined : Date.parse(s.start);
  const end = s.end === undefined ? undefined : Date.parse(s.end);
  const out: Diagnostic[] = [];
  if (start !== undefined && Number.isNaN(start)) {
    out.push(problem(def, '/schedule/start', 'downtime-schedule', `"start" is "${s.start}", which is not a date and time`, 'write it as ISO 8601 with an offset, e.g. "2026-12-24T22:00:00Z"'));
  }
  if (end !== undefined && Number.isNaN(end)) {
    out.push(problem(def, '/schedule/end', 'downtime-schedule', `"end" is "${s.end}", which is not a date and time`, 'write it as ISO 8601 with an offset, e.g. "2026-12-25T02:00:00Z"'));
  }
  if (out.length > 0) return out;
  if (start !== undefined && end !== undefined && end <= start) {
    return [problem(def, '/schedule/end', 'downtime-schedule', `ends at ${s.end}, not after it starts (${s.start})`, 'make "end" later than "start"')];
  }
  if (end !== undefined && end <= now) {
    return [problem(def, '/schedule/end', 'downtime-over', `the window ended at ${s.end}: a window that is over is never created`,
      'remove the definition, or move "start" and "end" to the window you mean', 'warning')];
  }
  return [];
}

function checkRecurring(def: DowntimeDefinition, s: RecurringSchedule, now: number): Diagnostic[] {
  const out = zoneProblems(def, '/schedule/timeZone', s.timeZone);
  const zone = out.length === 0 ? s.timeZone : 'UTC';
  let left = 0;
  s.recurrences.forEach((r, i) => {
    const at = `/schedule/recurrences/${i}`;
    const parsed = parseRRule(r.rrule);
    const start = parseLocal(r.start);
    if ('problem' in parsed) out.push(problem(def, `${at}/rrule`, 'downtime-schedule', `the rule "${r.rrule}" ${parsed.problem.message}`, parsed.problem.hint));
    if (!start) {
      out.push(problem(def, `${at}/start`, 'downtime-schedule', `"start" is "${r.start}", which is not a date and time`,
        'write the first occurrence as YYYY-MM-DDTHH:MM on the schedule\'s clock, e.g. "2026-01-05T18:00"'));
    }
    if ('problem' in parsed || !start) return;
    if (!hasOccurrence(parsed.rule, start, zone)) {
      out.push(problem(def, `${at}/rrule`, 'downtime-schedule', `the rule "${r.rrule}" never matches from ${r.start}`,
        'check BYMONTH, BYMONTHDAY and UNTIL against "start" (e.g. February has no 30th)'));
      return;
    }
    if (nextOccurrence(parsed.rule, start, zone, wallClock(now, zone))) left++;
  });
  if (out.length === 0 && left === 0) {
    out.push(problem(def, '/schedule/recurrences', 'downtime-over', 'every recurrence has had its last occurrence: a window that is over is never created',
      'remove the definition, or extend COUNT or UNTIL', 'warning'));
  }
  return out;
}

function zoneProblems(def: DowntimeDefinition, path: string, zone: string): Diagnostic[] {
  return isTimeZone(zone) ? [] : [problem(def, path, 'downtime-schedule', `"${zone}" is not a time zone`,
    'use an IANA time zone name, e.g. "Europe/Berlin" or "America/New_York"')];
}
