// iCalendar recurrence rules (RFC 5545 §3.3.10) as Datadog takes them for downtimes and SLO corrections: the rule
// parts only, `FREQ=WEEKLY;BYDAY=SA,SU`, with the first occurrence given apart (no DTSTART inside the rule). The
// parser says what is wrong in words a definition's author can act on; occurrences.ts expands what it accepts.
import { parseLocal, type LocalTime } from './local-time.ts';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** A weekday (0 Monday … 6 Sunday), with an ordinal for "the 2nd Tuesday" (`2TU`) or "the last Friday" (`-1FR`). */
export interface WeekdaySpec {
  day: number;
  nth?: number;
}

export interface RRule {
  freq: Frequency;
  interval: number;
  count?: number;
  /** The last moment an occurrence may start: local, or an instant (a `Z` time) to be read on the schedule's clock. */
  until?: { local: LocalTime } | { utcMs: number };
  byDay?: WeekdaySpec[];
  byMonthDay?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** The rule as written, without an `RRULE:` prefix. */
  text: string;
}

export interface RRuleProblem {
  message: string;
  hint: string;
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQUENCIES: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
/** Parts that fix the occurrences' length or first start: Datadog takes those outside the rule. */
const OUTSIDE = new Set(['DTSTART', 'DTEND', 'DURATION']);
/** Parts RFC 5545 defines that vigil does not expand (sub-daily ones, week and year numbers). */
const UNSUPPORTED = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO']);

/** The rule parts one kind of object takes, e.g. Datadog's SLO corrections take FREQ, INTERVAL, COUNT, UNTIL, BYDAY. */
export type RRulePart = 'FREQ' | 'INTERVAL' | 'COUNT' | 'UNTIL' | 'BYDAY' | 'BYMONTHDAY' | 'BYMONTH' | 'BYSETPOS' | 'WKST';
export const ALL_PARTS: readonly RRulePart[] = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST'];

/**
 * Parses a rule, or says the first thing wrong with it. `parts` are the rule parts the object type takes, and `refusal`
 * says who does not take a part (`uses BYMONTHDAY, which <refusal>`).
 */
export function parseRRule(
  written: string, parts: readonly RRulePart[] = ALL_PARTS, refusal = 'this kind of rule does not take',
): { rule: RRule } | { problem: RRuleProblem } {
  const text = written.replace(/^RRULE:/i, '').trim();
  if (text === '') return problem('is empty', 'write at least FREQ, e.g. "FREQ=WEEKLY;BYDAY=SU"');
  const seen = new Map<string, string>();
  for (const piece of text.split(';')) {
    const eq = piece.indexOf('=');
    const key = (eq < 0 ? piece : piece.slice(0, eq)).trim().toUpperCase();
    const value = eq < 0 ? '' : piece.slice(eq + 1).trim().toUpperCase();
    if (key === '') return problem(`has an empty part (";;" or a trailing ";")`, 'remove the extra ";"');
    if (eq < 0 || value === '') return problem(`has "${piece}" without a value`, 'write each part as NAME=VALUE, e.g. "FREQ=WEEKLY;BYDAY=MO"');
    if (seen.has(key)) return problem(`sets ${key} twice`, `keep one ${key}`);
    if (OUTSIDE.has(key)) {
      return problem(`carries ${key}, which Datadog does not take inside the rule`,
        `remove ${key}; the first occurrence goes in "start"${key === 'DTSTART' ? '' : ' and its length in "duration"'}`);
    }
    if (!parts.includes(key as RRulePart)) {
      const known = UNSUPPORTED.has(key) || ALL_PARTS.includes(key as RRulePart);
      return problem(known ? `uses ${key}, which ${UNSUPPORTED.has(key) ? 'vigil does not support' : refusal}` : `has an unknown part "${key}"`,
        `use only ${parts.join(', ')}`);
    }
    seen.set(key, value);
  }
  const freq = seen.get('FREQ');
  if (freq === undefined) return problem('has no FREQ', 'start the rule with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  if (!FREQUENCIES.includes(freq as Frequency)) {
    return problem(`repeats ${freq}, which vigil does not support`, 'use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  const rule: RRule = { freq: freq as Frequency, interval: 1, text };
  for (const [key, value] of seen) {
    const bad = readPart(rule, key, value);
    if (bad) return { problem: bad };
  }
  if (rule.count !== undefined && rule.until !== undefined) return problem('sets both COUNT and UNTIL', 'keep one of them: RFC 5545 allows COUNT or UNTIL, not both');
  if (rule.byDay?.some((d) => d.nth !== undefined) && (rule.freq === 'DAILY' || rule.freq === 'WEEKLY')) {
    return problem(`numbers a weekday in BYDAY with FREQ=${rule.freq}`, 'numbered weekdays ("2TU", "-1FR") only go with FREQ=MONTHLY or YEARLY');
  }
  if (rule.byMonthDay && rule.freq === 'WEEKLY') return problem('sets BYMONTHDAY with FREQ=WEEKLY', 'use BYDAY to pick days of the week');
  return { rule };
}

function readPart(rule: RRule, key: string, value: string): RRuleProblem | undefined {
  const list = value.split(',');
  switch (key) {
    case 'INTERVAL':
    case 'COUNT': {
      if (!/^[1-9]\d*$/.test(value)) return { message: `has ${key}=${value}`, hint: `${key} is a whole number of 1 or more` };
      if (key === 'INTERVAL') rule.interval = Number(value);
      else rule.count = Number(value);
      return undefined;
    }
    case 'UNTIL': {
      const until = readUntil(value);
      if (!until) return { message: `has UNTIL=${value}, which is not a date`, hint: 'write UNTIL as 20261231, 20261231T235959 (local) or 20261231T235959Z (UTC)' };
      rule.until = until;
      return undefined;
    }
    case 'BYDAY': {
      const days: WeekdaySpec[] = [];
      for (const item of list) {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
        const nth = m?.[1] === undefined ? undefined : Number(m[1]);
        if (!m || nth === 0 || (nth !== undefined && Math.abs(nth) > 53)) {
          return { message: `has "${item}" in BYDAY`, hint: 'use two-letter days (MO, TU, WE, TH, FR, SA, SU), numbered for monthly rules: 1MO, -1FR' };
        }
        days.push({ day: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]), ...(nth === undefined ? {} : { nth }) });
      }
      rule.byDay = days;
      return undefined;
    }
    case 'BYMONTHDAY':
    case 'BYMONTH':
    case 'BYSETPOS': {
      const limit = key === 'BYMONTHDAY' ? 31 : key === 'BYMONTH' ? 12 : 366;
      const numbers = list.map(Number);
      const ok = list.every((s) => /^[+-]?\d{1,3}$/.test(s)) && numbers.every((n) => n !== 0 && Math.abs(n) <= limit && (key !== 'BYMONTH' || n > 0));
      if (!ok) return { message: `has ${key}=${value}`, hint: key === 'BYMONTH' ? 'months are 1 to 12' : `use numbers from 1 to ${limit}, or -1 for the last` };
      if (key === 'BYMONTHDAY') rule.byMonthDay = numbers;
      else if (key === 'BYMONTH') rule.byMonth = numbers;
      else rule.bySetPos = numbers;
      return undefined;
    }
    case 'WKST':
      return WEEKDAYS.includes(value as (typeof WEEKDAYS)[number]) ? undefined : { message: `has WKST=${value}`, hint: 'WKST is a two-letter day, e.g. MO' };
    default:
      return undefined; // FREQ, read above
  }
}

function readUntil(value: string): RRule['until'] | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h = '23', mi = '59', s = '59', z] = m.slice(1);
  const local = parseLocal(`${y}-${mo}-${d}T${h}:${mi}:${s}`);
  if (!local) return undefined;
  return z ? { utcMs: Date.parse(`${local}Z`) } : { local };
}

function problem(message: string, hint: string): { problem: RRuleProblem } {
  return { problem: { message, hint } };
}
