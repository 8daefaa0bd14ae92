// What a plan reads as a difference between a downtime schedule vigil would send and the one Datadog holds, for the
// parts the server fills in itself: a recurrence's start when none is sent, an empty display time zone.
import { describe, expect, it } from 'vitest';
import { diffLive } from '../../src/index.ts';

type Json = Record<string, unknown>;
const body = (attributes: Json): Json => ({ data: { type: 'downtime', attributes: { scope: 'env:x', monitor_identifier: { monitor_tags: ['team:a'] }, ...attributes } } });

describe('diffLive for downtimes', () => {
  it('reads the start the server gave a recurrence sent without one as no change', () => {
    const sent = body({ schedule: { timezone: 'UTC', recurrences: [{ duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11', start: null }] } });
    const live = body({
      status: 'active',
      schedule: { timezone: 'UTC', recurrences: [{ duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11', start: '2030-03-04T09:22:35' }], current_downtime: { start: '2030-03-04T09:22:35+00:00', end: '2030-03-05T09:22:35+00:00' } },
    });
    expect(diffLive('datadog.downtime', sent, live)).toEqual([]);
    const omitted = body({ schedule: { timezone: 'UTC', recurrences: [{ duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11' }] } });
    expect(diffLive('datadog.downtime', omitted, live)).toEqual([]);
  });

  it('still shows a changed rule or duration of such a recurrence, and a start that was sent', () => {
    const live = body({ schedule: { timezone: 'UTC', recurrences: [{ duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11', start: '2030-03-04T09:22:35' }] } });
    const otherRule = body({ schedule: { timezone: 'UTC', recurrences: [{ duration: '2d', rrule: 'FREQ=DAILY;INTERVAL=11', start: null }] } });
    expect(diffLive('datadog.downtime', otherRule, live).map((c) => c.path)).toEqual(['schedule.recurrences']);
    const otherStart = body({ schedule: { timezone: 'UTC', recurrences: [{ duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11', start: '2030-05-01T00:00:00' }] } });
    expect(diffLive('datadog.downtime', otherStart, live).map((c) => c.path)).toEqual(['schedule.recurrences']);
  });

  it('reads an empty display time zone as the UTC Datadog answers', () => {
    const sent = body({ display_timezone: '', schedule: { start: '2050-01-02T03:04:05Z' } });
    const live = body({ display_timezone: 'UTC', schedule: { start: '2050-01-02T03:04:05+00:00', end: null } });
    expect(diffLive('datadog.downtime', sent, live)).toEqual([]);
    expect(diffLive('datadog.downtime', { ...sent, data: { type: 'downtime', attributes: { ...(sent.data as { attributes: Json }).attributes, display_timezone: 'Europe/Paris' } } }, live).map((c) => c.path)).toEqual(['display_timezone']);
  });
});
