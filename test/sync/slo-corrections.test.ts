// SLO corrections end to end: definitions → plan → apply through the official client over loopback HTTP against the
// sandbox → plan again. Corrections are vigil's by the marker line in their description; others are never touched.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { applyProject, failures, planProject, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const SLOS = `import { metricSlo, sloCorrection } from '@vigil-monitors/vigil';
const slo = (id: string) => metricSlo({
  id, name: id, team: 'web', service: 'web', env: 'prod',
  good: 'sum:web.requests{status:ok}.as_count()', total: 'sum:web.requests{*}.as_count()',
  thresholds: [{ timeframe: '30d', target: 99.9 }],
});
export const availability = slo('web-availability');
export const latency = slo('web-latency');
`;

function project(corrections: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-corrections-'));
  mkdirSync(join(dir, 'monitors'));
  write(dir, corrections);
  return dir;
}

function write(dir: string, corrections: string): void {
  writeFileSync(join(dir, 'monitors', 'slos.ts'), `${SLOS}\n${corrections}\n`);
}

/** Requests made as someone in the UI would: straight to the API, not through vigil. */
const KEYS = { 'dd-api-key': 'k', 'dd-application-key': 'a', 'content-type': 'application/json' };

type Stored = { id: string; attributes: Record<string, unknown> };
const stored = (s: Sandbox) => [...s.datadog.store.corrections.values()] as unknown as Stored[];
const byLogicalId = (s: Sandbox, id: string) => stored(s).find((c) => String(c.attributes.description).includes(`vigil-id:${id} `))!;

describe('SLO corrections against the sandbox (official client over HTTP)', () => {
  it('plan → apply → plan is empty for one-off and recurring corrections; an edit in the UI is drift; a removed one is deleted', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const oneOff = `export const deploy = sloCorrection({ id: 'web-bad-deploy', slo: 'web-availability', category: 'Deployment',
  description: 'Rolled back release 2026.11.3', schedule: { start: '2026-11-28T14:00:00Z', end: '2026-11-28T15:00:00Z' } });`;
    const recurring = `export const sundays = sloCorrection({ id: 'web-sundays', slo: 'web-availability', category: 'Scheduled Maintenance',
  timeZone: 'Europe/Berlin', schedule: { start: '2026-01-04T03:00:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '1h' } });`;
    const dir = project(`${oneOff}\n${recurring}`);
    const { plan, result } = await applyProject(dir, s.clients);
    expect(failures(result)).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === 'datadog.slo-correction').map((c) => [c.action, c.id, c.dependsOn]))
      .toEqual([['create', 'web-bad-deploy', ['web-availability']], ['create', 'web-sundays', ['web-availability']]]);
    const sloId = [...s.sandbox.datadog.store.slos.keys()].find((id) => s.sandbox.datadog.store.slos.get(id)!.name === 'web-availability');
    const deploy = byLogicalId(s.sandbox, 'web-bad-deploy').attributes;
    expect([deploy.slo_id, deploy.start, deploy.end, deploy.category, deploy.rrule]).toEqual([sloId, 1795874400, 1795878000, 'Deployment', null]);
    expect(deploy.description).toMatch(/^Rolled back release 2026\.11\.3\n\n\[managed by vigil\] vigil-id:web-bad-deploy vigil-hash:[0-9a-f]{16}$/);
    const sundays = byLogicalId(s.sandbox, 'web-sundays').attributes;
    expect([sundays.rrule, sundays.duration, sundays.timezone, sundays.end]).toEqual(['FREQ=WEEKLY;BYDAY=SU', 3600, 'Europe/Berlin', null]);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);

    // Someone changes the category in the UI, keeping the description: drift, restored by the next apply.
    const edited = await fetch(`${s.sandbox.datadogUrl}/api/v1/slo/correction/${byLogicalId(s.sandbox, 'web-bad-deploy').id}`, {
      method: 'PATCH', headers: KEYS, body: JSON.stringify({ data: { type: 'correction', attributes: { category: 'Other' } } }),
    });
    expect(edited.status).toBe(200);
    const drift = await planProject(dir, s.clients);
    expect(drift.changes.map((c) => [c.action, c.id, c.reason, c.fields])).toEqual([
      ['update', 'web-bad-deploy', 'drift', [{ path: 'category', old: 'Other', new: 'Deployment' }]],
    ]);
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);

    // The recurring one goes from the code: it is deleted, the other stays.
    write(dir, oneOff);
    const removal = await applyProject(dir, s.clients);
    expect(removal.plan.changes.map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual(['delete datadog.slo-correction web-sundays']);
    expect(failures(removal.result)).toEqual([]);
    expect(stored(s.sandbox)).toHaveLength(1);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
  });

  it('a correction moved to another SLO is replaced (Datadog does not move one), and one vigil does not own is never touched', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const correction = (slo: string) => `export const deploy = sloCorrection({ id: 'web-bad-deploy', slo: '${slo}', category: 'Deployment',
  schedule: { start: '2026-11-28T14:00:00Z', end: '2026-11-28T15:00:00Z' } });`;
    const dir = project(correction('web-availability'));
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    // Made in the UI on the same SLO, without vigil's marker.
    const sloId = byLogicalId(s.sandbox, 'web-bad-deploy').attributes.slo_id as string;
    const body = { data: { type: 'correction', attributes: { slo_id: sloId, category: 'Other', start: 1795874400, end: 1795878000, description: 'manual' } } };
    const res = await fetch(`${s.sandbox.datadogUrl}/api/v1/slo/correction`, { method: 'POST', headers: KEYS, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    const manual = ((await res.json()) as { data: Stored }).data;
    const untouched = structuredClone(s.sandbox.datadog.store.corrections.get(manual.id));

    write(dir, correction('web-latency'));
    const moved = await applyProject(dir, s.clients);
    expect(moved.plan.changes.map((c) => `${c.action} ${c.id} ${c.reason ?? ''}`.trim())).toEqual(['create web-bad-deploy replaced', 'delete web-bad-deploy replaced']);
    expect(failures(moved.result)).toEqual([]);
    const latencyId = [...s.sandbox.datadog.store.slos.keys()].find((id) => s.sandbox.datadog.store.slos.get(id)!.name === 'web-latency');
    expect(byLogicalId(s.sandbox, 'web-bad-deploy').attributes.slo_id).toBe(latencyId);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
    // Removing every correction definition leaves the one made in the UI as it was.
    write(dir, '');
    await applyProject(dir, s.clients);
    expect(stored(s.sandbox)).toEqual([untouched]);
  });

  it('the example organisation applies its SLO corrections and plans nothing after', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const compiled = (await runPipeline({ projectDir: root, compile: true })).compiled!;
    expect(compiled.datadog.sloCorrections.length).toBeGreaterThan(0);
    const { plan, result } = await applyProject(root, s.clients);
    expect(failures(result)).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === 'datadog.slo-correction').map((c) => c.id).sort())
      .toEqual(compiled.datadog.sloCorrections.map((d) => d.id).sort());
    expect((await planProject(root, s.clients)).changes).toEqual([]);
  });
});
