// End to end over real HTTP against the sandbox: SLOs created through the official client (shapes from the recorded
// Datadog requests) are imported with `vigil import`, planned as adoptions that only add vigil's tags, applied, and
// afterwards the plan is empty and every SLO field but the tags is as it was.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v1 } from '@datadog/datadog-api-client';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/compile/canonical.ts';
import { MANAGED_TAG } from '../../src/compile/ownership.ts';
import type { DatadogClient } from '../../src/providers/datadog/client.ts';
import { runVigil } from '../support/run-vigil.ts';
import { sandboxWithClient } from '../sync/support.ts';
import { cleanedUpAfterEach, foreignTags } from './support.ts';


const vigil = (args: string[], cwd: string, url: string) => runVigil(args, cwd, url);

async function createSlo(dd: DatadogClient, wire: Record<string, unknown>): Promise<string> {
  const body = v1.ObjectSerializer.deserialize(wire, 'ServiceLevelObjectiveRequest', '') as v1.ServiceLevelObjectiveRequest;
  return (await dd.slos.createSLO({ body })).data![0]!.id!;
}

/** The SLO as the official client reads it back. */
async function getSlo(dd: DatadogClient, id: string): Promise<Record<string, unknown>> {
  return v1.ObjectSerializer.serialize((await dd.slos.getSLO({ sloId: id })).data, 'SLOResponseData', '') as Record<string, unknown>;
}

/** Everything but the modification time and the tags, which are compared as tags minus vigil's own. */
function untagged(body: Record<string, unknown>): string {
  const { modified_at: _m, tags: _t, ...rest } = body;
  return canonicalJson(rest);
}


const t = cleanedUpAfterEach();

describe('vigil import, plan and apply adopt SLOs in place', { timeout: 60_000 }, () => {
  it('imports a metric and a monitor SLO, plans only tag updates, applies them, and changes nothing else', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-slo-'));
    const monitor = await s.dd.monitors.createMonitor({ body: {
      name: 'Checkout errors', type: 'query alert', query: 'sum(last_5m):sum:trace.http.request.errors{service:checkout}.as_count() > 50',
      message: 'Checkout errors are high.', tags: ['team:payments'], options: { thresholds: { critical: 50 } },
    } as never });
    // As recorded (Create-an-SLO-object-returns-OK-response): groups on a metric SLO, which vigil has no typed prop for.
    const metric = await createSlo(s.dd, {
      description: 'string', groups: ['env:test', 'role:mysql'], monitor_ids: [], name: 'Checkout availability',
      query: { denominator: 'sum:httpservice.hits{!code:3xx}.as_count()', numerator: 'sum:httpservice.hits{code:2xx}.as_count()' },
      tags: ['env:prod', 'app:core'], target_threshold: 97,
      thresholds: [{ target: 97, target_display: '97.0', timeframe: '7d', warning: 98, warning_display: '98.0' }],
      timeframe: '7d', type: 'metric', warning_threshold: 98,
    });
    const uptime = await createSlo(s.dd, {
      name: 'Checkout uptime ', description: 'Time the checkout error monitor is not alerting.', type: 'monitor',
      monitor_ids: [monitor.id], tags: ['team:payments'],
      thresholds: [{ timeframe: '30d', target: 99.5, warning: 99.8 }, { timeframe: '7d', target: 99 }], timeframe: '30d',
    });
    const before = new Map([[metric, await getSlo(s.dd, metric)], [uptime, await getSlo(s.dd, uptime)]]);

    const imported = await vigil(['import'], project, s.sandbox.datadogUrl);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      'Imported 1 monitor and 2 SLOs into 2 files in monitors/imported: 1 metricAlert, 1 metricSlo, 1 monitorSlo; 2 with overrides.\n'
      + 'Next: "vigil plan" shows one adoption per monitor or SLO (only its tags change); "vigil apply" takes them over.\n');
    expect(readdirSync(join(project, 'monitors', 'imported')).sort()).toEqual(['imported.ts', 'payments.ts']);
    const payments = readFileSync(join(project, 'monitors', 'imported', 'payments.ts'), 'utf8');
    expect(payments).toContain("import { metricAlert, monitorSlo } from '@vigil-monitors/vigil';");
    expect(payments).toContain("monitors: ['checkout-errors'],");
    expect(payments).toContain(`adopt: { datadogId: '${uptime}' },`);
    expect(payments).toContain("overrides: { name: 'Checkout uptime ', thresholdOrder: ['30d', '7d'] },");
    const other = readFileSync(join(project, 'monitors', 'imported', 'imported.ts'), 'utf8');
    expect(other).toContain("good: 'sum:httpservice.hits{code:2xx}.as_count()',");
    expect(other).toContain("overrides: { groups: ['env:test', 'role:mysql'] },");
    // Imported SLOs get no alerts, so adopting them derives no burn-rate monitors.
    expect(payments + other).not.toContain('alerts');

    const planned = await vigil(['plan', '--json'], project, s.sandbox.datadogUrl);
    // Lint warnings about the imported monitor (no team, runbook…) are expected; nothing about the SLOs.
    expect(planned.stderr).not.toMatch(/ error |plan error|checkout-(availability|uptime)/);
    expect(planned.code).toBe(0);
    const doc = JSON.parse(planned.stdout);
    expect(doc.summary).toEqual({ create: 0, update: 3, delete: 0, unchanged: 0 });
    const byId = Object.fromEntries(doc.changes.map((c: { id: string }) => [c.id, c]));
    expect(byId['checkout-availability']).toMatchObject({ action: 'update', kind: 'datadog.slo', reason: 'adopt', remoteId: metric });
    expect(byId['checkout-uptime']).toMatchObject({ action: 'update', kind: 'datadog.slo', reason: 'adopt', remoteId: uptime, dependsOn: ['checkout-errors'] });
    for (const c of doc.changes) {
      expect(c.reason, c.id).toBe('adopt');
      expect(c.fields.map((f: { path: string }) => f.path), c.id).toEqual(['tags']);
    }
    // The monitor SLO is adopted after the monitor it counts.
    expect(doc.changes.map((c: { id: string }) => c.id).indexOf('checkout-uptime'))
      .toBeGreaterThan(doc.changes.map((c: { id: string }) => c.id).indexOf('checkout-errors'));

    const applied = await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl);
    expect(applied.code, applied.stderr).toBe(0);
    const after = await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 3 unchanged.');

    for (const [id, was] of before) {
      const now = await getSlo(s.dd, id);
      expect(untagged(now), id).toBe(untagged(was));
      expect(foreignTags(now), id).toEqual(foreignTags(was));
      expect(now.tags, id).toContain(MANAGED_TAG);
    }
    expect(await s.dd.monitors.listMonitors({})).toHaveLength(1);
  });

  it('applies a saved plan of SLO adoptions, and refuses it once the SLO changed in Datadog', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-slo-saved-'));
    const id = await createSlo(s.dd, {
      name: 'Search latency', type: 'time_slice', tags: ['service:search'], thresholds: [{ timeframe: '30d', target: 99 }],
      sli_specification: { time_slice: { comparator: '<=', threshold: 0.5, query: {
        formulas: [{ formula: 'query1' }], queries: [{ data_source: 'metrics', name: 'query1', query: 'p95:trace.http.request{service:search}' }],
      } } },
    });
    expect((await vigil(['import'], project, s.sandbox.datadogUrl)).code).toBe(0);
    expect(readFileSync(join(project, 'monitors', 'imported', 'search.ts'), 'utf8')).toContain('timeSliceSlo({');
    const planFile = join(project, 'plan.json');
    expect((await vigil(['plan', '--out', planFile], project, s.sandbox.datadogUrl)).code).toBe(0);
    const saved = JSON.parse(readFileSync(planFile, 'utf8'));
    expect(saved.changes.map((c: { kind: string; reason: string }) => [c.kind, c.reason])).toEqual([['datadog.slo', 'adopt']]);

    const stored = await getSlo(s.dd, id);
    await s.dd.slos.updateSLO({ sloId: id, body: v1.ObjectSerializer.deserialize({ ...stored, description: 'edited in the UI' }, 'ServiceLevelObjective', '') });
    const refused = await vigil(['apply', '--plan', planFile, '--yes'], project, s.sandbox.datadogUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`SLO ${id} to adopt as "search-latency" changed`);

    expect((await vigil(['plan', '--out', planFile], project, s.sandbox.datadogUrl)).code).toBe(0);
    const applied = await vigil(['apply', '--plan', planFile, '--yes'], project, s.sandbox.datadogUrl);
    expect(applied.code, applied.stderr).toBe(0);
    expect((await getSlo(s.dd, id)).tags).toContain('vigil-id:search-latency');
  });
});
