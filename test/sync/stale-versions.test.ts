// A saved plan is refused when any owned object moved since it was made: PagerDuty teams and escalation policies
// included (PagerDuty gives them no timestamp, so their version used to be empty and edits went unseen), and edits
// that keep the timestamp (two within one second; here the sandbox's clock stands still).
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@pagerduty/pdjs';
import { v1 } from '@datadog/datadog-api-client';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { runVigil } from '../support/run-vigil.ts';
import { projectCopy, sandboxWithClient } from './support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const FROZEN = Date.parse('2026-03-01T12:00:00Z');

describe('a saved plan is refused once anything vigil owns moved', { timeout: 90_000 }, () => {
  it('sees edits to teams and escalation policies, and edits within the same second', async () => {
    const s = await sandboxWithClient({ now: () => FROZEN });
    sandbox = s.sandbox;
    const url = s.sandbox.datadogUrl;
    const dir = projectCopy();
    expect((await runVigil(['apply', '--yes'], dir, url)).code).toBe(0);
    expect((await runVigil(['plan', '--out', 'plan.json'], dir, url)).code).toBe(0);

    const pd = api({ token: 'pd-token' });
    const base = s.sandbox.pagerdutyUrl;
    const [team] = (await pd.get('/teams', { url: `${base}/teams` })).data.teams as Array<{ id: string; name: string }>;
    const [policy] = (await pd.get('/escalation_policies', { url: `${base}/escalation_policies` })).data.escalation_policies as Array<{ id: string; name: string }>;
    expect((await pd.put('/teams', { url: `${base}/teams/${team!.id}`, data: { team: { name: `${team!.name} (renamed)` } } })).status).toBe(200);
    expect((await pd.put('/escalation_policies', { url: `${base}/escalation_policies/${policy!.id}`, data: { escalation_policy: { num_loops: 3 } } })).status).toBe(200);
    // A monitor edited while the clock stands still: its `modified` does not move.
    const [monitor] = await s.dd.monitors.listMonitors({ monitorTags: 'vigil-id:search-prod-latency-p95' });
    await s.dd.monitors.updateMonitor({ monitorId: monitor!.id!, body: { name: 'someone else was here' } as v1.MonitorUpdateRequest });
    const [after] = await s.dd.monitors.listMonitors({ monitorTags: 'vigil-id:search-prod-latency-p95' });
    expect(after!.modified).toEqual(monitor!.modified);

    const stale = await runVigil(['apply', '--plan', 'plan.json', '--yes'], dir, url);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('the saved plan is stale');
    expect(stale.stdout).toMatch(/^Targets: Datadog http:\/\/127\.0\.0\.1:\d+ \(VIGIL_DATADOG_URL, not the real service\); PagerDuty /); // where it looked
    expect(stale.stderr).toContain(`remote object pagerduty:${team!.id} changed`);
    expect(stale.stderr).toContain(`remote object pagerduty:${policy!.id} changed`);
    expect(stale.stderr).toContain(`remote object ${monitor!.id} changed`);
    // Nothing else moved: exactly those three.
    expect(stale.stderr.match(/remote object \S+ changed/g)).toHaveLength(3);
  });
});
