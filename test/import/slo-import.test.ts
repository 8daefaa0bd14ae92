// SLO import and adoption planning as pure functions: Datadog SLO JSON in, source text and plan changes out.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { compileSlo } from '../../src/compile/datadog/slo.ts';
import { metricSlo } from '../../src/dsl/index.ts';
import { importDatadog, type WireMonitor, type WireSlo } from '../../src/import/index.ts';
import { withoutAdoptions } from '../../src/plan/adopt.ts';
import { adoptingMonitors, planSloAdoptions, sloAdoptionTargets } from '../../src/plan/adopt-slo.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import { check } from '../../src/pipeline/check.ts';

const SLO_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SLO_B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const cpu: WireMonitor = {
  id: 41, name: 'CPU high', type: 'query alert', query: 'avg(last_5m):avg:system.cpu.user{*} > 90', message: 'CPU.',
  options: { include_tags: true, new_host_delay: 300, notify_audit: false, notify_no_data: false, silenced: {}, thresholds: { critical: 90 } },
};

function wire(id: string, extra: Record<string, unknown>): WireSlo {
  return { id, name: 'Checkout availability', type: 'metric', description: '', tags: ['team:payments'], thresholds: [{ timeframe: '30d', target: 99.9, target_display: '99.9' }], timeframe: '30d', target_threshold: 99.9, ...extra };
}

describe('importDatadog with SLOs', () => {
  it('writes a metric SLO with its queries, no alerts, and the adopt marker', () => {
    const result = importDatadog({ monitors: [], slos: [wire(SLO_A, { query: { numerator: 'sum:ok{*}.as_count()', denominator: 'sum:all{*}.as_count()' } })] });
    expect(result.problems).toEqual([]);
    expect(result.slos).toEqual([{ id: 'checkout-availability', datadogId: SLO_A, file: 'payments.ts', builder: 'metricSlo', overridden: [] }]);
    const text = result.files[0]!.text;
    expect(text).toContain("import { metricSlo } from '@vigil-monitors/vigil';");
    expect(text).toContain("good: 'sum:ok{*}.as_count()',");
    expect(text).toContain(`adopt: { datadogId: '${SLO_A}' },`);
    expect(text).not.toContain('alerts');
  });

  it('writes count formulas and time slices as typed props that compile back to the same specification', () => {
    const count = { queries: [{ data_source: 'metrics', name: 'hits', query: 'sum:hits{*}.as_count()' }, { data_source: 'metrics', name: 'errors', query: 'sum:errors{*}.as_count()' }], good_events_formula: { formula: 'hits - errors' }, total_events_formula: { formula: 'hits' } };
    const slice = { comparator: '<=', threshold: 0.5, query_interval_seconds: 60, query: { formulas: [{ formula: 'query1' }], queries: [{ data_source: 'metrics', name: 'query1', query: 'p95:latency{*}' }] } };
    const result = importDatadog({ monitors: [], slos: [
      wire(SLO_A, { sli_specification: { count } }),
      wire(SLO_B, { name: 'Latency', type: 'time_slice', sli_specification: { time_slice: slice } }),
    ] });
    expect(result.problems).toEqual([]);
    expect(result.slos.map((s) => [s.id, s.builder, s.overridden])).toEqual([['checkout-availability', 'metricSlo', []], ['latency', 'timeSliceSlo', []]]);
    const text = result.files[0]!.text;
    expect(text).toContain("formulas: {");
    expect(text).toContain("good: 'hits - errors',");
    expect(text).toContain("timeSlice: { query: 'p95:latency{*}', comparator: '<=', threshold: 0.5, intervalSeconds: 60 },");
  });

  it('names the monitors of a monitor SLO by logical id, owned or imported, and skips one counting anything else', () => {
    const result = importDatadog({ monitors: [cpu], slos: [
      wire(SLO_A, { name: 'Uptime', type: 'monitor', monitor_ids: [41, 7], thresholds: [{ timeframe: '30d', target: 99.5 }], target_threshold: 99.5 }),
      wire(SLO_B, { name: 'Lost', type: 'monitor', monitor_ids: [99], thresholds: [{ timeframe: '30d', target: 99.5 }] }),
    ] }, { owned: new Map([['7', 'db-down']]) });
    expect(result.slos.map((s) => s.id)).toEqual(['uptime']);
    expect(result.problems).toEqual([
      `Datadog SLO ${SLO_B} "Lost": skipped: it counts monitor 99, which vigil neither owns nor imports now, and monitorSlo names monitors by logical id only. Hint: import or define those monitors, then import again`,
    ]);
    expect(result.files.map((f) => f.text).join('')).toContain("monitors: ['cpu-high', 'db-down'],");
  });

  it('keeps what the typed props cannot say as overrides: padded name, groups of a metric SLO, threshold order', () => {
    const result = importDatadog({ monitors: [], slos: [wire(SLO_A, {
      name: ' Padded ', groups: ['role:b', 'env:a'], query: { numerator: 'sum:ok{*}.as_count()', denominator: 'sum:all{*}.as_count()' },
      thresholds: [{ timeframe: '30d', target: 99.9 }, { timeframe: '7d', target: 99 }],
    })] });
    expect(result.problems).toEqual([]);
    expect(result.slos[0]!.overridden.sort()).toEqual(['groups', 'name', 'thresholdOrder']);
    expect(result.files[0]!.text).toContain("overrides: { name: ' Padded ', groups: ['role:b', 'env:a'], thresholdOrder: ['30d', '7d'] },");
  });
});

describe('planSloAdoptions', () => {
  const def = metricSlo({
    id: 'checkout', name: 'Checkout', good: 'sum:ok{*}.as_count()', total: 'sum:all{*}.as_count()',
    thresholds: [{ timeframe: '30d', target: 99.9 }], tags: ['team:payments'], adopt: { datadogId: SLO_A },
  });
  const compiled = compileSlo(def);
  const remote = (tags = ['team:payments']): RemoteObject => ({
    logicalId: '', remoteId: SLO_A, version: '1:h',
    body: { ...compiled.payload, tags, id: SLO_A, modified_at: 1, created_at: 1, type_id: 1 },
  });

  it('plans one update whose only field is the tags, and derives no alert monitors', () => {
    expect(sloAdoptionTargets([compiled], new Set())).toEqual([SLO_A]);
    const result = planSloAdoptions([compiled], new Set(), [remote()]);
    expect(result.problems).toEqual([]);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ action: 'update', kind: 'datadog.slo', id: 'checkout', remoteId: SLO_A, reason: 'adopt', remoteVersion: '1:h' });
    expect(result.changes[0]!.fields!.map((f) => f.path)).toEqual(['tags']);
    const checked = check([def]);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.derived).toEqual([]);
    const state = compile(checked.valid);
    expect(state.datadog.monitors).toEqual([]);
    expect(withoutAdoptions(state, new Set()).datadog.slos).toEqual([]);
    expect(withoutAdoptions(state, new Set(['checkout'])).datadog.slos).toHaveLength(1);
  });

  it('reports a missing SLO, one vigil already manages, and an SLO adopted twice', () => {
    const twin = { ...compiled, id: 'twin' };
    expect(planSloAdoptions([compiled], new Set(), []).problems).toEqual([
      `"checkout": adopt.datadogId "${SLO_A}": Datadog has no SLO with that id (deleted since the import?); remove "adopt" to create it anew`,
    ]);
    expect(planSloAdoptions([compiled], new Set(), [remote(['managed-by:vigil', 'vigil-id:other'])]).problems[0]).toMatch(/already managed by vigil as "other"/);
    expect(planSloAdoptions([compiled, twin], new Set(), [remote()]).problems).toHaveLength(2);
    expect(planSloAdoptions([compiled], new Set(['checkout']), []).changes).toEqual([]);
  });

  it('compares a monitor SLO\'s monitor_ids as logical ids, adopted monitors included', () => {
    expect(adoptingMonitors([{ id: 'cpu', payload: {} as never, dependsOn: [], adopt: 41 }], new Set())).toEqual(new Map([['41', 'cpu']]));
  });
});
