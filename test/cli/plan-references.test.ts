import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { runVigil } from '../support/run-vigil.ts';
import { tempProject } from '../support/temp-project.ts';
import { sandboxWithClient } from '../sync/support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('plan-time reference errors', { timeout: 60_000 }, () => {
  it('point at the line of the escalation target that names an unknown user or schedule', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = tempProject({
      'monitors/pd.ts': [
        "import { escalationPolicy, pagerdutyService, schedule, user } from '@vigil-monitors/vigil';",
        '',
        'export const oncall = escalationPolicy({',
        "  id: 'web-oncall', name: 'Web on-call',",
        '  rules: [',
        "    { delayMinutes: 15, targets: [user('nobody@example.com')] },",
        "    { delayMinutes: 30, targets: [schedule('No Such Rota')] },",
        '  ],',
        '});',
        "export const high = pagerdutyService({ id: 'web-high', name: 'web-high', escalationPolicy: 'web-oncall' });",
      ].join('\n'),
    });
    const p = await runVigil(['plan'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(1);
    expect(p.stderr.split('\n').filter((l) => l.includes(' plan-reference '))).toEqual([
      'monitors/pd.ts:6:40 error plan-reference web-oncall: no PagerDuty user has the email "nobody@example.com" Hint: check the email address: PagerDuty matches it to a user of the account (vigil does not create users)',
      'monitors/pd.ts:7:44 error plan-reference web-oncall: no PagerDuty schedule is named "No Such Rota" Hint: check the schedule name as PagerDuty shows it (vigil does not create schedules), or use its id (P…)',
    ]);
    expect(p.stderr).toContain('No plan: 2 references to PagerDuty cannot be resolved.');
    expect(p.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('point at the monitor a routing table sends to a PagerDuty handle nothing resolves', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const dir = tempProject({
      'monitors/routing.ts': [
        "import { pagerduty, routing, rule } from '@vigil-monitors/vigil';",
        "export const table = routing({ id: 'org-routing', rules: [rule('page', { severity: ['sev2'] }, [pagerduty('{team}-pager')])] });",
      ].join('\n'),
      'monitors/web.ts': [
        "import { metricAlert } from '@vigil-monitors/vigil';",
        '',
        'export const cpu = metricAlert({',
        "  id: 'web-cpu', name: 'CPU', team: 'web', env: 'prod', severity: 'sev2',",
        "  query: 'avg(last_5m):avg:system.cpu.user{*} > 90',",
        "  message: { summary: 'CPU high.' },",
        '});',
      ].join('\n'),
    });
    const p = await runVigil(['plan'], dir, s.sandbox.datadogUrl);
    expect(p.code).toBe(1);
    expect(p.stderr.split('\n').filter((l) => l.includes(' plan-reference '))).toEqual([
      'monitors/web.ts:6:3 error plan-reference web-cpu: @pagerduty-web-pager matches no managed PagerDuty service and no Datadog PagerDuty service object Hint: the routing table at monitors/routing.ts:2:22 sends this monitor to it: define the service with pagerdutyService(), or fix the routing destination',
    ]);
    expect(p.stderr).toContain('No plan: 1 reference to PagerDuty cannot be resolved.');
  });
});
