// Expanding a recurrence rule from its first start, on the wall clock (local-time.ts): what the plan needs to never
// send a start in the past (the next occurrence after now), to drop a window that is over (none left), and to see
// that a window Datadog stores from a later start is still the one the code describes (the same occurrences on).
import { dateOf, dayNumber, monthLength, monthStart, timeOfDay, weekday, type LocalTime } from './local-time.ts';
import type { RRule, WeekdaySpec } from './rrule.ts';
import { wallClock } from './zones.ts';

/**
 * Periods (days, weeks, months or years) looked at without finding an occurrence before the rule counts as one that
 * never matches (BYMONTHDAY=31;BYMONTH=2). A year of days, or 28 years of months, covers every calendar pattern.
 */
const BARREN_PERIODS = 400;

/** Occurrence starts in order, from `start` (which counts only when the rule picks it), to UNTIL or COUNT. */
export function* occurrences(rule: RRule, start: LocalTime, timeZone: string): Generator<LocalTime> {
  const until = rule.until === undefined ? undefined : 'local' in rule.until ? rule.until.local : wallClock(rule.until.utcMs, timeZone);
  const time = timeOfDay(start);
  const first = dayNumber(start);
  let emitted = 0;
  let barren = 0;
  for (let period = 0; barren < BARREN_PERIODS; period++) {
    const days = selectPositions(rule.bySetPos, candidates(rule, first, period));
    let found = false;
    for (const day of days) {
      if (day < first) continue;
      const at = `${dateOf(day)}T${time}`;
      if (until !== undefined && at > until) return;
      found = true;
      yield at;
      if (rule.count !== undefined && ++emitted >= rule.count) return;
    }
    barren = found ? 0 : barren + 1;
  }
}

/** The first occurrence starting at or after `from`, and how many came before it; undefined when none is left. */
export function nextOccurrence(rule: RRule, start: LocalTime, timeZone: string, from: LocalTime): { at: LocalTime; before: number } | undefined {
  let before = 0;
  for (const at of occurrences(rule, start, timeZone)) {
    if (at >= from) return { at, before };
    before++;
  }
  return undefined;
}

/** True when the rule yields at least one occurrence at all. */
export function hasOccurrence(rule: RRule, start: LocalTime, timeZone: string): boolean {
  return !occurrences(rule, start, timeZone).next().done;
}

/** The days one period of the rule offers, sorted, before BYSETPOS. */
function candidates(rule: RRule, first: number, period: number): number[] {
  const step = rule.interval * period;
  const startDate = dateOf(first);
  const year = Number(startDate.slice(0, 4));
  const month = Number(startDate.slice(5, 7));
  let days: number[];
  if (rule.freq === 'DAILY') days = [first + step];
  else if (rule.freq === 'WEEKLY') {
    // Weeks begin on Monday (WKST only matters for INTERVAL > 1 with several days; vigil keeps Monday).
    const weekStart = first - weekday(first) + 7 * step;
    days = rule.byDay ? rule.byDay.map((d) => weekStart + d.day) : [first + 7 * step];
  } else if (rule.freq === 'MONTHLY') {
    days = monthDays(rule, year, month + step, first);
  } else {
    const y = year + step;
    if (!rule.byMonth && !rule.byMonthDay && rule.byDay?.some((d) => d.nth !== undefined)) days = yearWeekdays(rule.byDay, y);
    else {
      // BYDAY or BYMONTHDAY alone range over every month; with neither, the rule repeats the start's month and day.
      const months = rule.byMonth ?? (rule.byDay || rule.byMonthDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [month]);
      days = months.flatMap((m) => monthDays(rule, y, m, first));
    }
  }
  return [...new Set(days.filter((d) => keep(rule, d)))].sort((a, b) => a - b);
}

/** The days of one month a monthly (or yearly, month by month) rule picks. */
function monthDays(rule: RRule, year: number, month: number, first: number): number[] {
  const start = monthStart(year, month);
  const length = monthLength(year, month);
  const fromDays = rule.byMonthDay?.map((n) => (n > 0 ? n : length + n + 1)).filter((n) => n >= 1 && n <= length).map((n) => start + n - 1);
  const fromWeekdays = rule.byDay ? weekdaysIn(rule.byDay, start, length) : undefined;
  if (fromDays && fromWeekdays) return fromDays.filter((d) => fromWeekdays.includes(d));
  if (fromDays) return fromDays;
  if (fromWeekdays) return fromWeekdays;
  // Neither: the start's day of the month, in months that have it.
  const dom = Number(dateOf(first).slice(8, 10));
  return dom <= length ? [start + dom - 1] : [];
}

/** Days in a stretch of `length` days from `start` matching BYDAY: every such weekday, or the numbered one. */
function weekdaysIn(specs: readonly WeekdaySpec[], start: number, length: number): number[] {
  const out: number[] = [];
  for (const spec of specs) {
    const all: number[] = [];
    for (let d = start + ((spec.day - weekday(start) + 7) % 7); d < start + length; d += 7) all.push(d);
    if (spec.nth === undefined) out.push(...all);
    else {
      const pick = spec.nth > 0 ? all[spec.nth - 1] : all[all.length + spec.nth];
      if (pick !== undefined) out.push(pick);
    }
  }
  return out;
}

/** A yearly rule's numbered weekdays counted over the whole year ("the 20th Monday"). */
function yearWeekdays(specs: readonly WeekdaySpec[], year: number): number[] {
  const start = monthStart(year, 1);
  return weekdaysIn(specs, start, monthStart(year + 1, 1) - start);
}

/** BYMONTH and plain BYDAY also narrow the days of daily rules, and BYMONTH those of weekly ones. */
function keep(rule: RRule, day: number): boolean {
  if (rule.byMonth && !rule.byMonth.includes(Number(dateOf(day).slice(5, 7)))) return false;
  if (rule.freq === 'DAILY' && rule.byDay && !rule.byDay.some((d) => d.day === weekday(day))) return false;
  if (rule.freq === 'DAILY' && rule.byMonthDay) {
    const date = dateOf(day);
    const length = monthLength(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    const dom = Number(date.slice(8, 10));
    if (!rule.byMonthDay.some((n) => (n > 0 ? n : length + n + 1) === dom)) return false;
  }
  return true;
}

/** BYSETPOS: the n-th (or n-th from last) of a period's days. */
function selectPositions(positions: readonly number[] | undefined, days: number[]): number[] {
  if (!positions) return days;
  const picked = positions.map((p) => (p > 0 ? days[p - 1] : days[days.length + p])).filter((d): d is number => d !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}

