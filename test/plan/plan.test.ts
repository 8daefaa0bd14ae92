import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { allOf, compositeMonitor, metricAlert } from '../../src/dsl/index.ts';
import { planDatadog as plan } from '../../src/plan/datadog.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { renderMarkdown } from '../../src/plan/render/markdown.ts';
import { renderText } from '../../src/plan/render/text.ts';

const cpu = (threshold = 90, name = 'CPU high') => metricAlert({
  id: 'cpu', name, team: 'web', message: 'CPU is high.',
  query: `avg(last_5m):avg:system.cpu.user{*} > ${threshold}`, options: { notifyNoData: false },
});
const mem = metricAlert({ id: 'mem', name: 'Memory low', message: 'Low.', query: 'avg(last_5m):avg:system.mem.free{*} < 100' });
const both = compositeMonitor({ id: 'both', name: 'Both', message: 'Both.', when: allOf('cpu', 'mem') });

/** What Datadog returns for a payload it stored: ids, server defaults, `query alert`, float-looking thresholds. */
function stored(payload: Record<string, unknown>, remoteId: number, extra: Record<string, unknown> = {}): RemoteObject {
  const options = { notify_no_data: false, notify_audit: false, new_host_delay: 300, include_tags: true, silenced: {}, ...(payload.options as object) };
  const body = {
    ...payload, options, id: remoteId, type: payload.type === 'metric alert' ? 'query alert' : payload.type,
    priority: payload.priority ?? null, restricted_roles: null, multi: false, overall_state: 'No Data', ...extra,
  };
  const logicalId = (payload.tags as string[]).find((t) => t.startsWith('vigil-id:'))!.slice(9);
  return { logicalId, remoteId, version: '2026-01-01T00:00:00.000000+00:00', body };
}

describe('plan', () => {
  it('creates what is missing, composites after the monitors they combine', () => {
    const p = plan(compile([both, cpu(), mem]), { monitors: [], slos: [] });
    expect(p.summary).toEqual({ create: 3, update: 0, delete: 0, unchanged: 0 });
    expect(p.changes.map((c) => c.id)).toEqual(['cpu', 'mem', 'both']);
    expect(p.changes[2]!.dependsOn).toEqual(['cpu', 'mem']);
  });

  it('plans nothing for what Datadog stored from the same payload (server defaults, numeric ids in composites)', () => {
    const desired = compile([cpu(), mem, both]);
    const [bothC, cpuC, memC] = desired.datadog.monitors;
    const remote = [
      stored(cpuC!.payload, 101), stored(memC!.payload, 102),
      stored({ ...bothC!.payload, query: '101 && 102' }, 103),
    ];
    const p = plan(desired, { monitors: remote, slos: [] });
    expect(p.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: 3 });
    expect(p.remoteIds).toEqual({ both: 103, cpu: 101, mem: 102 });
  });

  it('tells a code change from an edit made in the Datadog UI', () => {
    const old = compile([cpu(90)]).datadog.monitors[0]!;
    const codeChange = plan(compile([cpu(95)]), { monitors: [stored(old.payload, 101)], slos: [] });
    expect(codeChange.changes[0]).toMatchObject({ action: 'update', reason: 'code', remoteId: 101 });
    expect(codeChange.changes[0]!.fields).toEqual([
      { path: 'options.thresholds.critical', old: 90, new: 95 },
      { path: 'query', old: 'avg(last_5m):avg:system.cpu.user{*} > 90', new: 'avg(last_5m):avg:system.cpu.user{*} > 95' },
    ]);
    expect(codeChange.drift).toEqual([]);

    const edited = stored({ ...old.payload, name: 'renamed in the UI' }, 101);
    const drift = plan(compile([cpu(90)]), { monitors: [edited], slos: [] });
    expect(drift.changes[0]).toMatchObject({ action: 'update', reason: 'drift', fields: [{ path: 'name', old: 'renamed in the UI', new: 'CPU high' }] });
    expect(drift.drift).toEqual(['cpu']);

    const bothChanged = plan(compile([cpu(95)]), { monitors: [edited], slos: [] });
    expect(bothChanged.changes[0]!.reason).toBe('code+drift');
  });

  it('deletes owned objects no longer in code, composites before what they reference; withholds when told', () => {
    const desired = compile([cpu(), mem, both]);
    const remote = desired.datadog.monitors.map((m, i) => stored(m.id === 'both' ? { ...m.payload, query: '11 && 12' } : m.payload, [10, 11, 12][i]!));
    const p = plan(compile([]), { monitors: remote, slos: [] });
    expect(p.changes.map((c) => [c.action, c.id])).toEqual([['delete', 'both'], ['delete', 'cpu'], ['delete', 'mem']]);
    const held = plan(compile([]), { monitors: remote, slos: [] }, { withholdDeletes: 'nothing was loaded' });
    expect(held.changes).toEqual([]);
    expect(held.deletesWithheld).toBe('nothing was loaded');
  });

  it('deletes duplicates left by an interrupted apply, keeping the oldest', () => {
    const payload = compile([cpu()]).datadog.monitors[0]!.payload;
    const p = plan(compile([cpu()]), { monitors: [stored(payload, 205), stored(payload, 201)], slos: [] }, { withholdDeletes: 'a file failed' });
    expect(p.changes).toMatchObject([{ action: 'delete', id: 'cpu', remoteId: 205, reason: 'duplicate' }]);
    expect(p.remoteIds).toEqual({ cpu: 201 });
  });

  it('renders text without colour by default and markdown with counts first', () => {
    const old = compile([cpu(90)]).datadog.monitors[0]!;
    const p = plan(compile([cpu(95), mem]), { monitors: [stored(old.payload, 101)], slos: [] });
    const text = renderText(p);
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('Plan: 1 to create, 1 to update, 0 to delete, 0 unchanged.');
    expect(text).toContain('  ~ update datadog.monitor cpu "CPU high" (remote id 101)');
    expect(text).toContain('      options.thresholds.critical: 90 → 95');
    expect(renderText(p, { color: true })).toMatch(/\u001b\[32m\+\u001b\[0m create datadog.monitor mem/);
    const md = renderMarkdown(p);
    expect(md.split('\n').slice(0, 5)).toEqual(['## vigil plan', '', '| create | update | delete | unchanged |', '|---:|---:|---:|---:|', '| 1 | 1 | 0 | 0 |']);
    expect(md).toContain('<summary>update <code>cpu</code> (datadog.monitor) — CPU high</summary>');
  });
});
