// Datadog's limits on SLO corrections, checked before anything is sent: the SLO is one vigil defines (its Datadog id
// is only known at apply), a one-off correction has an end after its start, a recurring one a rule and a duration
// (Datadog takes `duration` only with `rrule`, and a rule only with the parts FREQ, INTERVAL, COUNT, UNTIL and BYDAY),
// and the time zone is one. The category is the schema's to check.
import type { Definition } from '../../ir/definition.ts';
import type { Diagnostic } from '../../ir/diagnostic.ts';
import type { SloCorrectionDefinition } from '../../ir/slo-correction.ts';
import { closest } from '../../diagnostics/suggest.ts';
import { hasOccurrence } from '../../schedule/occurrences.ts';
import { parseRRule } from '../../schedule/rrule.ts';
import { isTimeZone, wallClock } from '../../schedule/zones.ts';
import { problem } from './context.ts';

/** The rule parts Datadog's API reference lists for SLO corrections. */
const CORRECTION_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY'] as const;

/** `sloIds`: every SLO defined here, including those with other problems (no cascade of errors). */
export function checkSloCorrections(defs: readonly Definition[], sloIds: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const def of defs) {
    if (def.kind !== 'slo-correction') continue;
    if (!sloIds.includes(def.slo)) {
      const guess = closest(def.slo, sloIds);
      out.push(problem(def, '/slo', 'slo-correction-target', `"slo" refers to "${def.slo}", which is not an SLO defined here`,
        guess ? `did you mean "${guess}"?` : 'use the logical id of an SLO vigil defines: corrections apply to SLOs vigil manages'));
    }
    out.push(...checkSchedule(def));
  }
  return out;
}

function checkSchedule(def: SloCorrectionDefinition): Diagnostic[] {
  const s = def.schedule;
  const zone = def.timeZone ?? 'UTC';
  const out: Diagnostic[] = [];
  const code = 'slo-correction-schedule';
  if (!isTimeZone(zone)) {
    out.push(problem(def, '/timeZone', code, `"${zone}" is not a time zone`, 'use an IANA time zone name, e.g. "Europe/Berlin" or "America/New_York"'));
  }
  const start = Date.parse(s.start);
  if (Number.isNaN(start)) out.push(problem(def, '/schedule/start', code, `"start" is "${s.start}", which is not a date and time`, 'write it as ISO 8601 with an offset, e.g. "2026-11-28T14:00:00Z"'));
  if (s.rrule === undefined) {
    if (s.duration !== undefined) {
      out.push(problem(def, '/schedule/duration', code, '"duration" is set without "rrule": Datadog takes a duration only for a recurring correction',
        'for a one-off correction write "end" instead; for a recurring one add "rrule"'));
    }
    if (s.end === undefined) {
      out.push(problem(def, '/schedule', code, 'has neither "end" nor "rrule": a correction needs an end, or a rule and a duration',
        'add "end" for a one-off correction, or "rrule" and "duration" for a recurring one'));
      return out;
    }
    const end = Date.parse(s.end);
    if (Number.isNaN(end)) out.push(problem(def, '/schedule/end', code, `"end" is "${s.end}", which is not a date and time`, 'write it as ISO 8601 with an offset, e.g. "2026-11-28T16:00:00Z"'));
    else if (!Number.isNaN(start) && end <= start) out.push(problem(def, '/schedule/end', code, `ends at ${s.end}, not after it starts (${s.start})`, 'make "end" later than "start"'));
    return out;
  }
  if (s.end !== undefined) {
    out.push(problem(def, '/schedule/end', code, '"end" is set with "rrule": a recurring correction ends by its rule',
      'remove "end", and end the rule with COUNT or UNTIL (e.g. "FREQ=WEEKLY;UNTIL=20271231")'));
  }
  if (s.duration === undefined) {
    out.push(problem(def, '/schedule/rrule', code, '"rrule" is set without "duration": Datadog needs the length of each corrected window',
      'add "duration", e.g. "1h"'));
  }
  const parsed = parseRRule(s.rrule, CORRECTION_PARTS, 'Datadog does not take in an SLO correction\'s rule');
  if ('problem' in parsed) out.push(problem(def, '/schedule/rrule', code, `the rule "${s.rrule}" ${parsed.problem.message}`, parsed.problem.hint));
  else if (!Number.isNaN(start) && isTimeZone(zone) && !hasOccurrence(parsed.rule, wallClock(start, zone), zone)) {
    out.push(problem(def, '/schedule/rrule', code, `the rule "${s.rrule}" never matches from ${s.start}`, 'check UNTIL and BYDAY against "start"'));
  }
  return out;
}
