import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { compile } from '../../src/compile/index.ts';
import type { SloDefinition } from '../../src/ir/slo.ts';
import { exportOpenSlo, toYaml } from '../../src/openslo/export.ts';
import { importOpenSlo } from '../../src/openslo/import.ts';
import { formatProblem } from '../../src/openslo/documents.ts';
import { check } from '../../src/pipeline/check.ts';
import { root } from '../support/cases.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('OpenSLO v1 import', () => {
  it('maps SLO, SLI (through a DataSource), AlertPolicy and burn-rate AlertCondition, by reference and inline', () => {
    const { slos, problems } = importOpenSlo(fixture('checkout.openslo.yaml'), 'checkout.openslo.yaml');
    expect(problems.map(formatProblem)).toEqual([
      'warning AlertNotificationTarget "payments-pager": not imported: vigil routes alerts by severity and team (routing rules), not per SLO',
    ]);
    expect(slos).toEqual([
      {
        kind: 'slo', id: 'checkout-availability', name: 'Checkout availability', type: 'metric',
        description: 'Checkout requests that succeed.', service: 'checkout', team: 'payments', tags: ['tier:gold', 'tier:critical'],
        good: 'sum:trace.http.request.hits{service:checkout,!http.status_class:5xx}.as_count()',
        total: 'sum:trace.http.request.hits{service:checkout}.as_count()',
        thresholds: [{ timeframe: '30d', target: 99.9 }], timeframe: '30d',
        alerts: { burnRate: [
          { name: 'fast', longWindow: '1h', burnRate: 14.4, severity: 'sev2' },
          { name: 'slow', longWindow: '24h', burnRate: 3, severity: 'sev4' },
        ] },
      },
      {
        kind: 'slo', id: 'search-latency', name: 'search-latency', type: 'time_slice', service: 'search',
        timeSlice: { query: 'p95:trace.http.request{service:search}', comparator: '<=', threshold: 0.5, intervalSeconds: 60 },
        thresholds: [{ timeframe: '7d', target: 99 }], timeframe: '7d',
      },
    ]);
    expect(check(slos).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses what Datadog cannot express, naming the field', () => {
    const { slos, problems } = importOpenSlo(fixture('unsupported.openslo.yaml'), 'unsupported.openslo.yaml');
    expect(slos).toEqual([]);
    const lines = problems.map(formatProblem);
    expect(lines).toEqual([
      'error SLO "monthly-calendar" spec.timeWindow[0].calendar: calendar-aligned windows have no Datadog equivalent: Datadog SLOs are rolling 7d, 30d or 90d windows',
      'error SLO "ratio-slices" spec.budgetingMethod: RatioTimeslices (the mean of per-slice ratios) has no Datadog equivalent; use Occurrences (metric SLO) or Timeslices (time-slice SLO)',
      'error SLO "composite" spec.objectives[0].indicatorRef: composite SLOs have no Datadog equivalent',
      'error SLI "raw" spec.ratioMetric.raw: a raw (precomputed) ratio has no Datadog equivalent; give good or bad, and total',
      'error SLO "prometheus-source" spec.timeWindow[0].duration: Datadog SLOs measure rolling 7d, 30d or 90d windows (got "28d"); use 7d/1w, 30d/1M or 90d/1Q',
      'error AlertCondition "delayed" spec.condition.alertAfter: Datadog burn-rate alerts have no delay; the short window confirms the burn instead (use 0m)',
    ]);
  });

  it('rejects documents that are not OpenSLO v1', () => {
    const { problems } = importOpenSlo('apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: { name: x }\n', 'old.yaml');
    expect(problems.map(formatProblem)).toEqual([
      'error old.yaml document 1 apiVersion: only "openslo/v1" is supported (got "openslo/v1alpha")',
    ]);
  });
});

describe('OpenSLO v1 export', () => {
  it('exports the example SLOs and imports them back to the same Datadog payloads', async () => {
    const pipeline = await runPipeline({ projectDir: root });
    const original = pipeline.definitions.filter((d): d is SloDefinition => d.kind === 'slo');
    const { documents, problems } = exportOpenSlo(original);
    expect(problems.map(formatProblem)).toEqual([
      'warning SLO "checkout-api-uptime" type: monitor-based SLOs count monitor uptime, which OpenSLO cannot express; not exported',
    ]);
    expect(documents.map((d) => `${String(d.kind)} ${String((d.metadata as { name: string }).name)}`)).toContain('SLO checkout-availability');
    const back = importOpenSlo(toYaml(documents), 'export.yaml');
    expect(back.problems).toEqual([]);
    const exported = original.filter((s) => s.type !== 'monitor');
    const compiledOf = (slos: SloDefinition[]) => {
      const v = check(slos);
      expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      return compile(v.valid).datadog;
    };
    expect(compiledOf(back.slos)).toEqual(compiledOf(exported));
  });

  it('the CLI writes the import to --out and fails with exit code 1 on unsupported input', () => {
    const out = mkdtempSync(join(tmpdir(), 'vigil-openslo-'));
    const bin = join(root, 'bin', 'vigil.js');
    const ok = spawnSync(process.execPath, [bin, 'openslo', 'import', join(import.meta.dirname, 'fixtures', 'checkout.openslo.yaml'), '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const written = readFileSync(join(out, 'checkout.yaml'), 'utf8');
    expect(written).toMatch(/^# Imported from checkout\.openslo\.yaml by "vigil openslo import"\.\nslos:\n {2}- id: checkout-availability\n/);
    const bad = spawnSync(process.execPath, [bin, 'openslo', 'import', join(import.meta.dirname, 'fixtures', 'unsupported.openslo.yaml')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('spec.budgetingMethod: RatioTimeslices');
    expect(bad.stdout).toBe('');
  });
});
