// The adoption planner is pure: compiled definitions and remote monitor JSON in, update changes and problems out.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { compileMonitor, type CompiledMonitor } from '../../src/compile/datadog/monitor.ts';
import { compositeMonitor, metricAlert } from '../../src/dsl/index.ts';
import { adoptionTargets, mergeAdoptions, planAdoptions, withoutAdoptions } from '../../src/plan/adopt.ts';
import { planDatadog as plan } from '../../src/plan/datadog.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { describeReason } from '../../src/plan/render/values.ts';

const query = 'avg(last_5m):avg:system.cpu.user{*} > 90';

function desired(id: string, datadogId: number | undefined, extra: Record<string, unknown> = {}): CompiledMonitor {
  return compileMonitor(metricAlert({
    id, name: `CPU ${id}`, query, message: 'CPU is high.', tags: ['integration:system'],
    ...(datadogId !== undefined ? { adopt: { datadogId } } : {}), ...extra,
  }));
}

/** A monitor as Datadog has it: the payload without vigil's tags, plus server fields. */
function remote(datadogId: number, from: CompiledMonitor, tags = ['integration:system']): RemoteObject {
  const body = { ...from.payload, tags, id: datadogId, modified: '2026-01-01T00:00:00+00:00', overall_state: 'OK' };
  return { logicalId: '', remoteId: datadogId, version: '2026-01-01T00:00:00+00:00', body };
}

describe('planAdoptions', () => {
  it('plans one update per adoption whose only field change is the ownership tags', () => {
    const d = desired('cpu', 101);
    const result = planAdoptions([d, desired('other', undefined)], new Set(), [remote(101, d)]);
    expect(result.problems).toEqual([]);
    expect(result.unchanged).toBe(0);
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change).toMatchObject({ action: 'update', kind: 'datadog.monitor', id: 'cpu', remoteId: 101, reason: 'adopt', remoteVersion: '2026-01-01T00:00:00+00:00' });
    expect(change!.fields).toEqual([{ path: 'tags', old: ['integration:system'], new: ['integration:system', 'managed-by:vigil', 'vigil-id:cpu'] }]);
    expect(change!.payload).toBe(d.payload);
    expect(describeReason('adopt')).toMatch(/adopted/);
  });

  it('shows any other difference too, so a reviewer sees what the adoption would change', () => {
    const d = desired('cpu', 101);
    const r = remote(101, d);
    r.body.name = 'CPU (renamed in the UI)';
    expect(planAdoptions([d], new Set(), [r]).changes[0]!.fields!.map((f) => f.path)).toEqual(['name', 'tags']);
  });

  it('reports a missing monitor, one already managed by vigil, and two definitions adopting the same one', () => {
    const a = desired('a', 1), b = desired('b', 2), c = desired('c', 3), c2 = desired('c-two', 3);
    const owned = remote(2, b, ['managed-by:vigil', 'vigil-id:elsewhere']);
    const result = planAdoptions([a, b, c, c2], new Set(), [owned, remote(3, c)]);
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual([
      '"a": adopt.datadogId 1: Datadog has no monitor with that id (deleted since the import?); remove "adopt" to create it anew',
      '"b": adopt.datadogId 2: that monitor is already managed by vigil as "elsewhere"; remove "adopt" or the other definition',
      '"c": adopt.datadogId 3 is also adopted by "c-two"; a monitor can be adopted once',
      '"c-two": adopt.datadogId 3 is also adopted by "c"; a monitor can be adopted once',
    ]);
  });

  it('ignores the marker once vigil owns the logical id', () => {
    const d = desired('cpu', 101);
    expect(adoptionTargets([d, desired('x', 102)], new Set(['cpu']))).toEqual([102]);
    expect(planAdoptions([d], new Set(['cpu']), [remote(101, d)])).toEqual({ changes: [], unchanged: 0, problems: [] });
  });

  it('reads a composite\'s Datadog ids of monitors being adopted or owned as logical references', () => {
    const cpu = desired('cpu', 101);
    const comp = compileMonitor(compositeMonitor({ id: 'both', name: 'Both', when: '${cpu} && ${db}', message: 'x', adopt: { datadogId: 103 } }));
    const r = remote(103, { ...comp, payload: { ...comp.payload, query: '101 && 55' } });
    const result = planAdoptions([cpu, comp], new Set(), [remote(101, cpu), r], { ownedRemoteIds: new Map([['55', 'db']]) });
    expect(result.problems).toEqual([]);
    expect(result.changes.find((c) => c.id === 'both')!.fields!.map((f) => f.path)).toEqual(['tags']);
    expect(result.changes.find((c) => c.id === 'both')!.dependsOn).toEqual(['cpu', 'db']);
  });
});

describe('wiring adoptions into a plan', () => {
  it('keeps adopted monitors out of creates and adds them as updates with their remote ids', () => {
    const defs = [
      metricAlert({ id: 'cpu', name: 'CPU', query, message: 'x', adopt: { datadogId: 101 } }),
      metricAlert({ id: 'new', name: 'New', query, message: 'x' }),
    ];
    const state = compile(defs);
    const adoption = planAdoptions(state.datadog.monitors, new Set(), [remote(101, state.datadog.monitors[0]!)]);
    const merged = mergeAdoptions(plan(withoutAdoptions(state, new Set()), { monitors: [], slos: [] }), adoption);
    expect(merged.summary).toEqual({ create: 1, update: 1, delete: 0, unchanged: 0 });
    expect(merged.changes.map((c) => `${c.action} ${c.id}`)).toEqual(['update cpu', 'create new']);
    expect(merged.remoteIds).toEqual({ cpu: 101 });
    expect(merged.remoteVersions).toEqual({});
  });
});
