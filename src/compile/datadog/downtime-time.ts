// A compiled downtime says when a window is; what may be sent depends on when it is sent. Datadog refuses a start in
// the past — the error Terraform users meet when they re-apply a window that has started ("Scheduled downtime start
// cannot be in the past", v1), and a recurrence anchored in the past can be refused on v2 as well — so a body is
// made ready for "now" before it goes: a one-off start that has passed is left out (the server then starts the
// window when it receives it), a recurrence moves to its next occurrence (its COUNT reduced by the occurrences
// passed), and a window with nothing left is over. The comparison side lives here too: a recurrence Datadog stores
// from a later occurrence is still the series the code describes.
import { parseLocal, type LocalTime } from '../../schedule/local-time.ts';
import { nextOccurrence } from '../../schedule/occurrences.ts';
import { parseRRule, type RRule } from '../../schedule/rrule.ts';
import { wallClock } from '../../schedule/zones.ts';
import { isObject } from './json.ts';

type Json = Record<string, unknown>;

/**
 * Starts this close to now count as past: the request still has to travel, and Datadog's clock is not ours. The same
 * window the Datadog sync tool leaves between now and a start it sends.
 */
export const START_MARGIN_MS = 60_000;

interface RecurrenceJson {
  rrule: string;
  start: string;
  duration?: unknown;
}

/**
 * The body to send at `now` (epoch ms), or undefined when the window is over: a one-off window whose end has passed,
 * or a recurring one with no occurrence left to start. Pure; the body itself when nothing needs to move.
 */
export function downtimeAt(payload: Json, now: number): Json | undefined {
  const schedule = scheduleOf(payload);
  if (!schedule) return payload;
  let next: Json;
  const written = schedule.recurrences;
  if (Array.isArray(written)) {
    const zone = typeof schedule.timezone === 'string' ? schedule.timezone : 'UTC';
    const nowLocal = wallClock(now + START_MARGIN_MS, zone);
    const recurrences = written.map((r: unknown) => (isRecurrence(r) ? advance(r, zone, nowLocal) : r));
    const left = recurrences.filter((r) => r !== undefined);
    if (left.length === 0) return undefined;
    if (recurrences.every((r, i) => r === written[i])) return payload;
    next = { ...schedule, recurrences: left };
  } else {
    if (typeof schedule.end === 'string' && Date.parse(schedule.end) <= now) return undefined;
    if (typeof schedule.start !== 'string' || Date.parse(schedule.start) > now + START_MARGIN_MS) return payload;
    const { start: _start, ...rest } = schedule;
    next = rest;
  }
  const data = payload.data as { attributes: Json };
  return { ...payload, data: { ...data, attributes: { ...data.attributes, schedule: next } } };
}

/** A recurrence from its next occurrence at or after `nowLocal`, the recurrence itself when it starts later, undefined when none is left. */
function advance(r: RecurrenceJson, zone: string, nowLocal: LocalTime): RecurrenceJson | undefined {
  const start = parseLocal(r.start);
  const parsed = parseRRule(r.rrule);
  if (!start || 'problem' in parsed || start >= nowLocal) return r; // validation reports a broken one
  const next = nextOccurrence(parsed.rule, start, zone, nowLocal);
  if (!next) return undefined;
  return { ...r, start: spelled(next.at, r.start), rrule: withCount(parsed.rule, next.before) };
}

/**
 * True when two recurrences describe the same occurrences from the later of their starts on: the same rule but for
 * COUNT, the same next occurrence, and as many left. That is what a recurrence the code anchors in January and one
 * Datadog stores from December (sent by an earlier plan) have in common.
 */
export function sameSeries(a: RecurrenceJson, b: RecurrenceJson, timeZone: string): boolean {
  if (a.rrule === b.rrule && parseLocal(a.start) === parseLocal(b.start)) return true;
  const [ra, rb] = [parseRRule(a.rrule), parseRRule(b.rrule)];
  const [sa, sb] = [parseLocal(a.start), parseLocal(b.start)];
  if ('problem' in ra || 'problem' in rb || !sa || !sb) return false;
  if (withoutCount(ra.rule) !== withoutCount(rb.rule) || (ra.rule.count === undefined) !== (rb.rule.count === undefined)) return false;
  const from = sa > sb ? sa : sb;
  const [na, nb] = [nextOccurrence(ra.rule, sa, timeZone, from), nextOccurrence(rb.rule, sb, timeZone, from)];
  if (!na || !nb) return !na && !nb;
  if (na.at !== nb.at) return false;
  return ra.rule.count === undefined || ra.rule.count - na.before === rb.rule.count! - nb.before;
}

/**
 * The schedule without what plans move as time passes, for the ownership hash: a one-off start (left to the server
 * once past), a recurrence's start date (only its time of day stays) and its COUNT (reduced as occurrences pass).
 */
export function scheduleFingerprint(schedule: unknown): unknown {
  if (!isObject(schedule)) return schedule;
  if (!Array.isArray(schedule.recurrences)) {
    const { start: _start, ...rest } = schedule;
    return rest;
  }
  return {
    ...schedule,
    recurrences: schedule.recurrences.map((r) => {
      if (!isRecurrence(r)) return r;
      const parsed = parseRRule(r.rrule);
      return { ...r, start: (parseLocal(r.start) ?? r.start).slice(11), rrule: 'rule' in parsed ? withoutCount(parsed.rule) : r.rrule };
    }),
  };
}

/** The rule's parts without COUNT, in a fixed order, to compare rules written differently. */
function withoutCount(rule: RRule): string {
  return rule.text.split(';').map((p) => p.trim().toUpperCase()).filter((p) => !p.startsWith('COUNT=')).sort().join(';');
}

/** The rule as written, its COUNT reduced by `passed` occurrences. */
function withCount(rule: RRule, passed: number): string {
  if (rule.count === undefined || passed === 0) return rule.text;
  return rule.text.replace(/(^|;)\s*COUNT\s*=\s*\d+/i, `$1COUNT=${rule.count - passed}`);
}

/** A local time written like the original: without seconds when the original had none and they are zero. */
function spelled(at: LocalTime, like: string): string {
  return like.length === 16 && at.endsWith(':00') ? at.slice(0, 16) : at;
}

function scheduleOf(payload: Json): Json | undefined {
  const data = payload.data as { attributes?: { schedule?: unknown } } | undefined;
  const s = data?.attributes?.schedule;
  return isObject(s) ? s : undefined;
}

function isRecurrence(v: unknown): v is RecurrenceJson {
  return isObject(v) && typeof v.rrule === 'string' && typeof v.start === 'string';
}
