// Maintenance windows end to end: definitions → plan → apply through the official client over loopback HTTP against
// the sandbox → plan again, with the clock moved where the behaviour depends on time. The sandbox refuses a start in
// the past (as Datadog does), so every successful apply below also shows that no past start was sent.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { applyTarget } from '../../src/cli/sync.ts';
import { plan as makePlan, worldNeeds } from '../../src/plan/index.ts';
import { readOwnedDowntimes } from '../../src/providers/datadog/downtimes.ts';
import { readWorld } from '../../src/providers/world.ts';
import type { DowntimeV2Record } from '../../src/sandbox/datadog/downtimes-v2.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { runVigil } from '../support/run-vigil.ts';
import { applyProject, failures, planProject, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await sandbox?.close();
  sandbox = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

/** Vigil's clock and the sandbox's (which reads Date.now) are one clock the test moves. */
function clockAt(ms: number): (ms: number) => void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
  return (to) => vi.setSystemTime(to);
}

/** A project with one monitor and the given downtime definitions (TypeScript source, after the monitor). */
function project(downtimes: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-downtimes-'));
  mkdirSync(join(dir, 'monitors'));
  writeProject(dir, downtimes);
  return dir;
}

function writeProject(dir: string, downtimes: string): void {
  writeFileSync(join(dir, 'monitors', 'web.ts'), `import { downtime, metricAlert } from '@vigil-monitors/vigil';
export const load = metricAlert({
  id: 'web-load', name: 'web load high', team: 'web', service: 'web', env: 'prod', severity: 'sev3', runbook: 'https://runbooks.example.com/web/load',
  query: 'avg(last_5m):avg:system.load.1{env:prod} > 10',
  message: { summary: 'Load is high.', impact: 'Requests slow down.', firstSteps: ['Check the hosts'] },
});
${downtimes}
`);
}

const stored = (s: Sandbox) => [...s.datadog.store.downtimesV2.values()] as DowntimeV2Record[];
const byLogicalId = (s: Sandbox, id: string) => stored(s).find((d) => String(d.attributes['message']).includes(`vigil-id:${id} `))!;

describe('downtimes v2 against the sandbox (official client over HTTP)', () => {
  it('plan → apply → plan is empty, today and a week later: started and past-anchored windows are sent from now on, windows that are over are not sent', async () => {
    const t0 = Date.parse('2026-12-07T12:00:00Z');
    const move = clockAt(t0);
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = project(`
export const migration = downtime({ id: 'web-migration', monitor: 'web-load', scope: 'host:web-1', message: 'Migration',
  schedule: { start: '${iso(t0 - HOUR)}', end: '${iso(t0 + 2 * HOUR)}' } });
export const nights = downtime({ id: 'web-nights', monitorTags: ['env:staging'],
  schedule: { timeZone: 'Europe/Berlin', recurrences: [{ rrule: 'FREQ=DAILY', duration: '10h', start: '2026-01-01T20:00' }] } });
export const over = downtime({ id: 'web-last-year', monitorTags: ['env:staging'], schedule: { start: '2020-01-01T00:00:00Z', end: '2020-01-02T00:00:00Z' } });
`);
    const { plan, result } = await applyProject(dir, s.clients);
    expect(failures(result)).toEqual([]);
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual([
      // A window naming its monitor comes after it: its Datadog id is resolved at apply.
      'create datadog.monitor web-load', 'create datadog.downtime web-nights', 'create datadog.downtime web-migration',
    ]);
    const monitorId = [...s.sandbox.datadog.store.monitors.values()][0]!.id;
    const migration = byLogicalId(s.sandbox, 'web-migration');
    expect(migration.monitorId).toBe(monitorId);
    expect(migration.startMs).toBe(t0); // the server's "now": the past start was not sent
    expect(migration.attributes['message']).toMatch(/^Migration\n\n\[managed by vigil\] vigil-id:web-migration vigil-hash:[0-9a-f]{16}$/);
    // 13:00 in Berlin: today's 20:00 is the next occurrence of the January anchor.
    expect(byLogicalId(s.sandbox, 'web-nights').attributes['schedule'])
      .toEqual({ recurrences: [{ duration: '10h', rrule: 'FREQ=DAILY', start: '2026-12-07T20:00' }], timezone: 'Europe/Berlin' });
    expect(stored(s.sandbox)).toHaveLength(2);

    const again = await planProject(dir, s.clients);
    expect(again.changes).toEqual([]);
    expect(again.summary.unchanged).toBe(3);

    // Three hours on the one-off window has ended; a week on the recurrence would be sent from another day: neither
    // is a change, and nothing is deleted or created.
    for (const later of [t0 + 3 * HOUR, t0 + 7 * DAY]) {
      move(later);
      const p = await planProject(dir, s.clients);
      expect(p.changes).toEqual([]);
      expect(p.drift).toEqual([]);
    }
    expect((await readOwnedDowntimes(s.dd)).map((d) => (d.body.data as { attributes: { status: string } }).attributes.status).sort()).toEqual(['ended', 'scheduled']);
  });

  it('an edit made through the API is drift and apply restores it; removing a definition, even the last one, cancels its downtime', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const window = `export const nights = downtime({ id: 'web-nights', monitorTags: ['env:staging'], message: 'Nights',
  schedule: { timeZone: 'UTC', recurrences: [{ rrule: 'FREQ=DAILY', duration: '8h', start: '2030-01-01T22:00' }] } });`;
    const dir = project(window);
    await applyProject(dir, s.clients);
    const id = (await planProject(dir, s.clients)).remoteIds['web-nights'] as string;

    // Someone widens the scope in the UI, keeping the marker line.
    const calls = await s.dd.downtimes();
    const patch = calls.model({ data: { id, type: 'downtime', attributes: { scope: 'env:staging' } } }, 'DowntimeUpdateRequest');
    await calls.requests.updateDowntime(id, patch).then((req) => s.dd.http.send(req));
    const drift = await planProject(dir, s.clients);
    expect(drift.drift).toEqual(['web-nights']);
    expect(drift.changes.map((c) => [c.action, c.id, c.reason, c.fields])).toEqual([
      ['update', 'web-nights', 'drift', [{ path: 'scope', old: 'env:staging', new: '*' }]],
    ]);
    const world = await readWorld(s.clients, worldNeeds((await runPipeline({ projectDir: dir, compile: true })).compiled!));
    expect(failures(await executePlan(drift, applyTarget(s.clients, world), { backoffMs: 5 }))).toEqual([]);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);

    // The last downtime definition goes: owned downtimes are read all the same, and this one is cancelled.
    writeProject(dir, '');
    const removal = await applyProject(dir, s.clients);
    expect(removal.plan.changes.map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual(['delete datadog.downtime web-nights']);
    expect(failures(removal.result)).toEqual([]);
    expect(s.sandbox.datadog.store.downtimesV2.get(id)!.canceledMs).not.toBeNull();
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
  });

  it('a saved plan applied after its window\'s start has passed sends no start, and the window starts on apply', async () => {
    const t0 = Date.parse('2026-12-07T12:00:00Z');
    const move = clockAt(t0);
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = project(`export const soon = downtime({ id: 'web-soon', monitor: 'web-load', schedule: { start: '${iso(t0 + 30 * 60_000)}', end: '${iso(t0 + 3 * HOUR)}' } });`);
    const pipeline = await runPipeline({ projectDir: dir, compile: true });
    const world = await readWorld(s.clients, worldNeeds(pipeline.compiled!));
    const saved = makePlan(pipeline.compiled!, world, { definitions: pipeline.definitions }).plan!;
    expect((saved.changes.find((c) => c.id === 'web-soon')!.payload!.data as { attributes: { schedule: object } }).attributes.schedule)
      .toEqual({ start: iso(t0 + 30 * 60_000).replace('.000Z', 'Z'), end: iso(t0 + 3 * HOUR).replace('.000Z', 'Z') });
    move(t0 + HOUR);
    expect(failures(await executePlan(saved, applyTarget(s.clients, world), { backoffMs: 5 }))).toEqual([]);
    expect(byLogicalId(s.sandbox, 'web-soon').startMs).toBe(t0 + HOUR);
    expect((await planProject(dir, s.clients)).changes).toEqual([]);
  });

  it('never touches a downtime vigil does not own, and import adopts one in place with nothing but the marker changed', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = project(`export const nights = downtime({ id: 'web-nights', monitorTags: ['env:staging'], schedule: {} });`);
    expect(failures((await applyProject(dir, s.clients)).result)).toEqual([]);
    // Made in the UI: one for the monitor vigil owns, by its Datadog id, recurring; one open-ended by tags.
    const monitorId = [...s.sandbox.datadog.store.monitors.values()][0]!.id;
    const calls = await s.dd.downtimes();
    for (const attributes of [
      { message: 'Kernel patching', monitor_identifier: { monitor_id: monitorId }, scope: 'host:web-2',
        schedule: { timezone: 'UTC', recurrences: [{ rrule: 'FREQ=WEEKLY;BYDAY=SA', duration: '3h', start: '2030-01-05T02:00' }] } },
      { message: 'Muted while the team is away', monitor_identifier: { monitor_tags: ['team:web'] }, scope: '*', schedule: { start: null } },
    ]) {
      const body = calls.model({ data: { type: 'downtime', attributes } }, 'DowntimeCreateRequest');
      await calls.requests.createDowntime(body).then((req) => s.dd.http.send(req));
    }
    const before = stored(s.sandbox).filter((d) => !String(d.attributes['message']).includes('[managed by vigil]'));
    expect(before).toHaveLength(2);
    // A plan that cancels vigil's own window leaves the others alone.
    writeProject(dir, '');
    const removal = await applyProject(dir, s.clients);
    expect(removal.plan.changes.map((c) => `${c.action} ${c.id}`)).toEqual(['delete web-nights']);
    expect(stored(s.sandbox).filter((d) => before.some((b) => b.id === d.id))).toEqual(before);

    const imported = await runVigil(['import'], dir, s.sandbox.datadogUrl);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('2 downtime');
    const file = readFileSync(join(dir, 'monitors', 'imported', 'downtimes.ts'), 'utf8');
    expect(file).toContain("monitor: 'web-load',");
    expect(file).toContain(`adopt: { datadogId: '${before[0]!.id}' }`);
    const adopt = JSON.parse((await runVigil(['plan', '--json'], dir, s.sandbox.datadogUrl)).stdout);
    expect(adopt.changes.map((c: { action: string; reason: string; fields: Array<{ path: string }> }) => `${c.action} ${c.reason} ${c.fields.map((f) => f.path)}`))
      .toEqual(['update adopt message', 'update adopt message']);
    expect((await runVigil(['apply', '--yes'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    expect((await runVigil(['plan', '--detailed-exitcode'], dir, s.sandbox.datadogUrl)).code).toBe(0);
    expect(stored(s.sandbox).filter((d) => d.canceledMs === null)).toHaveLength(2);
  });

  it('the example organisation applies its maintenance windows and plans nothing after', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const compiled = (await runPipeline({ projectDir: root, compile: true })).compiled!;
    expect(compiled.datadog.downtimes.length).toBeGreaterThan(0);
    const { plan, result } = await applyProject(root, s.clients);
    expect(failures(result)).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === 'datadog.downtime').map((c) => c.id).sort()).toEqual(compiled.datadog.downtimes.map((d) => d.id).sort());
    expect((await planProject(root, s.clients)).changes).toEqual([]);
  });
});
