// Handle resolution in the one planner, driven by plain JSON worlds: what to read for which handles, and what a handle
// that reaches nothing (or could not be checked) becomes, at the line that names it.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.ts';
import { compositeMonitor, metricAlert, routing, rule, slack } from '../../src/dsl/index.ts';
import type { Definition } from '../../src/ir/definition.ts';
import { plan, worldNeeds, type HandleUse, type World } from '../../src/plan/index.ts';

const at = (line: number) => ({ file: 'monitors/web.ts', line, col: 5 });
const monitor = (id: string, notify: string[], extra: Record<string, unknown> = {}) => Object.assign(metricAlert({
  id, name: `${id} high`, team: 'web', env: 'prod', severity: 'sev3', message: { summary: 'High.', notify },
  query: 'avg(last_5m):avg:system.load.1{*} > 4', ...extra,
}), { source: at(3) });
const table = (extra: Record<string, unknown> = {}) => Object.assign(routing({
  id: 'org-routing', rules: [rule('chat', { severity: ['sev3'] }, [slack('#{team}-alerts')])], ...extra,
}), { source: { file: 'monitors/routing.ts', line: 1, col: 1 } });

const world = (extra: Partial<World> = {}): World => ({
  owned: { monitors: [], slos: [] }, adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: [], ...extra,
});
const slackOf = (accounts: Record<string, string[]>, missing: string[] = []) => ({ slackChannels: { accounts, missing } });

function planned(defs: Definition[], w: World, handleUses?: HandleUse[]) {
  const result = plan(compile(defs), w, { definitions: defs, ...(handleUses ? { handleUses } : {}) });
  return { result, lines: result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.id}: ${d.message}${d.hint ? ` | ${d.hint}` : ''}`) };
}

describe('what a plan reads for its handles', () => {
  it('reads no integration when no handle needs one', () => {
    const needs = worldNeeds(compile([monitor('load', ['@oncall@example.com'])]));
    expect(needs).not.toHaveProperty('slackAccounts');
    expect(needs).not.toHaveProperty('webhookNames');
    expect(needs).not.toHaveProperty('teams');
    expect(needs).not.toHaveProperty('compositeMonitorIds');
  });

  it('reads the Slack accounts the routing table names, else every account a handle may name', () => {
    const defs = [table({ slackAccounts: ['acme', 'acme-eu'] }), monitor('load', ['@slack-acme-eu-ops'])];
    expect(worldNeeds(compile(defs), defs).slackAccounts).toEqual(['acme', 'acme-eu']);
    const bare = [table(), monitor('load', ['@slack-acme-eu-ops'])];
    // `web-alerts` comes from the routing table; every prefix up to a dash may be an account.
    expect(worldNeeds(compile(bare), bare).slackAccounts).toEqual(['acme', 'acme-eu', 'web']);
    expect(worldNeeds(compile([monitor('load', ['@slack-ops'])])).slackAccounts).toEqual([]);
  });

  it('looks webhooks up by name, teams in one list, and the monitors composites name by id', () => {
    const defs: Definition[] = [
      monitor('load', ['@webhook-audit', '@team-web', '@webhook-audit']),
      compositeMonitor({ id: 'both', name: 'Both', when: '${load} && 31337', message: { summary: 'Both.' } }),
    ];
    const needs = worldNeeds(compile(defs), defs);
    expect(needs.webhookNames).toEqual(['audit']);
    expect(needs.teams).toBe(true);
    expect(needs.compositeMonitorIds).toEqual([31337]);
  });
});

describe('plan(desired, world) resolves every handle', () => {
  it('resolves Slack handles in the first account (short form) and in a named account (long form)', () => {
    const defs = [table({ slackAccounts: ['acme', 'acme-eu'] }), monitor('load', ['@slack-acme-eu-incidents', '@slack-ops'])];
    const { result, lines } = planned(defs, world(slackOf({ acme: ['web-alerts', 'ops'], 'acme-eu': ['incidents'] })));
    expect(lines).toEqual([]);
    expect(result.plan!.summary.create).toBe(1);
  });

  it('refuses a channel no account has, at the notify entry, with the closest handle that resolves', () => {
    const defs = [table({ slackAccounts: ['acme'] }), monitor('load', ['@slack-opps'])];
    const { result, lines } = planned(defs, world(slackOf({ acme: ['web-alerts', 'ops'] })));
    expect(result.plan).toBeUndefined();
    expect(lines).toEqual([
      'error plan-reference load: @slack-opps names no channel of Datadog\'s Slack integration: there is no #opps in account "acme" (the first account, which @slack-<channel> posts through) | did you mean @slack-ops? Otherwise add the channel to Datadog\'s Slack integration (vigil does not manage channels), or fix the handle',
    ]);
    expect(result.diagnostics[0]!.path).toBe('/message/notify/0');
  });

  it('blames the routing table when routing added the handle', () => {
    const defs = [table({ slackAccounts: ['acme'] }), monitor('load', [])];
    const { lines } = planned(defs, world(slackOf({ acme: ['ops'] })));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('@slack-web-alerts names no channel');
    expect(lines[0]).toContain('the routing table at monitors/routing.ts:1:1 sends this monitor to it');
  });

  it('reports a named Slack account Datadog lacks once, at the routing table, not at every handle', () => {
    const defs = [table({ slackAccounts: ['acme'] }), monitor('load', ['@slack-ops'])];
    const { lines } = planned(defs, world(slackOf({}, ['acme'])));
    expect(lines).toEqual([
      'error plan-reference org-routing: Datadog\'s Slack integration has no account "acme" | name the accounts as Datadog\'s Slack integration tile lists them, or install the Slack integration',
    ]);
  });

  it('says once which handles it did not check, and still plans', () => {
    const defs = [monitor('load', ['@slack-ops', '@opsgenie-web', '@oncall-web']), monitor('disk', ['@opsgenie-web'])];
    const { result, lines } = planned(defs, world(slackOf({})));
    expect(result.plan).toBeDefined();
    expect(lines).toEqual([
      'warning plan-handle-unchecked -: vigil did not check these 3 handles against Datadog: @oncall-web (load): Datadog On-Call teams, which vigil does not read; @opsgenie-web (disk, load): Opsgenie services, which vigil does not read; @slack-ops (load): no Slack account is named, and Datadog cannot list them: name them in the routing table (slackAccounts) | check them in Datadog yourself: a handle that reaches nothing drops that notification silently',
    ]);
  });

  it('checks a handle naming an account even when no account is named in the routing table', () => {
    const defs = [monitor('load', ['@slack-acme-opps'])];
    const { lines } = planned(defs, world(slackOf({ acme: ['ops'] }, ['acme-opps'])));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error plan-reference load: @slack-acme-opps names no channel .*there is no #opps in account "acme" \| did you mean @slack-acme-ops\?/);
  });

  it('turns an integration Datadog refused to read into one warning per integration, and plans', () => {
    const why = 'GET http://dd/api/v2/team answered HTTP 403: the application key (DD_APP_KEY) needs Datadog\'s "teams_read" permission';
    const defs = [monitor('load', ['@team-web', '@team-db']), monitor('disk', ['@team-web'])];
    const { result, lines } = planned(defs, world({ teams: { found: [], unreadable: why } }));
    expect(result.plan).toBeDefined();
    expect(lines).toEqual([`warning plan-handle-unchecked -: vigil could not check the handles that need Datadog Teams: ${why} | the plan goes ahead; give the application key read access to the integration so the next plan checks them`]);
  });

  it('resolves webhooks and teams by name, and suggests the closest team', () => {
    const defs = [monitor('load', ['@webhook-audit', '@webhook-audti', '@team-web-platform', '@team-web-platfrom'])];
    const { lines } = planned(defs, world({ webhooks: { found: ['audit'] }, teams: { found: ['web-platform', 'db'] } }));
    expect(lines).toEqual([
      'error plan-reference load: @team-web-platfrom names no Datadog team (a team\'s handle) | did you mean @team-web-platform? Otherwise create the team in Datadog (Organization Settings, Teams), or use an existing team\'s handle',
      'error plan-reference load: @webhook-audti names no webhook of Datadog\'s Webhooks integration | did you mean @webhook-audit? Otherwise create the webhook in Datadog\'s Webhooks integration (vigil does not manage webhooks), or fix the name',
    ]);
  });

  it('checks handles other objects name, given as (handle, where) pairs: a recipient without its "@"', () => {
    const defs = [table({ slackAccounts: ['acme'] }), monitor('load', [])];
    const { result, lines } = planned(defs, world({ ...slackOf({ acme: ['web-alerts'] }), webhooks: { found: [] } }), [
      { handle: 'slack-web-alerts', id: 'payments-rule', path: '/recipients/0' },
      { handle: 'webhook-nowhere', id: 'payments-rule', path: '/recipients/1' },
      { handle: 'oncall@example', id: 'payments-rule', path: '/recipients/2' },
    ]);
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.id} ${d.path}: ${d.message}`)).toEqual([
      'payments-rule /recipients/1: @webhook-nowhere names no webhook of Datadog\'s Webhooks integration',
      'payments-rule /recipients/2: @oncall@example is not an email address: the domain "example" has no dot (e.g. example.com)',
    ]);
    expect(lines.every((l) => l.startsWith('error plan-reference'))).toBe(true);
  });

  it('checks the recipients of notification rules at the routing table destination that wrote them', () => {
    const defs = [table({ slackAccounts: ['acme'], target: 'notification-rules' }), monitor('load', [])];
    const desired = compile(defs);
    expect(desired.datadog.notificationRules.length).toBeGreaterThan(0);
    expect(worldNeeds(desired, defs).slackAccounts).toEqual(['acme']);
    const result = plan(desired, world(slackOf({ acme: ['ops'] })), { definitions: defs });
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.code} ${d.id} ${d.path}: ${d.message}`)).toEqual([
      'plan-reference org-routing /rules/0/notify/0: @slack-web-alerts names no channel of Datadog\'s Slack integration: there is no #web-alerts in account "acme" (the first account, which @slack-<channel> posts through)',
    ]);
  });

  it('claims nothing about a kind the world was not read for', () => {
    const { lines } = planned([monitor('load', ['@slack-ops', '@webhook-audit', '@team-web'])], world());
    expect(lines).toEqual([]);
  });
});

describe('composites that name monitors by Datadog id', () => {
  const defs: Definition[] = [Object.assign(compositeMonitor({
    id: 'down', name: 'Down', when: '31337 && 4242', message: { summary: 'Down.', notify: ['@all'] },
  }), { source: at(9) })];

  it('are refused when the monitor does not exist, and pass when it does', () => {
    const missing = planned(defs, world({ compositeTargets: [31337] }));
    expect(missing.lines).toEqual([
      'error composite-unknown-monitor down: the query names monitor 4242, which does not exist in Datadog | use the id of a monitor that exists (Monitors, Manage Monitors), or ${logical-id} for one vigil manages',
    ]);
    expect(missing.result.plan).toBeUndefined();
    expect(missing.result.diagnostics[0]!.location).toEqual(at(9));
    expect(planned(defs, world({ compositeTargets: [31337, 4242] })).lines).toEqual([]);
    expect(planned(defs, world()).lines).toEqual([]); // not read: nothing claimed
  });
});
