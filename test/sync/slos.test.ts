import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { compiledCounts } from '../support/example.ts';
import { applyProject, failures, planProject, projectCopy, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

type StoredSlo = { id: string; tags: string[]; monitor_ids?: number[]; thresholds: Array<{ target: number }> };
type StoredMonitor = { id: number; type: string; query: string; tags: string[] };

const logical = (tags: string[]) => tags.find((t) => t.startsWith('vigil-id:'))?.slice(9);

describe('SLOs and their burn-rate alerts against the sandbox (official client over HTTP)', () => {
  it('apply creates SLOs after their monitors and alerts after their SLOs, with remote ids resolved; the next plan is empty', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const { plan, result } = await applyProject(root, s.clients);
    expect(failures(result)).toEqual([]);
    const order = plan.changes.map((c) => c.id);
    expect(order.indexOf('checkout-prod-error-rate')).toBeLessThan(order.indexOf('checkout-api-uptime'));
    expect(order.indexOf('checkout-api-uptime')).toBeLessThan(order.indexOf('checkout-api-uptime.burn-1h'));
    expect(plan.changes.filter((c) => c.kind === 'datadog.slo').map((c) => c.id).sort())
      .toEqual(['checkout-api-uptime', 'checkout-availability', 'inventory-sync-freshness']);

    const store = s.sandbox.datadog.store;
    const slos = [...store.slos.values()] as unknown as StoredSlo[];
    const monitors = [...store.monitors.values()] as unknown as StoredMonitor[];
    const byLogical = new Map(monitors.map((m) => [logical(m.tags), m]));
    const uptime = slos.find((x) => logical(x.tags) === 'checkout-api-uptime')!;
    expect(uptime.monitor_ids).toEqual([byLogical.get('checkout-prod-error-rate')!.id, byLogical.get('checkout-prod-latency-p95')!.id]);
    const availability = slos.find((x) => logical(x.tags) === 'checkout-availability')!;
    expect(byLogical.get('checkout-availability.burn-1h')!.query)
      .toBe(`burn_rate("${availability.id}").over("30d").long_window("1h").short_window("5m") > 14.4`);
    expect(byLogical.get('checkout-availability.burn-24h')!.tags).toEqual(expect.arrayContaining(['severity:sev4', 'slo-tier:burn-24h']));

    const again = await planProject(root, s.clients);
    expect(again.changes).toEqual([]);
    expect(again.summary.unchanged).toBe(plan.summary.create);
    expect(again.remoteIds['checkout-availability']).toBe(availability.id);
  });

  it('an SLO edited through the API shows as drift, and apply restores it', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    await applyProject(root, s.clients);
    const id = (await planProject(root, s.clients)).remoteIds['checkout-availability'] as string;
    const current = (await s.dd.slos.getSLO({ sloId: id })).data!;
    await s.dd.slos.updateSLO({
      sloId: id,
      body: { ...current, name: current.name, type: current.type, thresholds: [{ timeframe: '30d', target: 99.5 }], tags: [...(current.tags ?? []), 'Edited:ByHand'] } as v1.ServiceLevelObjective,
    });
    const drift = await planProject(root, s.clients);
    expect(drift.drift).toEqual(['checkout-availability']);
    expect(drift.changes).toHaveLength(1);
    expect(drift.changes[0]).toMatchObject({ action: 'update', kind: 'datadog.slo', id: 'checkout-availability', reason: 'drift', remoteId: id });
    expect(drift.changes[0]!.fields!.map((f) => f.path)).toEqual(['tags', 'thresholds']);
    const fixed = await applyProject(root, s.clients);
    expect(failures(fixed.result)).toEqual([]);
    expect((await planProject(root, s.clients)).changes).toEqual([]);
    const restored = s.sandbox.datadog.store.slos.get(id) as unknown as StoredSlo;
    expect(restored.thresholds.map((t) => t.target)).toEqual([99.9, 99.9]);
  });

  it('a target change is a code update of the SLO and of the alert messages; removing the SLOs deletes alerts first', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    await applyProject(dir, s.clients);
    const file = join(dir, 'monitors', 'payments', 'checkout-slos.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("{ timeframe: '30d', target: 99.5, warning: 99.75 }", "{ timeframe: '30d', target: 99.25, warning: 99.75 }"));
    const changed = await planProject(dir, s.clients);
    expect(changed.drift).toEqual([]);
    expect(changed.changes.map((c) => [c.kind, c.id, c.reason])).toEqual([
      ['datadog.slo', 'checkout-api-uptime', 'code'],
      ['datadog.monitor', 'checkout-api-uptime.budget-75', 'code'],
      // 5% of a 99.25% budget in 1h is still 36×; only the message (which names the target) changes.
      ['datadog.monitor', 'checkout-api-uptime.burn-1h', 'code'],
      ['datadog.monitor', 'checkout-api-uptime.burn-6h', 'code'],
    ]);
    expect(changed.changes[0]!.fields!.map((f) => f.path)).toEqual(['thresholds']);

    const before = (await compiledCounts(dir)).objects;
    rmSync(file);
    const left = new Set((await compiledCounts(dir)).objects);
    const removal = await applyProject(dir, s.clients);
    expect(failures(removal.result)).toEqual([]);
    const deleted = removal.plan.changes.filter((c) => c.action === 'delete');
    // Exactly what the file defined: its SLOs and the alerts derived from them.
    expect(deleted.map((c) => `${c.kind} ${c.id}`).sort()).toEqual(before.filter((o) => !left.has(o)).sort());
    const deletes = deleted.map((c) => c.id);
    // The sandbox, like Datadog, refuses to delete an SLO an alert still uses: deleting alerts first is what let this apply pass.
    expect(deletes.indexOf('checkout-availability.burn-1h')).toBeLessThan(deletes.indexOf('checkout-availability'));
    expect([...s.sandbox.datadog.store.slos.values()].map((x) => logical((x as unknown as StoredSlo).tags))).toEqual(['inventory-sync-freshness']);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
  });
});
