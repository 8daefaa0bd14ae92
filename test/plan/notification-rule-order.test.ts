import { describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
import { compile } from '../../src/compile/index.ts';
import { metricAlert, routing, rule as routingRule, slack } from '../../src/dsl/index.ts';
import type { Definition } from '../../src/ir/definition.ts';
import { plan, type World } from '../../src/plan/index.ts';
import { order } from '../../src/plan/order.ts';
import type { ApplyTarget } from '../../src/plan/remote.ts';
import type { Change, Plan } from '../../src/plan/types.ts';
import { ProviderError } from '../../src/providers/errors.ts';

const monitor = (id: string, action: Change['action'], route?: string): Change => ({
  action, kind: 'datadog.monitor', id, ...(action === 'delete' ? { remoteId: 1 } : { payload: { tags: ['managed-by:vigil', ...(route ? [`vigil-route:${route}`] : [])] } }),
});
const rule = (id: string, action: Change['action']): Change => ({ action, kind: 'datadog.notification-rule', id, ...(action === 'delete' ? { remoteId: id } : { payload: {} }) });

describe('notification rules in the plan\'s order', () => {
  it('a monitor written with a route tag waits for its rule\'s write, which comes first', () => {
    const out = order([monitor('a', 'update', 'r.one'), monitor('b', 'create', 'r.two'), rule('r.one', 'create'), monitor('c', 'update'), rule('r.two', 'update')]);
    expect(out.map((c) => c.id)).toEqual(['r.one', 'r.two', 'c', 'a', 'b']);
    expect(out.find((c) => c.id === 'a')!.dependsOn).toEqual(['r.one']);
    expect(out.find((c) => c.id === 'b')!.dependsOn).toEqual(['r.two']);
    expect(out.find((c) => c.id === 'c')!.dependsOn).toBeUndefined();
  });

  it('a rule that is not written in the plan (unchanged) adds no dependency; ordering twice adds none twice', () => {
    const once = order([monitor('a', 'update', 'r.same'), rule('r.one', 'create'), monitor('b', 'update', 'r.one')]);
    expect(once.find((c) => c.id === 'a')!.dependsOn).toBeUndefined();
    expect(order(once).find((c) => c.id === 'b')!.dependsOn).toEqual(['r.one']);
  });

  it('moving back to messages: the monitors\' updates come before the rules\' deletes', () => {
    const out = order([rule('r.one', 'delete'), monitor('a', 'update'), monitor('gone', 'delete'), monitor('b', 'update')]);
    expect(out.map((c) => `${c.action} ${c.id}`)).toEqual(['update a', 'update b', 'delete gone', 'delete r.one']);
  });

  it('apply skips the update that would take a monitor\'s handles away when its rule cannot be written', async () => {
    const changes = order([rule('r.one', 'create'), monitor('a', 'update', 'r.one'), monitor('b', 'update')]);
    const plan: Plan = { version: 1, summary: { create: 1, update: 2, delete: 0, unchanged: 0 }, changes, drift: [], remoteIds: {}, remoteVersions: {} };
    const written: string[] = [];
    const target: ApplyTarget = {
      create: async (c) => { throw new ProviderError(`Datadog refused to create ${c.id} (HTTP 400)`, 400, false); },
      update: async (c) => { written.push(c.id); return { logicalId: c.id, remoteId: 1, version: '', body: {} }; },
      delete: async () => {},
      find: async () => [],
    };
    const result = await executePlan(plan, target);
    expect(written).toEqual(['b']);
    expect(result.outcomes.find((o) => o.change.id === 'a')).toMatchObject({ status: 'skipped', reason: 'create of "r.one" did not succeed' });
  });
});

describe('Datadog\'s limit of notification rules per organisation, checked by the plan', () => {
  const table = Object.assign(routing({ id: 'org', target: 'notification-rules', rules: [routingRule('all', {}, [slack('#{team}')])] }), { source: { file: 'monitors/routing.ts', line: 4, col: 1 } });
  const defs: Definition[] = [table, ...['web', 'api'].map((team) => metricAlert({
    id: `${team}-load`, name: `${team} load`, team, service: team, env: 'prod', runbook: 'https://r.example.com',
    query: 'avg(last_5m):avg:system.load.1{*} > 4', message: { summary: 's', impact: 'i', firstSteps: ['f'] },
  }))];
  const desired = compile(defs);
  const world = (unowned: number): World => ({
    owned: { monitors: [], slos: [], notificationRules: [] }, adoptable: { monitors: [], slos: [] }, datadogPagerDutyServices: [],
    unownedNotificationRules: Array.from({ length: unowned }, (_, i) => ({ logicalId: '', remoteId: `r${i}`, version: 'v', body: {} })),
  });

  it('counts the rules vigil does not own with the ones it would have', () => {
    const rules = desired.datadog.notificationRules.length;
    expect(rules).toBeGreaterThan(0);
    expect(plan(desired, world(1000 - rules), { definitions: defs }).plan).toBeDefined();
    const over = plan(desired, world(1001 - rules), { definitions: defs });
    expect(over.plan).toBeUndefined();
    expect(over.diagnostics).toEqual([expect.objectContaining({
      severity: 'error', code: 'plan-limit', id: 'org', location: table.source,
      message: expect.stringContaining(`it has ${1001 - rules} that vigil does not own and the definitions compile to ${rules} (1001 in all)`),
    })]);
  });
});
