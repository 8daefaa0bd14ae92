import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v1 } from '@datadog/datadog-api-client';
import { root } from '../support/cases.ts';
import { runVigil } from '../support/run-vigil.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { compiledCounts } from '../support/example.ts';
import { projectCopy, sandboxWithClient } from './support.ts';

const SECRET = 'dd-api-key-that-must-never-be-printed-1234567890';
/**
 * Everything monitors/ defines: monitors (written, and derived from SLOs) and SLOs in Datadog; PagerDuty teams,
 * escalation policies and services, each service with its Datadog integration and Datadog's PagerDuty service object.
 */
const example = await compiledCounts();
const OBJECTS = example.objects.length;

/** Runs the CLI without blocking this process, which serves the sandbox. `killAfterMs` sends SIGKILL. */
const vigil = (args: string[], cwd: string, url: string, killAfterMs?: number) =>
  runVigil(args, cwd, url, { apiKey: SECRET, ...(killAfterMs === undefined ? {} : { killAfterMs }) });

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

// Each test spawns the CLI several times; on a busy machine that outgrows the default 30 s.
describe('vigil plan / apply from the command line against the sandbox', { timeout: 90_000 }, () => {
  it('plan --detailed-exitcode and --json follow the contract; secrets never appear', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    const before = await vigil(['plan', '--detailed-exitcode', '--json', '--out', 'plan.json'], dir, s.sandbox.datadogUrl);
    expect(before.code).toBe(2);
    const doc = JSON.parse(before.stdout);
    expect(doc).toMatchObject({ version: 1, summary: { create: OBJECTS, update: 0, delete: 0, unchanged: 0 } });
    // PagerDuty objects come first: Datadog's PagerDuty service objects and the monitors' handles depend on them.
    expect(doc.changes[0]).toMatchObject({ action: 'create', kind: 'pagerduty.team', id: expect.any(String) });
    // Every object the example defines, of every kind, is a create.
    expect(doc.changes.map((c: { kind: string; id: string }) => `${c.kind} ${c.id}`).sort()).toEqual([...example.objects].sort());
    expect(doc.changes.filter((c: { kind: string }) => c.kind === 'datadog.slo')).toHaveLength(example.slos);
    const apply = await vigil(['apply', '--yes'], dir, s.sandbox.datadogUrl);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain(`Apply: ${OBJECTS} created, 0 updated, 0 deleted.`);
    const after = await vigil(['plan', '--detailed-exitcode'], dir, s.sandbox.datadogUrl);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('No changes.');
    for (const r of [before, apply, after]) expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).not.toContain(SECRET);
  });

  it('refuses deletes without --allow-deletes, and more than --max-delete-percent', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await vigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    rmSync(join(dir, 'monitors', 'fulfillment', 'inventory.yaml'));
    const left = new Set((await compiledCounts(dir)).objects);
    const deletes = example.objects.filter((o) => !left.has(o)).length;
    expect(deletes, 'objects defined in the removed file').toBeGreaterThan(0);
    const refused = await vigil(['apply', '--yes'], dir, s.sandbox.datadogUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the plan has deletes; pass --allow-deletes');
    // The guard counts the owned objects that carry a version (Datadog's PagerDuty service objects have none).
    const share = (deletes / example.versioned) * 100;
    const limit = Math.floor(share / 2); // below this file's share, whatever the example's size
    const capped = await vigil(['apply', '--yes', '--allow-deletes', '--max-delete-percent', String(limit)], dir, s.sandbox.datadogUrl);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain(`deletes ${deletes} of ${example.versioned} owned objects (${share.toFixed(0)}%), more than --max-delete-percent ${limit}`);
    const allowed = await vigil(['apply', '--yes', '--allow-deletes'], dir, s.sandbox.datadogUrl);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`Apply: 0 created, 0 updated, ${deletes} deleted.`);
  });

  it('withholds deletes when no definition loaded at all', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await vigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    rmSync(join(dir, 'monitors'), { recursive: true });
    writeFileSync(join(dir, 'README.md'), 'emptied');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'monitors'));
    const p = await vigil(['plan'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 0 unchanged.');
    expect(p.stdout).toContain('Deletes withheld: no definitions were loaded');
  });

  it('refuses a saved plan once Datadog changed since it was made', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = projectCopy();
    expect((await vigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    const kafka = join(dir, 'monitors', 'platform', 'kafka.ts');
    writeFileSync(kafka, readFileSync(kafka, 'utf8').replace('partitions under-replicated', 'partitions are under-replicated'));
    expect((await vigil(['plan', '--out', 'plan.json'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    const [victim] = await s.dd.monitors.listMonitors({ monitorTags: 'vigil-id:search-prod-latency-p95' });
    await s.dd.monitors.updateMonitor({ monitorId: victim!.id!, body: { name: 'someone else was here' } as v1.MonitorUpdateRequest });
    const stale = await vigil(['apply', '--plan', 'plan.json', '--yes'], dir, s.sandbox.datadogUrl);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('the saved plan is stale');
    expect(stale.stderr).toContain(`remote object ${victim!.id} changed`);
    expect((await vigil(['plan', '--out', 'plan.json'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    // A plan file is only data: an edited one is refused when it must match the definitions, as CI applies them.
    const saved = readFileSync(join(dir, 'plan.json'), 'utf8');
    const edited = JSON.parse(saved);
    const change = edited.changes.find((c: { kind: string }) => c.kind === 'datadog.monitor');
    change.payload.message = `${change.payload.message} @webhook-somewhere-else`;
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    const forged = await vigil(['apply', '--plan', 'edited.json', '--match-definitions', '--yes'], dir, s.sandbox.datadogUrl);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain(`the saved plan is not what the definitions here ask for; nothing was changed:\n  made differently in the saved plan: update datadog.monitor ${change.id}`);
    // The fresh plan still applies, and matches the definitions.
    const ok = await vigil(['apply', '--plan', 'plan.json', '--match-definitions', '--yes'], dir, s.sandbox.datadogUrl);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Apply: 0 created, 2 updated, 0 deleted.');
  });

  it('an apply killed with SIGKILL at any point is finished by the next apply, without duplicates', async () => {
    for (const killAfterMs of [250, 600, 1000, 1500]) {
      const s = await sandboxWithClient({ latencyMs: 40 });
      sandbox = s.sandbox;
      const killed = await vigil(['apply', '--yes', '--concurrency', '2'], root, s.sandbox.datadogUrl, killAfterMs);
      expect(killed.code).toBe(null); // it really was killed
      const again = await vigil(['apply', '--yes'], root, s.sandbox.datadogUrl);
      expect(again.code).toBe(0);
      expect((await vigil(['plan', '--detailed-exitcode'], root, s.sandbox.datadogUrl)).code).toBe(0);
      const owned = [...s.sandbox.datadog.store.monitors.values()] as unknown as Array<{ tags: string[] }>;
      const ids = owned.map((m) => m.tags.find((t) => t.startsWith('vigil-id:')));
      // The written monitors and the burn-rate and error-budget alerts derived from SLOs, each once.
      expect(new Set(ids).size).toBe(example.monitors);
      expect(ids).toHaveLength(example.monitors);
      const slos = [...s.sandbox.datadog.store.slos.values()] as unknown as Array<{ tags: string[] }>;
      const sloIds = slos.map((x) => x.tags.find((t) => t.startsWith('vigil-id:')));
      expect(new Set(sloIds).size).toBe(example.slos);
      expect(sloIds).toHaveLength(example.slos);
      await s.sandbox.close();
      sandbox = undefined;
    }
  }, 120_000);
});
