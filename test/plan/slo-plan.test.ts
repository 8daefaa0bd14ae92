import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { metricAlert, monitorSlo, timeSliceSlo } from '../../src/dsl/index.ts';
import type { Definition } from '../../src/ir/definition.ts';
import { planDatadog as plan } from '../../src/plan/datadog.ts';
import { resolvePayload } from '../../src/plan/references.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { check } from '../../src/pipeline/check.ts';

const errors = metricAlert({ id: 'errors', name: 'Errors', message: 'Errors.', query: 'avg(last_5m):sum:errors{*}.as_count() > 5' });
const uptime = monitorSlo({
  id: 'uptime', name: 'Uptime', monitors: [errors], thresholds: [{ timeframe: '30d', target: 99.5 }],
  alerts: { burnRate: [{ longWindow: '1h', burnRate: 14.4 }] },
});
const fresh = timeSliceSlo({
  id: 'fresh', name: 'Fresh', tags: ['Team:Data'],
  timeSlice: { query: 'max:lag{*}', comparator: '<=', threshold: 60 },
  thresholds: [{ timeframe: '7d', target: 99 }, { timeframe: '30d', target: 99.5, warning: 99.9 }], timeframe: '30d',
});

/** What `vigil compile` produces, SLO alerts included (derived while the definitions are checked). */
function desired(defs: Definition[]) {
  const v = check(defs);
  expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compile(v.valid);
}

/** An SLO as Datadog stores it: display strings, type_id, creator, times, tags as given, time-slice defaults. */
function storedSlo(payload: Record<string, unknown>, remoteId: string, monitorIds: Record<string, number>): RemoteObject {
  const spec = payload.sli_specification as { time_slice?: Record<string, unknown> } | undefined;
  const body: Record<string, unknown> = {
    ...payload, id: remoteId, type_id: 2, monitor_tags: [], created_at: 1_700_000_000, modified_at: 1_700_000_000,
    creator: { name: null, handle: 'x@example.com', email: 'x@example.com' },
    thresholds: (payload.thresholds as Array<Record<string, unknown>>).map((t) => ({ ...t, target_display: `${String(t.target)}.` })),
  };
  if (Array.isArray(payload.monitor_ids)) body.monitor_ids = payload.monitor_ids.map((m) => monitorIds[String(m).slice(2, -1)]);
  if (spec?.time_slice) {
    const { query_interval_seconds: _default, ...rest } = spec.time_slice;
    body.sli_specification = { time_slice: rest }; // Datadog fills the 300 s default back in on read
  }
  const logicalId = (payload.tags as string[]).find((t) => t.startsWith('vigil-id:'))!.slice(9);
  return { logicalId, remoteId, version: '1700000000:x', body };
}

function storedMonitor(payload: Record<string, unknown>, remoteId: number, query = payload.query): RemoteObject {
  const logicalId = (payload.tags as string[]).find((t) => t.startsWith('vigil-id:'))!.slice(9);
  return { logicalId, remoteId, version: 'v', body: { ...payload, query, id: remoteId } };
}

describe('planning SLOs', () => {
  it('compiles SLO tags lowercased and sorted, thresholds by timeframe, and monitor_ids as references', () => {
    const state = desired([errors, uptime, fresh]);
    const freshSlo = state.datadog.slos.find((s) => s.id === 'fresh')!;
    expect(freshSlo.payload.tags).toEqual(['managed-by:vigil', 'team:data', expect.stringMatching(/^vigil-hash:[0-9a-f]{16}$/), 'vigil-id:fresh']);
    expect(freshSlo.payload.thresholds.map((t) => t.timeframe)).toEqual(['7d', '30d']);
    expect(freshSlo.payload).toMatchObject({ timeframe: '30d', target_threshold: 99.5, warning_threshold: 99.9 });
    const uptimeSlo = state.datadog.slos.find((s) => s.id === 'uptime')!;
    expect(uptimeSlo.payload.monitor_ids).toEqual(['${errors}']);
    expect(uptimeSlo.dependsOn).toEqual(['errors']);
    expect(resolvePayload(uptimeSlo.payload as Record<string, unknown>, { errors: 1234 }).payload.monitor_ids).toEqual([1234]);
    expect(resolvePayload(uptimeSlo.payload as Record<string, unknown>, {}).missing).toEqual(['errors']);
  });

  it('creates monitors, then SLOs, then their alerts', () => {
    const p = plan(desired([fresh, uptime, errors]), { monitors: [], slos: [] });
    expect(p.changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'datadog.monitor errors', 'datadog.slo fresh', 'datadog.slo uptime', 'datadog.monitor uptime.burn-1h',
    ]);
  });

  it('plans nothing for what Datadog stored: numeric monitor ids and SLO ids become logical, read-only fields are ignored', () => {
    const state = desired([errors, uptime, fresh]);
    const m = Object.fromEntries(state.datadog.monitors.map((x) => [x.id, x.payload as Record<string, unknown>]));
    const s = Object.fromEntries(state.datadog.slos.map((x) => [x.id, x.payload as Record<string, unknown>]));
    const sloId = 'a'.repeat(32);
    const remote = {
      monitors: [
        storedMonitor(m.errors!, 11),
        storedMonitor(m['uptime.burn-1h']!, 12, `burn_rate("${sloId}").over("30d").long_window("1h").short_window("5m") > 14.4`),
      ],
      slos: [storedSlo(s.uptime!, sloId, { errors: 11 }), storedSlo(s.fresh!, 'b'.repeat(32), {})],
    };
    const p = plan(state, remote);
    expect(p.changes).toEqual([]);
    expect(p.summary.unchanged).toBe(4);
    expect(p.remoteIds).toMatchObject({ uptime: sloId, errors: 11 });

    const removed = plan(desired([]), remote);
    expect(removed.changes.map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual([
      'delete datadog.monitor uptime.burn-1h', 'delete datadog.slo uptime', 'delete datadog.monitor errors', 'delete datadog.slo fresh',
    ]);
    expect(removed.changes.find((c) => c.id === 'uptime')!.dependsOn).toEqual(['errors']);
  });

  it('shows an SLO edited in Datadog as drift, field by field', () => {
    const state = desired([fresh]);
    const stored = storedSlo(state.datadog.slos[0]!.payload as Record<string, unknown>, 'c'.repeat(32), {});
    (stored.body.thresholds as Array<Record<string, unknown>>)[1]!.target = 99;
    stored.body.description = 'edited';
    const p = plan(state, { monitors: [], slos: [stored] });
    expect(p.drift).toEqual(['fresh']);
    expect(p.changes[0]).toMatchObject({ action: 'update', kind: 'datadog.slo', reason: 'drift' });
    expect(p.changes[0]!.fields).toEqual([
      { path: 'description', old: 'edited', new: '' },
      { path: 'thresholds', old: [{ target: 99, timeframe: '7d' }, { target: 99, timeframe: '30d', warning: 99.9 }], new: [{ target: 99, timeframe: '7d' }, { target: 99.5, timeframe: '30d', warning: 99.9 }] },
    ]);
  });
});
