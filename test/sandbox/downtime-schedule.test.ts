// Downtime schedules (v2) as recorded by the Terraform provider's downtime-schedule tests: what a recurring schedule's
// answers carry, a recurrence sent without a start, how times sent are written back, an empty display time zone and
// a downtime of one monitor. Small hand-written bodies, a fixed clock.
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';
import { raw } from './helpers.ts';
import { instantAt } from '../../src/schedule/zones.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const NOW = Date.parse('2030-03-04T10:20:30.250Z');
let clock = NOW;

async function api() {
  clock = NOW;
  sandbox = await startSandbox({ port: 0, now: () => clock, datadog: { seedData: false } });
  const base = sandbox.datadogUrl;
  return async (method: string, path: string, body?: unknown) => {
    const r = await raw(base, method, path, body === undefined ? undefined : JSON.stringify(body));
    return { status: r.status, body: r.json as any }; // the tests read answers field by field
  };
}

const downtime = (attributes: object) => ({ data: { type: 'downtime', attributes: { scope: 'env:x', monitor_identifier: { monitor_tags: ['team:a'] }, ...attributes } } });

describe('sandbox: downtime schedules', () => {
  it('answers a recurring schedule with its current or next occurrence, in UTC to the second', async () => {
    const call = await api();
    const upcoming = await call('POST', '/api/v2/downtime', downtime({
      schedule: {
        timezone: 'Europe/Paris',
        recurrences: [
          { start: '2030-03-06T09:00:00', duration: '2h', rrule: 'FREQ=DAILY' },
          { start: '2030-03-05T22:00:00', duration: '1h', rrule: 'FREQ=WEEKLY' },
        ],
      },
    }));
    // The earliest next occurrence of either: Paris is an hour ahead of UTC in March.
    expect(upcoming.body.data.attributes.schedule.current_downtime).toEqual({ start: '2030-03-05T21:00:00+00:00', end: '2030-03-05T22:00:00+00:00' });
    expect(upcoming.body.data.attributes.status).toBe('scheduled');
    const read = await call('GET', `/api/v2/downtime/${upcoming.body.data.id}`);
    expect(read.body.data.attributes.schedule.current_downtime).toEqual(upcoming.body.data.attributes.schedule.current_downtime);

    // Of two occurrences under way, the one that began first.
    clock = Date.parse('2030-03-06T09:30:00Z');
    const later = await call('GET', `/api/v2/downtime/${upcoming.body.data.id}`);
    expect(later.body.data.attributes.status).toBe('active');
    expect(later.body.data.attributes.schedule.current_downtime).toEqual({ start: '2030-03-06T08:00:00+00:00', end: '2030-03-06T10:00:00+00:00' });
    const both = await call('PATCH', `/api/v2/downtime/${upcoming.body.data.id}`, {
      data: { type: 'downtime', attributes: { schedule: { timezone: 'UTC', recurrences: [
        { start: '2030-03-07T09:00:00', duration: '1d', rrule: 'FREQ=DAILY' },
        { start: '2030-03-06T10:00:00', duration: '1w', rrule: 'FREQ=WEEKLY' },
      ] } } },
    });
    clock = Date.parse('2030-03-07T12:00:00Z');
    const read2 = await call('GET', `/api/v2/downtime/${both.body.data.id}`);
    expect(read2.body.data.attributes.schedule.current_downtime).toEqual({ start: '2030-03-06T10:00:00+00:00', end: '2030-03-13T10:00:00+00:00' });
  });

  it('starts a recurrence sent without a start now, on the wall clock of its time zone', async () => {
    const call = await api();
    const made = await call('POST', '/api/v2/downtime', downtime({
      schedule: { timezone: 'America/New_York', recurrences: [{ start: null, duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11' }] },
    }));
    expect(made.status).toBe(200);
    expect(made.body.data.attributes.schedule.recurrences).toEqual([{ start: '2030-03-04T05:20:30', duration: '1d', rrule: 'FREQ=DAILY;INTERVAL=11' }]);
    expect(made.body.data.attributes.status).toBe('active');
  });

  it('writes a one-off time sent without a fraction back without one, and its own clock with microseconds', async () => {
    const call = await api();
    const sent = await call('POST', '/api/v2/downtime', downtime({ schedule: { start: '2050-01-02T03:04:05Z', end: null } }));
    expect(sent.body.data.attributes.schedule).toEqual({ start: '2050-01-02T03:04:05+00:00', end: null });
    const now = await call('POST', '/api/v2/downtime', downtime({ schedule: { start: null, end: '3000-01-02T03:04:05Z' } }));
    expect(now.body.data.attributes.schedule).toEqual({ start: '2030-03-04T10:20:30.250000+00:00', end: '3000-01-02T03:04:05+00:00' });
  });

  it('reads an empty display time zone as UTC', async () => {
    const call = await api();
    const made = await call('POST', '/api/v2/downtime', downtime({ display_timezone: '', schedule: { start: null } }));
    expect(made.body.data.attributes.display_timezone).toBe('UTC');
    const patched = await call('PATCH', `/api/v2/downtime/${made.body.data.id}`, { data: { type: 'downtime', attributes: { display_timezone: '' } } });
    expect(patched.body.data.attributes.display_timezone).toBe('UTC');
  });

  it('includes the monitor of a downtime of one monitor, its relationship typed "monitor"', async () => {
    const call = await api();
    const monitor = await call('POST', '/api/v1/monitor', { type: 'metric alert', name: 'cpu', message: 'm', query: 'avg(last_5m):avg:system.cpu.user{*} > 90' });
    const made = await call('POST', '/api/v2/downtime', { data: { type: 'downtime', attributes: { scope: 'env:x', monitor_identifier: { monitor_id: monitor.body.id }, schedule: { start: null } } } });
    expect(made.body.data.relationships.monitor).toEqual({ data: { type: 'monitor', id: String(monitor.body.id) } });
    expect(made.body.included[1]).toEqual({ type: 'monitor', id: monitor.body.id, attributes: { name: 'cpu' } });
    const tagged = await call('POST', '/api/v2/downtime', downtime({ schedule: { start: null } }));
    expect(tagged.body.included).toHaveLength(1);
  });
});

describe('instantAt', () => {
  it('reads a wall-clock time in a zone, daylight saving included', () => {
    expect(new Date(instantAt('2030-07-13T01:02:03', 'America/New_York')).toISOString()).toBe('2030-07-13T05:02:03.000Z');
    expect(new Date(instantAt('2030-01-13T01:02:03', 'America/New_York')).toISOString()).toBe('2030-01-13T06:02:03.000Z');
    expect(new Date(instantAt('2030-03-04T10:00:00', 'UTC')).toISOString()).toBe('2030-03-04T10:00:00.000Z');
  });
});
