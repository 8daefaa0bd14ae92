// The integrations `@slack-`, `@webhook-` and `@team-` handles reach, served by the sandbox and driven through the
// official client over HTTP (the recorded webhook and team traffic is replayed by contract.test.ts), with what the
// recordings do not reach: a team notification rule's update and its end with the team, a secret custom variable.
import { afterEach, describe, expect, it } from 'vitest';
import { client, v1, v2 } from '@datadog/datadog-api-client';
import { DatadogStore } from '../../src/sandbox/datadog/store.ts';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.ts';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function apis(options: Parameters<typeof startSandbox>[0] = {}, appKey = 'app-key') {
  sandbox = await startSandbox({ port: 0, ...options });
  const configuration = client.createConfiguration({
    baseServer: new client.BaseServerConfiguration(sandbox.datadogUrl, {}),
    authMethods: { apiKeyAuth: 'api-key', appKeyAuth: appKey },
    httpConfig: { compress: false },
  });
  return { slack: new v1.SlackIntegrationApi(configuration), webhooks: new v1.WebhooksIntegrationApi(configuration), teams: new v2.TeamsApi(configuration) };
}

const status = (p: Promise<unknown>) => p.then(() => 200, (e: { code?: number }) => e.code);

describe('sandbox: Slack channels, webhooks and teams', () => {
  it('serves the Slack integration channels of an account: list, create, get, update, delete; 404 for an unknown account', async () => {
    const { slack } = await apis({ datadog: { seedData: false } });
    expect(await status(slack.getSlackIntegrationChannels({ accountName: 'acme' }))).toBe(404);
    sandbox!.datadog.store.slackAccounts.set('acme', []);
    const made = await slack.createSlackIntegrationChannel({ accountName: 'acme', body: { name: '#ops', display: { tags: false } } });
    expect(made.name).toBe('#ops');
    expect(made.display?.tags).toBe(false);
    expect((await slack.getSlackIntegrationChannels({ accountName: 'acme' })).map((c) => c.name)).toEqual(['#ops']);
    expect((await slack.getSlackIntegrationChannel({ accountName: 'acme', channelName: 'ops' })).name).toBe('#ops');
    const renamed = await slack.updateSlackIntegrationChannel({ accountName: 'acme', channelName: 'ops', body: { name: '#ops-alerts' } });
    expect(renamed.name).toBe('#ops-alerts');
    await slack.removeSlackIntegrationChannel({ accountName: 'acme', channelName: 'ops-alerts' });
    expect(await status(slack.getSlackIntegrationChannel({ accountName: 'acme', channelName: 'ops-alerts' }))).toBe(404);
  });

  it('serves webhooks as recorded: 201 with the default payload, 404 "Webhook does not exist" once deleted', async () => {
    const { webhooks } = await apis({ datadog: { seedData: false } });
    const made = await webhooks.createWebhooksIntegration({ body: { name: 'audit', url: 'https://hooks.example.com/audit' } });
    expect(made).toMatchObject({ name: 'audit', encodeAs: 'json', customHeaders: null });
    expect(made.payload).toContain('$EVENT_MSG');
    expect((await webhooks.getWebhooksIntegration({ webhookName: 'audit' })).url).toBe('https://hooks.example.com/audit');
    await webhooks.deleteWebhooksIntegration({ webhookName: 'audit' });
    const gone = await webhooks.getWebhooksIntegration({ webhookName: 'audit' }).catch((e: { code: number; body: unknown }) => e);
    expect(gone).toMatchObject({ code: 404, body: { errors: ['Webhook does not exist'] } });
  });

  it('serves teams: 409 for a second team with the same handle, pages by number and size', async () => {
    const { teams } = await apis({ datadog: { seedData: false } });
    const made = await teams.createTeam({ body: { data: { type: 'team', attributes: { handle: 'web', name: 'Web' } } } });
    expect(made.data?.attributes.handle).toBe('web');
    const again = await teams.createTeam({ body: { data: { type: 'team', attributes: { handle: 'web', name: 'Web 2' } } } }).catch((e: { code: number }) => e);
    expect(again).toMatchObject({ code: 409 });
    await teams.createTeam({ body: { data: { type: 'team', attributes: { handle: 'db', name: 'Databases' } } } });
    const first = await teams.listTeams({ pageSize: 1, pageNumber: 0 });
    expect(first.data?.map((t) => t.attributes.handle)).toEqual(['db']); // by name: "Databases" before "Web"
    expect(first.meta?.pagination).toMatchObject({ total: 2, type: 'number_size' });
    expect((await teams.listTeams({ pageSize: 1, pageNumber: 1 })).data?.map((t) => t.attributes.handle)).toEqual(['web']);
  });

  it('refuses the reads a key scoped without the permission may not make, with 403', async () => {
    const { slack, teams } = await apis({ datadog: { deniedPermissions: { scoped: ['integrations_read'] } } }, 'scoped');
    expect(await status(slack.getSlackIntegrationChannels({ accountName: 'example' }))).toBe(403);
    expect(await status(teams.listTeams({}))).toBe(200);
  });

  it("keeps one notification rule per team: PUT replaces its channels, and it goes when the team is deleted", async () => {
    const { teams } = await apis({ datadog: { seedData: false } });
    const team = await teams.createTeam({ body: { data: { type: 'team', attributes: { handle: 'web', name: 'Web' } } } });
    const teamId = team.data?.id ?? '';
    const rule = (attributes: v2.TeamNotificationRuleAttributes) => ({ data: { type: 'team_notification_rules' as const, attributes } });
    const made = await teams.createTeamNotificationRule({ teamId, body: rule({ email: { enabled: true }, slack: { channel: 'web-ops', workspace: 'Acme' } }) });
    const ruleId = made.data?.id ?? '';
    expect(made.data?.attributes.slack).toMatchObject({ channel: 'web-ops', workspace: 'Acme' });
    const again = teams.createTeamNotificationRule({ teamId, body: rule({ email: { enabled: false } }) });
    expect(await status(again)).toBe(409);

    const updated = await teams.updateTeamNotificationRule({ teamId, ruleId, body: rule({ pagerduty: { serviceName: 'web-prod' } }) });
    expect(updated.data?.attributes.pagerduty?.serviceName).toBe('web-prod');
    const read = await teams.getTeamNotificationRule({ teamId, ruleId });
    expect(read.data?.attributes.email).toBeUndefined(); // what the PUT left out is no longer set
    expect(read.data?.attributes.slack).toBeUndefined();
    expect((await teams.getTeamNotificationRules({ teamId })).data?.map((r) => r.id)).toEqual([ruleId]);

    await teams.deleteTeam({ teamId });
    expect(sandbox!.datadog.store.teamNotificationRules.size).toBe(0);
    expect(await status(teams.getTeamNotificationRules({ teamId }))).toBe(404);
  });

  it("answers a secret custom variable without its value, and renames a variable on PUT", async () => {
    const { webhooks } = await apis({ datadog: { seedData: false } });
    const made = await webhooks.createWebhooksIntegrationCustomVariable({ body: { name: 'TOKEN', value: 's3cret', isSecret: true } });
    expect(made).toMatchObject({ name: 'TOKEN', isSecret: true });
    expect(made.value).toBeUndefined();
    expect((await webhooks.getWebhooksIntegrationCustomVariable({ customVariableName: 'TOKEN' })).value).toBeUndefined();
    expect(sandbox!.datadog.store.webhookCustomVariables.get('TOKEN')?.value).toBe('s3cret'); // kept, only not answered

    const shown = await webhooks.updateWebhooksIntegrationCustomVariable({ customVariableName: 'TOKEN', body: { name: 'API_TOKEN', isSecret: false } });
    expect(shown).toMatchObject({ name: 'API_TOKEN', isSecret: false, value: 's3cret' });
    expect(await status(webhooks.getWebhooksIntegrationCustomVariable({ customVariableName: 'TOKEN' }))).toBe(404);
    await webhooks.deleteWebhooksIntegrationCustomVariable({ customVariableName: 'API_TOKEN' });
    expect(await status(webhooks.deleteWebhooksIntegrationCustomVariable({ customVariableName: 'API_TOKEN' }))).toBe(404);
  });

  it('keeps custom variables and team notification rules in a saved state, and loads a state saved before them', () => {
    const store = new DatadogStore();
    store.webhookCustomVariables.set('TOKEN', { is_secret: true, name: 'TOKEN', value: 's3cret' });
    const ruleId = store.nextTeamNotificationRuleId();
    store.teamNotificationRules.set(ruleId, { id: ruleId, teamId: 't1', attributes: { email: { enabled: true } } });
    const saved = JSON.parse(JSON.stringify(store.snapshot())) as Record<string, unknown>;
    const restored = new DatadogStore();
    restored.restore(saved);
    expect(restored.snapshot()).toEqual(saved);
    expect(restored.nextTeamNotificationRuleId()).not.toBe(ruleId); // the counter came back too

    const { webhookCustomVariables: _v, teamNotificationRules: _r, ...older } = saved;
    const counters = { ...(older.counters as Record<string, number>) };
    delete counters.teamNotificationRule;
    const fromOlder = new DatadogStore();
    fromOlder.restore({ ...older, counters });
    expect(fromOlder.webhookCustomVariables.size).toBe(0);
    expect(fromOlder.teamNotificationRules.size).toBe(0);
    expect(fromOlder.nextTeamNotificationRuleId()).toBe(ruleId); // counting starts afresh
  });
});
