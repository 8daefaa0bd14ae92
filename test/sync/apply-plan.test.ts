import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import { caseDirs, root } from '../support/cases.ts';
import { compiledCounts } from '../support/example.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { applyProject, createPagerDutyServiceObject, createWebhook, failures, planProject, projectCopy, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('apply then plan against the sandbox (official client over HTTP)', () => {
  it('monitors/: apply creates everything, the next plan is empty', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const first = await applyProject(root, s.clients);
    expect(first.plan.summary.create).toBe((await compiledCounts()).objects.length);
    expect(failures(first.result)).toEqual([]);
    const again = await planProject(root, s.clients);
    expect(again.summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: first.plan.summary.create });
    expect(again.changes).toEqual([]);
  });

  const goldenDir = join(root, 'test', 'golden', 'cases');
  for (const name of caseDirs(goldenDir)) {
    it(`golden case ${name}: apply then plan is empty`, async () => {
      const s = await sandboxWithClient();
      sandbox = s.sandbox;
      // What the cases notify that vigil does not manage: the routing cases' audit webhook, the rules' security pager.
      await createWebhook(s.sandbox, 'audit-log');
      await createPagerDutyServiceObject(s.dd, 'security');
      const first = await applyProject(join(goldenDir, name), s.clients);
      expect(failures(first.result)).toEqual([]);
      const again = await planProject(join(goldenDir, name), s.clients);
      expect(again.changes).toEqual([]);
    });
  }

  it('an edit made through the API shows as drift, and apply restores the code', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const { plan } = await applyProject(root, s.clients);
    const id = 'kafka-prod-under-replicated';
    const remoteId = (await planProject(root, s.clients)).remoteIds[id] as number;
    await s.dd.monitors.updateMonitor({ monitorId: remoteId, body: { name: 'Edited by hand', options: { thresholds: { critical: 0 }, notifyNoData: true } } as v1.MonitorUpdateRequest });
    const drift = await planProject(root, s.clients);
    expect(drift.drift).toEqual([id]);
    expect(drift.changes).toHaveLength(1);
    expect(drift.changes[0]).toMatchObject({ action: 'update', id, reason: 'drift' });
    expect(drift.changes[0]!.fields!.map((f) => f.path)).toEqual(['name', 'options.notify_no_data', 'options.require_full_window']); // PUT replaced options wholesale
    const fixed = await applyProject(root, s.clients);
    expect(failures(fixed.result)).toEqual([]);
    expect((await planProject(root, s.clients)).summary.unchanged).toBe(plan.summary.create);
  });

  it('a code change is an update, not drift; a removed definition is a delete', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    await applyProject(dir, s.clients);
    const { writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const kafka = join(dir, 'monitors', 'platform', 'kafka.ts');
    writeFileSync(kafka, readFileSync(kafka, 'utf8').replace("'max(last_10m):sum:kafka.replication.under_replicated_partitions{env:prod} > 0'", "'max(last_15m):sum:kafka.replication.under_replicated_partitions{env:prod} > 0'"));
    rmSync(join(dir, 'monitors', 'fulfillment', 'inventory.yaml'));
    const p = await planProject(dir, s.clients);
    expect(p.drift).toEqual([]);
    expect(p.changes.filter((c) => c.action === 'update').map((c) => [c.id, c.reason, c.fields!.map((f) => f.path)])).toEqual([
      ['kafka-prod-under-replicated', 'code', ['query']],
    ]);
    expect(p.changes.filter((c) => c.action === 'delete').map((c) => c.id).sort()).toEqual([
      'inventory-prod-stock-events', 'inventory-prod-sync-lag', 'inventory-prod-worker-processes', 'inventory-staging-sync-lag',
    ]);
  });
});
