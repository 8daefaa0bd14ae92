// What a maintenance window may send at a given time, and what counts as the same window once Datadog stores it from
// a later occurrence: the two halves of "plans never send a start in the past, and never show drift because time passed".
import { describe, expect, it } from 'vitest';
import { compileDowntime, managedDowntimeView, normalizeDowntime } from '../../src/compile/datadog/downtime.ts';
import { downtimeAt, sameSeries } from '../../src/compile/datadog/downtime-time.ts';
import { downtime } from '../../src/dsl/index.ts';
import { diffLive } from '../../src/plan/diff-live.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z'); // a Monday; 13:00 in Berlin
const schedule = (p: Record<string, unknown> | undefined) => (p?.data as { attributes: { schedule: unknown } } | undefined)?.attributes.schedule;
const payloadOf = (s: Parameters<typeof downtime>[0]['schedule']) => compileDowntime(downtime({ id: 'w', monitorTags: ['env:dev'], schedule: s })).payload;

describe('downtimeAt', () => {
  it('leaves a future one-off window as written, and sends a started one without its start', () => {
    const later = payloadOf({ start: '2026-12-08T00:00:00Z', end: '2026-12-08T02:00:00Z' });
    expect(downtimeAt(later, NOW)).toBe(later);
    const started = payloadOf({ start: '2026-12-07T11:00:00Z', end: '2026-12-07T14:00:00Z' });
    expect(schedule(downtimeAt(started, NOW))).toEqual({ end: '2026-12-07T14:00:00Z' });
    // Within a minute of now counts as started: the request still has to travel.
    expect(schedule(downtimeAt(payloadOf({ start: '2026-12-07T12:00:30Z' }), NOW))).toEqual({});
  });

  it('calls a one-off window over once its end has passed', () => {
    expect(downtimeAt(payloadOf({ end: '2026-12-07T11:59:59Z' }), NOW)).toBeUndefined();
  });

  it('moves a recurrence that started in the past to its next occurrence on the schedule\'s clock, COUNT reduced', () => {
    const p = payloadOf({ timeZone: 'Europe/Berlin', recurrences: [
      { rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '2h', start: '2026-01-04T03:00' },
      { rrule: 'FREQ=DAILY;COUNT=400', duration: '1h', start: '2026-01-01T12:00' },
      { rrule: 'FREQ=DAILY', duration: '1h', start: '2027-01-01T00:00' },
    ] });
    expect(schedule(downtimeAt(p, NOW))).toEqual({ timezone: 'Europe/Berlin', recurrences: [
      { rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '2h', start: '2026-12-13T03:00' },
      // 340 days from 2026-01-01 to 2026-12-06 have passed, and today's 12:00 too (it is 13:00 in Berlin).
      { rrule: 'FREQ=DAILY;COUNT=59', duration: '1h', start: '2026-12-08T12:00' },
      { rrule: 'FREQ=DAILY', duration: '1h', start: '2027-01-01T00:00' },
    ] });
  });

  it('drops recurrences with nothing left, and calls the window over when none is left', () => {
    const done = { rrule: 'FREQ=DAILY;UNTIL=20261201', duration: '1h', start: '2026-11-01T00:00' };
    const going = { rrule: 'FREQ=DAILY', duration: '1h', start: '2026-11-01T00:00' };
    expect((schedule(downtimeAt(payloadOf({ timeZone: 'UTC', recurrences: [done, going] }), NOW)) as { recurrences: unknown[] }).recurrences)
      .toEqual([{ ...going, start: '2026-12-08T00:00' }]);
    expect(downtimeAt(payloadOf({ timeZone: 'UTC', recurrences: [done] }), NOW)).toBeUndefined();
  });
});

describe('sameSeries and the live comparison', () => {
  it('a recurrence stored from a later occurrence is the same series; another time of day or day is not', () => {
    const code = { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04T03:00' };
    expect(sameSeries(code, { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-11-29T03:00:00' }, 'UTC')).toBe(true);
    expect(sameSeries(code, { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-11-29T04:00' }, 'UTC')).toBe(false);
    expect(sameSeries(code, { rrule: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-11-28T03:00' }, 'UTC')).toBe(false);
    // With COUNT, as many occurrences must be left.
    const counted = { rrule: 'FREQ=DAILY;COUNT=10', start: '2026-01-01T00:00' };
    expect(sameSeries(counted, { rrule: 'FREQ=DAILY;COUNT=7', start: '2026-01-04T00:00' }, 'UTC')).toBe(true);
    expect(sameSeries(counted, { rrule: 'FREQ=DAILY;COUNT=10', start: '2026-01-04T00:00' }, 'UTC')).toBe(false);
  });

  it('diffLive finds no change between what a week-old apply stored and what the code sends today', () => {
    const code = payloadOf({ timeZone: 'Europe/Berlin', recurrences: [{ rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '2h', start: '2026-01-04T03:00' }] });
    const stored = downtimeAt(code, NOW - 7 * 86_400_000)!; // sent a week ago: from 2026-12-06
    const live = { data: { type: 'downtime', id: 'x', attributes: { ...(stored.data as { attributes: object }).attributes, status: 'scheduled', created: '2026-11-30T12:00:00.000000+00:00' } } };
    expect(diffLive('datadog.downtime', downtimeAt(code, NOW)!, live)).toEqual([]);
    // A one-off window whose start the server set is compared without its start.
    const oneOff = payloadOf({ start: '2026-12-07T10:00:00Z', end: '2026-12-07T20:00:00Z' });
    const sent = downtimeAt(oneOff, NOW)!;
    const answered = { data: { attributes: { ...(sent.data as { attributes: object }).attributes, schedule: { start: '2026-12-07T12:00:01.123000+00:00', end: '2026-12-07T20:00:00.000000+00:00' } } } };
    expect(diffLive('datadog.downtime', sent, answered)).toEqual([]);
    expect(normalizeDowntime(managedDowntimeView(answered, sent))).toEqual(normalizeDowntime(sent));
  });
});
