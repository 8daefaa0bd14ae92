// `vigil import` adopts monitor notification rules made outside vigil, like monitors: it writes notificationRule()
// definitions carrying adopt: { datadogId }, the next plan's only change to each is vigil's marker in its name, and
// after apply the plan is empty. The sandbox is reached over loopback HTTP.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVigil } from '../support/run-vigil.ts';
import { applyProject, createPagerDutyServiceObject, failures, planProject, sandboxWithClient } from '../sync/support.ts';
import { cleanedUpAfterEach } from './support.ts';

const t = cleanedUpAfterEach();

async function createRule(url: string, attributes: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${url}/api/v2/monitor/notification_rule`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'dd-api-key': 'k', 'dd-application-key': 'a' },
    body: JSON.stringify({ data: { type: 'monitor-notification-rule', attributes } }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { id: string } }).data.id;
}

describe('vigil import of notification rules', { timeout: 60_000 }, () => {
  it('writes them as definitions that adopt them: the plan changes only their names, and after apply nothing', async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const url = s.sandbox.datadogUrl;
    await createPagerDutyServiceObject(s.dd, 'security'); // the rule pages it: it exists in the organisation
    const plain = await createRule(url, { name: 'Security pages', filter: { tags: ['team:security', 'env:prod'] }, recipients: ['pagerduty-security', 'slack-security'] });
    const conditional = await createRule(url, {
      name: 'Search by transition', filter: { scope: 'service:search AND NOT env:dev' },
      conditional_recipients: { conditions: [{ scope: 'transition_type:is_alert', recipients: ['slack-search-pages'] }], fallback_recipients: ['slack-search'] },
    });
    await createRule(url, { name: 'Bundled', filter: { tags: ['team:batch'] }, recipients: ['slack-batch'], bundle_config: { duration: 60 } });
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-import-rules-'));

    const run = await runVigil(['import'], project, url);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 2 notification rules into 1 file in monitors/imported: 2 notificationRule');
    expect(run.stderr).toContain('"Bundled": skipped: it bundles alerts');
    const file = readFileSync(join(project, 'monitors', 'imported', 'notification-rules.ts'), 'utf8');
    expect(file).toContain(`adopt: { datadogId: '${plain}' }`);
    expect(file).toContain(`adopt: { datadogId: '${conditional}' }`);
    expect(file).toContain("recipients: ['@pagerduty-security', '@slack-security']");
    expect((await runVigil(['validate'], project, url)).code).toBe(0);

    const plan = await planProject(project, s.clients);
    expect(plan.changes.map((c) => [c.action, c.kind, c.reason, c.remoteId, c.fields?.map((f) => f.path)])).toEqual([
      ['update', 'datadog.notification-rule', 'adopt', conditional, ['name']],
      ['update', 'datadog.notification-rule', 'adopt', plain, ['name']],
    ]); // in logical id order: search-by-transition, security-pages
    const applied = await applyProject(project, s.clients);
    expect(failures(applied.result)).toEqual([]);
    expect((await planProject(project, s.clients)).changes).toEqual([]);
    const names = [...s.sandbox.datadog.store.notificationRules.values()].map((r) => String(r.attributes.name)).sort();
    expect(names[0]).toBe('Bundled');
    expect(names[1]).toMatch(/^Search by transition \[managed by vigil\] vigil-id:search-by-transition vigil-hash:/);
    expect(names[2]).toMatch(/^Security pages \[managed by vigil\] vigil-id:security-pages vigil-hash:/);
  });
});
