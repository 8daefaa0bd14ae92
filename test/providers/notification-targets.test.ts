// The reads behind handle resolution, through the official client against the sandbox over HTTP: Slack channels per
// account (404 for an account Datadog does not have), webhooks by name, every team in pages; what a plan reads
// for the handles it has, and nothing for the kinds it has none of.
import { afterEach, describe, expect, it } from 'vitest';
import { client, v2 } from '@datadog/datadog-api-client';
import { readSlackChannels, readTeams, readWebhooks } from '../../src/providers/datadog/notification-targets.ts';
import { readWorld } from '../../src/providers/world.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { createWebhook, sandboxWithClient } from '../sync/support.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('reading what handles reach', () => {
  it('reads the channels of each account, and names the accounts Datadog does not have', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const seeded = s.sandbox.datadog.store.slackAccounts.get('example')!.map((c) => c.name.slice(1)).sort();
    const read = await readSlackChannels(s.dd, ['example', 'payments', 'example']);
    expect(read).toEqual({ accounts: { example: seeded }, missing: ['payments'] });
    expect(seeded).toContain('payments-alerts');
  });

  it('finds webhooks by name, the ones created outside vigil included', async () => {
    const s = await sandboxWithClient({ datadog: { seedData: false } });
    sandbox = s.sandbox;
    await createWebhook(s.sandbox, 'audit-log');
    expect(await readWebhooks(s.dd, ['audit-log', 'nowhere'])).toEqual({ found: ['audit-log'] });
  });

  it('reads every team handle across pages of 100', async () => {
    const s = await sandboxWithClient({ datadog: { seedData: false } });
    sandbox = s.sandbox;
    // Teams made through the official client's TeamsApi, as someone would in Datadog; more than one page of them.
    const configuration = client.createConfiguration({
      baseServer: new client.BaseServerConfiguration(s.sandbox.datadogUrl, {}),
      authMethods: { apiKeyAuth: 'k', appKeyAuth: 'a' },
    });
    const teams = new v2.TeamsApi(configuration);
    const handles = Array.from({ length: 130 }, (_, i) => `team-${String(i).padStart(3, '0')}`);
    for (const handle of handles) {
      await teams.createTeam({ body: { data: { type: 'team', attributes: { handle, name: `Team ${handle}` } } } });
    }
    const before = s.dd.http.stats.requests;
    expect(await readTeams(s.dd)).toEqual({ found: handles });
    expect(s.dd.http.stats.requests - before).toBe(Math.ceil(handles.length / 100));
  });

  it('reads only the kinds a plan needs: nothing for an organisation without those handles', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    const before = s.dd.http.stats.requests;
    const bare = await readWorld(s.clients, { adoptMonitors: [], adoptSlos: [], pagerDutyServiceNames: [], pagerduty: false });
    const baseline = s.dd.http.stats.requests - before;
    expect(bare).not.toHaveProperty('slackChannels');
    expect(bare).not.toHaveProperty('webhooks');
    expect(bare).not.toHaveProperty('teams');
    const mid = s.dd.http.stats.requests;
    const full = await readWorld(s.clients, {
      adoptMonitors: [], adoptSlos: [], pagerDutyServiceNames: [], pagerduty: false,
      slackAccounts: ['example'], webhookNames: ['incident-bridge'], teams: true,
    });
    expect(s.dd.http.stats.requests - mid).toBe(baseline + 3); // one channel list, one webhook, one page of teams
    expect(full.slackChannels?.accounts.example).toContain('incidents');
    expect(full.webhooks).toEqual({ found: ['incident-bridge'] });
    expect(full.teams?.found).toEqual([...s.sandbox.datadog.store.teams.values()].map((t) => t.attributes.handle).sort());
  });
});
