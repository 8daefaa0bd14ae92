// Wall-clock date-times without a time zone, as recurrence rules count them: `2026-01-05T18:00:00`. A recurring window
// opens at the same local time on each day its rule picks, whatever the offset that day (daylight saving included),
// so rules are expanded on the wall clock and only "now" is converted (zones.ts).

/** A local date-time, `YYYY-MM-DDTHH:MM:SS`; strings of this form sort in time order. */
export type LocalTime = string;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2026-01-05T18:00` or `…:00` → the full form; undefined when it is not a real local date and time. */
export function parseLocal(text: string): LocalTime | undefined {
  const m = LOCAL.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s = '00'] = m.slice(1) as [string, string, string, string, string, string?];
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const out = new Date(ms).toISOString().slice(0, 19);
  // Date.UTC rolls 2026-02-30 over into March: a date that moved was not a real one.
  return out === `${y}-${mo}-${d}T${h}:${mi}:${s}` ? out : undefined;
}

/** The calendar day of a local time, as a count of days (what Date.UTC gives, divided by a day). */
export function dayNumber(t: LocalTime): number {
  return Math.floor(Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10))) / DAY);
}

/** The local date of a day number, `YYYY-MM-DD`. */
export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Day of the week: 0 Monday … 6 Sunday (iCalendar's MO…SU order). */
export function weekday(day: number): number {
  return (new Date(day * DAY).getUTCDay() + 6) % 7;
}

/** Day number of the first day of a month (month 1–12; months past 12 roll into later years). */
export function monthStart(year: number, month: number): number {
  return Math.floor(Date.UTC(year, month - 1, 1) / DAY);
}

/** Days in a month (month 1–12, rolling over like monthStart). */
export function monthLength(year: number, month: number): number {
  return monthStart(year, month + 1) - monthStart(year, month);
}

/** The time-of-day part of a local time, `HH:MM:SS`. */
export function timeOfDay(t: LocalTime): string {
  return t.slice(11, 19);
}

/** Adds minutes on the wall clock (no time zone: a local day always has 24 hours here). */
export function addMinutes(t: LocalTime, minutes: number): LocalTime {
  return new Date(Date.parse(`${t}Z`) + minutes * 60_000).toISOString().slice(0, 19);
}

export const DAY = 86_400_000;
