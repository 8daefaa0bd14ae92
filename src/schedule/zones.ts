// Time zones: whether a name is one, and what a clock there shows at an instant. Formatters are built once per zone;
// building one costs far more than using it.
import type { LocalTime } from './local-time.ts';

let canonicalZones: Set<string> | undefined;

/**
 * True for a time zone name the runtime knows. The canonical IANA names are looked up in a list (about 3 ms the first
 * time); anything else (an alias such as "US/Eastern", another spelling) is tried on a DateTimeFormat, whose first use
 * costs about 35 ms, most of `vigil validate` on a small project.
 */
export function isTimeZone(name: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** What a wall clock in `timeZone` shows at `ms` (epoch milliseconds), to the second. */
export function wallClock(ms: number, timeZone: string): LocalTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const part = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

/**
 * The instant (epoch milliseconds) a wall clock in `timeZone` shows `local`. A time skipped by a daylight-saving
 * change is read with the offset before it; a time shown twice, as its first showing.
 */
export function instantAt(local: LocalTime, timeZone: string): number {
  const naive = Date.parse(`${local}Z`);
  let ms = naive;
  for (let i = 0; i < 2; i++) ms = naive - (Date.parse(`${wallClock(ms, timeZone)}Z`) - ms);
  const earlier = naive - (Date.parse(`${wallClock(ms - 3_600_000, timeZone)}Z`) - (ms - 3_600_000));
  return earlier < ms && wallClock(earlier, timeZone) === local ? earlier : ms;
}
