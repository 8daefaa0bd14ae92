import { describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute.ts';
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
