// Maintenance windows through the one planner, driven by plain data: a world built by hand at a fixed "now". What is
// over is neither created, updated nor deleted; what Datadog ended stays alone; a start that has passed is not sent
// and the reviewer is told; downtimes vigil does not own are adopted only when a definition says so.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { downtimeAt } from '../../src/compile/datadog/downtime-time.ts';
import { downtime, metricAlert } from '../../src/dsl/index.ts';
import { formatDiagnostic } from '../../src/ir/diagnostic.ts';
import { plan, type World } from '../../src/plan/index.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { renderText } from '../../src/plan/render/text.ts';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const at = (line: number) => ({ file: 'monitors/windows.ts', line, col: 14 });
const UUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const load = metricAlert({ id: 'web-load', name: 'web load', query: 'avg(last_5m):avg:system.load.1{*} > 4', message: 'Load is high.' });
const world = (downtimes: RemoteObject[], extra: Partial<World> = {}): World => ({
  owned: { monitors: [], slos: [], downtimes }, adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: [], readAt: NOW, ...extra,
});

/** A downtime as Datadog would hold it after vigil sent `payload` (its one-off start set by the server). */
function stored(payload: Record<string, unknown>, n: number, status: string, logicalId: string): RemoteObject {
  const attributes = { ...(payload.data as { attributes: Record<string, unknown> }).attributes };
  const schedule = attributes.schedule as Record<string, unknown>;
  if (!('recurrences' in schedule)) attributes.schedule = { start: schedule.start ?? iso(NOW - HOUR), end: schedule.end ?? null };
  return {
    logicalId, remoteId: UUID(n), version: `v${n}`,
    body: { data: { type: 'downtime', id: UUID(n), attributes: { ...attributes, status, canceled: null, created: iso(NOW - 2 * HOUR), modified: iso(NOW - 2 * HOUR) } } },
  };
}

describe('planning maintenance windows', () => {
  it('neither creates, updates nor deletes what is over; leaves what Datadog ended alone; deletes what the code dropped', () => {
    const over = downtime({ id: 'over', monitorTags: ['env:dev'], schedule: { start: iso(NOW - 3 * HOUR), end: iso(NOW - HOUR) } });
    const nights = downtime({ id: 'nights', monitorTags: ['env:dev'], schedule: { timeZone: 'UTC', recurrences: [{ rrule: 'FREQ=DAILY', duration: '8h', start: '2026-01-01T22:00' }] } });
    const desired = compile([load, over, nights]);
    const payload = (id: string) => desired.datadog.downtimes.find((d) => d.id === id)!.payload;
    const remotes = [
      stored(payload('over'), 1, 'ended', 'over'),
      // Sent by an apply a week ago, from the next occurrence then: still the same series today.
      stored(downtimeAt(payload('nights'), NOW - 7 * 24 * HOUR)!, 2, 'scheduled', 'nights'),
      stored(payload('over'), 3, 'ended', 'gone-and-over'),
      stored(payload('nights'), 4, 'active', 'dropped'),
    ];
    const result = plan(desired, world(remotes), { definitions: [load, over, nights] });
    expect(result.diagnostics).toEqual([]);
    expect(result.plan!.changes.map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual(['create datadog.monitor web-load', 'delete datadog.downtime dropped']);
    expect(result.plan!.summary.unchanged).toBe(2);
    expect(result.plan!.drift).toEqual([]);
    // A reviewer sees what the deleted window muted and when.
    expect(renderText(result.plan!)).toContain([
      `  - delete datadog.downtime dropped (remote id ${UUID(4)})`,
      '      reason: no longer defined in code',
      '      mutes: monitors tagged env:dev',
      '      window: FREQ=DAILY from 2026-01-01T22:00 for 8h (UTC)',
    ].join('\n'));
  });

  it('sends a started one-off window without its start, and says so at the definition', () => {
    const late = Object.assign(downtime({ id: 'late', monitor: 'web-load', schedule: { start: iso(NOW - HOUR), end: iso(NOW + HOUR) } }), { source: at(7) });
    const result = plan(compile([load, late]), world([]), { definitions: [load, late] });
    const change = result.plan!.changes.find((c) => c.id === 'late')!;
    expect((change.payload!.data as { attributes: { schedule: unknown } }).attributes.schedule).toEqual({ end: iso(NOW + HOUR).replace('.000Z', 'Z') });
    expect(change.dependsOn).toEqual(['web-load']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `monitors/windows.ts:7:14 warning downtime-start-past late: "start" (${iso(NOW - HOUR).replace('.000Z', 'Z')}) has passed: the window is created to start `
        + 'when it is applied, as Datadog refuses a start in the past Hint: to open the window later, move "start" to that time; to open it on apply, remove "start"',
    ]);
  });

  it('adopts a downtime vigil does not own in place, adding only its marker, and refuses one vigil owns already', () => {
    const backup = downtime({ id: 'backup', monitorTags: ['service:db'], message: 'Backups', schedule: { timeZone: 'UTC', recurrences: [{ rrule: 'FREQ=WEEKLY', duration: '1h', start: '2030-01-01T00:00' }] }, adopt: { datadogId: UUID(9) } });
    const desired = compile([load, backup]);
    const unowned = stored(desired.datadog.downtimes[0]!.payload, 9, 'scheduled', '');
    (unowned.body.data as { attributes: Record<string, unknown> }).attributes.message = 'Backups';
    const result = plan(desired, world([], { adoptable: { monitors: [], slos: [], downtimes: [unowned] } }), { definitions: [load, backup] });
    expect(result.plan!.changes.filter((c) => c.kind === 'datadog.downtime')).toMatchObject([{
      action: 'update', reason: 'adopt', id: 'backup', remoteId: UUID(9),
      fields: [{ path: 'message', old: 'Backups', new: expect.stringMatching(/^Backups\n\n\[managed by vigil\] vigil-id:backup vigil-hash:[0-9a-f]{16}$/) }],
    }]);
    const taken = stored(desired.datadog.downtimes[0]!.payload, 9, 'scheduled', 'someone-else');
    (taken.body.data as { attributes: Record<string, unknown> }).attributes.message = 'Backups\n\n[managed by vigil] vigil-id:someone-else vigil-hash:0';
    const refused = plan(desired, world([], { adoptable: { monitors: [], slos: [], downtimes: [taken] } }), { definitions: [load, backup] });
    expect(refused.plan).toBeUndefined();
    expect(refused.diagnostics.map((d) => d.message)).toEqual([`adopt.datadogId '${UUID(9)}': that downtime is already managed by vigil as "someone-else"; remove "adopt" or the other definition`]);
  });
});
