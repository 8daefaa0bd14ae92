import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';
import { runVigil } from '../support/run-vigil.ts';
import { sandboxWithClient } from '../sync/support.ts';
import { cleanedUpAfterEach } from './support.ts';

const SECRET = 'dd-api-key-that-must-never-be-printed-0987654321';

const vigil = (args: string[], cwd: string, url: string) => runVigil(args, cwd, url, { apiKey: SECRET });

const t = cleanedUpAfterEach();

describe('vigil import from the command line', { timeout: 60_000 }, () => {
  it('writes files per team for unowned monitors only, which validate, and never overwrites', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const create = (name: string, tags: string[]) => s.dd.monitors.createMonitor({
      body: { name, type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 4', message: 'Load is high.', tags, options: { thresholds: { critical: 4 } } },
    });
    await create('Load high', ['team:platform']);
    await create('Load very high', []);
    await create('Owned', ['managed-by:vigil', 'vigil-id:owned']);
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-import-cli-'));

    const run = await vigil(['import'], project, s.sandbox.datadogUrl);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Imported 2 monitors into 2 files in monitors/imported: 2 metricAlert; 0 with overrides.\n'
      + 'Next: "vigil plan" shows one adoption per monitor (only its tags change); "vigil apply" takes them over.\n');
    const platform = readFileSync(join(project, 'monitors', 'imported', 'platform.ts'), 'utf8');
    expect(platform).toContain("id: 'load-high',");
    expect(platform).toContain('adopt: { datadogId: 1000001 },');
    expect(readFileSync(join(project, 'monitors', 'imported', 'imported.ts'), 'utf8')).toContain("id: 'load-very-high',");

    const validate = await vigil(['validate'], project, s.sandbox.datadogUrl);
    expect(validate.stdout).toMatch(/Valid: 2 definitions in 2 files/);
    expect(validate.code).toBe(0);

    const again = await vigil(['import'], project, s.sandbox.datadogUrl);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exist; nothing was written.');
    for (const r of [run, validate, again]) expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('refuses to import into a project whose definitions do not load, and writes nothing', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    await s.dd.monitors.createMonitor({ body: { name: 'Load high', type: 'query alert', query: 'avg(last_5m):avg:system.load.1{*} > 4', message: 'Load is high.', options: { thresholds: { critical: 4 } } } });
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-import-broken-'));
    mkdirSync(join(project, 'monitors'));
    writeFileSync(join(project, 'monitors', 'routing.ts'), 'export const r = routing({ id: ;\n');
    const run = await vigil(['import'], project, s.sandbox.datadogUrl);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('monitors/routing.ts:1:');
    expect(run.stderr).toContain('vigil import: the definitions under monitors/ do not load; fix them first (vigil validate). Nothing was written.');
    expect(existsSync(join(project, 'monitors', 'imported'))).toBe(false);
  });

  it('prints its help', async () => {
    const help = await vigil(['import', '--help'], root, 'http://127.0.0.1:9');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: vigil import \[--out DIR\]/);
    expect(help.stdout).toContain('every Datadog monitor, SLO and downtime vigil does not own');
    expect(help.stdout).toContain('so adopting them derives no burn-rate monitors');
    expect(help.stdout).toContain('With PAGERDUTY_TOKEN set, the PagerDuty services vigil does not own are written too');
    expect(help.stdout).toContain('reuses its Datadog integration');
  });
});

describe('vigil import, then vigil plan and vigil apply adopt the monitors in place', () => {
  it('plans only adoptions (tags), applies them, and the next plan is empty', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-cli-'));
    const created = await s.dd.monitors.createMonitor({ body: {
      name: 'Disk almost full', type: 'query alert', query: 'avg(last_5m):avg:system.disk.in_use{*} by {host} > 0.9',
      message: 'Disk is almost full on {{host.name}} @all', tags: ['team:storage'], options: { thresholds: { critical: 0.9 } },
    } as never });
    expect((await vigil(['import'], project, s.sandbox.datadogUrl)).code).toBe(0);
    const planned = await vigil(['plan', '--json'], project, s.sandbox.datadogUrl);
    expect(planned.code).toBe(0);
    const doc = JSON.parse(planned.stdout);
    expect(doc.summary).toEqual({ create: 0, update: 1, delete: 0, unchanged: 0 });
    expect(doc.changes[0]).toMatchObject({ action: 'update', reason: 'adopt', remoteId: created.id });
    expect(doc.changes[0].fields.map((f: { path: string }) => f.path)).toEqual(['tags']);
    expect((await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl)).code).toBe(0);
    const after = await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 1 unchanged.');
    const [stored] = await s.dd.monitors.listMonitors({ monitorTags: 'managed-by:vigil' });
    expect(stored!.id).toBe(created.id);
    expect(stored!.message).toBe(created.message);
  });

  it('in a project with a routing table, imported monitors opt out of it, so adoption leaves their messages alone', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-routed-'));
    mkdirSync(join(project, 'monitors'));
    // A default that would add a Slack notification block to every monitor it routes.
    writeFileSync(join(project, 'monitors', 'routing.ts'), [
      "import { routing } from '@vigil-monitors/vigil';",
      "export const r = routing({ id: 'org-routing', rules: [], default: [{ type: 'slack', channel: '#alerts' }] });",
    ].join('\n'));
    const created = await s.dd.monitors.createMonitor({ body: {
      name: 'Queue backlog', type: 'query alert', query: 'avg(last_10m):avg:queue.depth{*} > 1000',
      message: 'The queue is backing up. @slack-ops', tags: ['team:platform'], options: { thresholds: { critical: 1000 } },
    } as never });
    expect((await vigil(['import'], project, s.sandbox.datadogUrl)).code).toBe(0);
    const source = readFileSync(join(project, 'monitors', 'imported', 'platform.ts'), 'utf8');
    expect(source).toContain('routing: false,');
    const planned = JSON.parse((await vigil(['plan', '--json'], project, s.sandbox.datadogUrl)).stdout);
    expect(planned.changes.map((c: { fields: Array<{ path: string }> }) => c.fields.map((f) => f.path))).toEqual([['tags']]);
    expect((await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl)).code).toBe(0);
    const [stored] = await s.dd.monitors.listMonitors({ monitorTags: 'managed-by:vigil' });
    expect(stored!.message).toBe(created.message);
    expect((await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl)).code).toBe(0);
    // Deleting the opt-out hands the monitor to the routing table: the default's Slack block is planned in.
    writeFileSync(join(project, 'monitors', 'imported', 'platform.ts'), source.replace('routing: false,', ''));
    const routed = JSON.parse((await vigil(['plan', '--json'], project, s.sandbox.datadogUrl)).stdout);
    expect(routed.changes).toHaveLength(1);
    expect(routed.changes[0].fields.map((f: { path: string }) => f.path)).toContain('message');
    expect(JSON.stringify(routed.changes[0].fields)).toContain('@slack-alerts');
  });
});
