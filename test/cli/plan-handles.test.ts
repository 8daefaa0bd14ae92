// `vigil plan` against the sandbox over HTTP: handles to Slack channels, webhooks and teams are resolved against what
// the organisation has, read through the official client. The sandbox starts with the example organisation's Slack
// account ("example"), channels, webhook and teams (src/sandbox/datadog/seed.ts).
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

/** A project whose routing sends sev3 to `#{team}-alerts` in the Slack account "example", and one monitor. */
function project(team: string, notify: string[] = []): string {
  return tempProject({
    'monitors/routing.ts': [
      "import { routing, rule, slack } from '@vigil-monitors/vigil';",
      "export const table = routing({ id: 'org-routing', slackAccounts: ['example'],",
      "  rules: [rule('chat', { severity: ['sev3'] }, [slack('#{team}-alerts')])] });",
    ].join('\n'),
    'monitors/web.ts': [
      "import { metricAlert } from '@vigil-monitors/vigil';",
      '',
      'export const cpu = metricAlert({',
      `  id: 'web-cpu', name: 'CPU', team: '${team}', env: 'prod', severity: 'sev3',`,
      "  query: 'avg(last_5m):avg:system.cpu.user{*} > 90',",
      `  message: { summary: 'CPU high.', notify: ${JSON.stringify(notify)} },`,
      "  options: { onMissingData: 'show_no_data' },",
      '});',
    ].join('\n'),
  });
}

describe('vigil plan checks handles against the organisation', { timeout: 60_000 }, () => {
  it('fails with exit code 1 at the file and line when a @slack- handle names no channel, and suggests the closest', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const p = await runVigil(['plan'], project('paymnts', ['@slack-example-incident']), s.sandbox.datadogUrl);
    expect(p.code).toBe(1);
    expect(p.stderr.split('\n').filter((l) => l.includes(' plan-reference '))).toEqual([
      'monitors/web.ts:6:3 error plan-reference web-cpu: @slack-paymnts-alerts names no channel of Datadog\'s Slack integration: there is no #paymnts-alerts in account "example" (the first account, which @slack-<channel> posts through) Hint: did you mean @slack-payments-alerts? Otherwise the routing table at monitors/routing.ts:2:22 sends this monitor to it: add the channel to Datadog\'s Slack integration (vigil does not manage channels), or fix the routing destination',
      'monitors/web.ts:6:45 error plan-reference web-cpu: @slack-example-incident names no channel of Datadog\'s Slack integration: there is no #incident in account "example", and no #example-incident in account "example" (the first account, which @slack-<channel> posts through) Hint: did you mean @slack-example-incidents? Otherwise add the channel to Datadog\'s Slack integration (vigil does not manage channels), or fix the handle',
    ]);
    expect(p.stderr).toContain('No plan: 2 references to Datadog cannot be resolved.');
    expect(p.stdout).not.toContain('to create');
    expect(p.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('plans when every handle resolves: channels in either form, the webhook, the team', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const p = await runVigil(['plan'], project('payments', ['@slack-example-incidents', '@webhook-incident-bridge', '@team-payments']), s.sandbox.datadogUrl);
    expect(p.stderr).not.toContain('plan-reference');
    expect(p.stderr).not.toContain('plan-handle-unchecked');
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('Plan: 1 to create');
  });

  it('goes ahead with a warning naming the permission when the key may not read the integrations', async () => {
    const s = await sandboxWithClient({ datadog: { deniedPermissions: { 'scoped-app-key': ['integrations_read', 'teams_read'] } } });
    sandbox = s.sandbox;
    const p = await runVigil(['plan'], project('nobody', ['@team-nobody']), s.sandbox.datadogUrl, { env: { DD_APP_KEY: 'scoped-app-key' } });
    expect(p.code).toBe(0);
    const warnings = p.stderr.split('\n').filter((l) => l.includes(' plan-handle-unchecked '));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^monitors\/web\.ts:6:3 warning plan-handle-unchecked -: vigil could not check the handles that need Datadog's Slack integration: GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/integration\/slack\/configuration\/accounts\/example\/channels answered HTTP 403: the application key \(DD_APP_KEY\) needs Datadog's "integrations_read" permission/);
    expect(warnings[1]).toContain('the handles that need Datadog Teams');
    expect(warnings[1]).toContain('"teams_read"');
    expect(p.stderr).not.toContain('scoped-app-key'); // keys never appear
  });

  it('names a Slack account the routing table lists that Datadog does not have, at its line', async () => {
    const s = await sandboxWithClient({ datadog: { seedData: false } });
    sandbox = s.sandbox;
    const p = await runVigil(['plan'], project('payments'), s.sandbox.datadogUrl);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('monitors/routing.ts:2:67 error plan-reference org-routing: Datadog\'s Slack integration has no account "example" Hint: name the accounts as Datadog\'s Slack integration tile lists them, or install the Slack integration');
  });
});
