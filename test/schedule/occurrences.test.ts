// Recurrence rules on the wall clock: the occurrences a rule yields from its first start, what comes next after a
// given time, and the problems a rule's author is told about. Expected dates are worked out by hand from a calendar.
import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrences } from '../../src/schedule/occurrences.ts';
import { parseRRule, type RRule } from '../../src/schedule/rrule.ts';
import { wallClock } from '../../src/schedule/zones.ts';

function rule(text: string): RRule {
  const parsed = parseRRule(text);
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  return parsed.rule;
}

function first(text: string, start: string, n: number, zone = 'UTC'): string[] {
  const out: string[] = [];
  for (const at of occurrences(rule(text), start, zone)) {
    out.push(at);
    if (out.length === n) break;
  }
  return out;
}

describe('occurrences', () => {
  it('weekday evenings skip the weekend and keep the time of day', () => {
    // 2026-01-09 is a Friday.
    expect(first('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2026-01-08T18:00:00', 4)).toEqual([
      '2026-01-08T18:00:00', '2026-01-09T18:00:00', '2026-01-12T18:00:00', '2026-01-13T18:00:00',
    ]);
  });

  it('numbered weekdays and BYSETPOS pick one day a month', () => {
    expect(first('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-01T01:00:00', 3)).toEqual(['2026-01-30T01:00:00', '2026-02-27T01:00:00', '2026-03-27T01:00:00']);
    expect(first('FREQ=MONTHLY;BYSETPOS=3;BYDAY=WE', '2026-01-01T01:00:00', 2)).toEqual(['2026-01-21T01:00:00', '2026-02-18T01:00:00']);
  });

  it('a month without the day is skipped, not shifted', () => {
    expect(first('FREQ=MONTHLY;BYMONTHDAY=31', '2026-01-01T00:00:00', 3)).toEqual(['2026-01-31T00:00:00', '2026-03-31T00:00:00', '2026-05-31T00:00:00']);
    expect(first('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2026-01-01T00:00:00', 2)).toEqual(['2028-02-29T00:00:00', '2032-02-29T00:00:00']);
  });

  it('stops at COUNT and at UNTIL (a UTC UNTIL read on the schedule\'s clock)', () => {
    expect(first('FREQ=DAILY;INTERVAL=10;COUNT=3', '2026-01-01T01:00:00', 9)).toEqual(['2026-01-01T01:00:00', '2026-01-11T01:00:00', '2026-01-21T01:00:00']);
    // 23:30 UTC on the 2nd is 00:30 on the 3rd in Berlin: the occurrence at 00:00 on the 3rd still starts before it.
    expect(first('FREQ=DAILY;UNTIL=20260102T233000Z', '2026-01-01T00:00:00', 9, 'Europe/Berlin')).toEqual([
      '2026-01-01T00:00:00', '2026-01-02T00:00:00', '2026-01-03T00:00:00',
    ]);
  });

  it('a rule that never matches ends instead of looping', () => {
    expect(first('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', '2026-01-01T00:00:00', 1)).toEqual([]);
  });

  it('finds the next occurrence after a time and counts the ones before it', () => {
    // Sundays from 2026-01-04: 2026-12-06 is the 49th, so 49 come before the one on 2026-12-13.
    expect(nextOccurrence(rule('FREQ=WEEKLY;BYDAY=SU'), '2026-01-04T03:00:00', 'UTC', '2026-12-07T12:00:00'))
      .toEqual({ at: '2026-12-13T03:00:00', before: 49 });
    expect(nextOccurrence(rule('FREQ=WEEKLY;COUNT=2'), '2026-01-04T03:00:00', 'UTC', '2026-02-01T00:00:00')).toBeUndefined();
  });

  it('reads the wall clock of a time zone, daylight saving included', () => {
    expect(wallClock(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01T14:00:00');
    expect(wallClock(Date.parse('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-01-01T13:00:00');
  });
});

describe('parseRRule', () => {
  const problem = (text: string, parts?: Parameters<typeof parseRRule>[1]) => {
    const parsed = parseRRule(text, parts);
    return 'problem' in parsed ? parsed.problem.message : undefined;
  };

  it('accepts the rules Datadog documents, with or without an RRULE: prefix', () => {
    for (const text of ['FREQ=DAILY', 'RRULE:FREQ=DAILY;INTERVAL=10;COUNT=5', 'FREQ=MONTHLY;BYSETPOS=3;BYDAY=WE;INTERVAL=1', 'FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20261231T235959Z']) {
      expect(problem(text), text).toBeUndefined();
    }
  });

  it('says what is wrong, one thing at a time', () => {
    expect(problem('BYDAY=MO')).toBe('has no FREQ');
    expect(problem('FREQ=WEEKLY;DTSTART=20260101T000000Z')).toBe('carries DTSTART, which Datadog does not take inside the rule');
    expect(problem('FREQ=WEEKLY;BYDAY=MON')).toBe('has "MON" in BYDAY');
    expect(problem('FREQ=DAILY;COUNT=2;UNTIL=20260101')).toBe('sets both COUNT and UNTIL');
    expect(problem('FREQ=DAILY;INTERVAL=0')).toBe('has INTERVAL=0');
    expect(problem('FREQ=WEEKLY;BYDAY=2TU')).toBe('numbers a weekday in BYDAY with FREQ=WEEKLY');
    expect(problem('FREQ=DAILY;BYHOUR=3')).toBe('uses BYHOUR, which vigil does not support');
    expect(problem('FREQ=DAILY;FOO=1')).toBe('has an unknown part "FOO"');
    expect(problem('FREQ=MONTHLY;BYMONTHDAY=1', ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY'])).toBe('uses BYMONTHDAY, which this kind of rule does not take');
  });
});
