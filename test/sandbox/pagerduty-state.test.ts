import { api } from '@pagerduty/pdjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEmulator } from '../../src/sandbox/http-types.ts';
import { createPagerDutyEmulator, DATADOG_VENDOR_ID } from '../../src/sandbox/pagerduty/index.ts';
import type { Served } from './pagerduty-harness.ts';
import { serve, urlBuilder } from './pagerduty-harness.ts';

const opened: Served[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const clock = () => Date.UTC(2026, 4, 1, 9, 30, 0);
const pd = api({ token: 'state-token' });

async function open(emulator: ApiEmulator) {
  const served = await serve(emulator);
  opened.push(served);
  return urlBuilder(served.base);
}

/** A policy, a team-less service with a Datadog integration, and an orchestration with a router rule. */
async function populate(at: ReturnType<typeof urlBuilder>): Promise<string> {
  const userId = (await pd.get('/users', at('/users'))).resource[0].id;
  const ep = (await pd.post('/escalation_policies', at('/escalation_policies', {
    escalation_policy: { name: 'Core', escalation_rules: [{ escalation_delay_in_minutes: 10, targets: [{ id: userId, type: 'user_reference' }] }] },
  }))).data.escalation_policy;
  const svc = (await pd.post('/services', at('/services', {
    service: { name: 'Core API', description: 'vigil:core', escalation_policy: { id: ep.id, type: 'escalation_policy_reference' } },
  }))).data.service;
  await pd.post('/services', at(`/services/${svc.id}/integrations`, {
    integration: { type: 'generic_events_api_inbound_integration', vendor: { id: DATADOG_VENDOR_ID, type: 'vendor_reference' } },
  }));
  const orch = (await pd.post('/event_orchestrations', at('/event_orchestrations', { orchestration: { name: 'Global' } }))).data.orchestration;
  await pd.put('/event_orchestrations', at(`/event_orchestrations/${orch.id}/router`, {
    orchestration_path: { sets: [{ id: 'start', rules: [{ conditions: [{ expression: "event.summary matches part 'core'" }], actions: { route_to: svc.id } }] }], catch_all: { actions: { route_to: 'unrouted' } } },
  }));
  return svc.id;
}

describe('snapshot / restore', () => {
  it('round-trips everything through JSON, including the id counter', async () => {
    const original = createPagerDutyEmulator({ clock });
    const at = await open(original);
    const serviceId = await populate(at);
    const saved = JSON.parse(JSON.stringify(original.snapshot())) as unknown;

    const restored = createPagerDutyEmulator({ clock, seedData: false });
    restored.restore(saved);
    expect(restored.snapshot()).toEqual(saved);
    const at2 = await open(restored);
    const read = async (a: typeof at, path: string) => (await pd.get('/x', a(path))).data as unknown;
    for (const path of ['/services?include[]=integrations', `/services/${serviceId}`, '/escalation_policies', '/users', '/schedules', '/event_orchestrations']) {
      expect(await read(at2, path)).toEqual(await read(at, path));
    }
    const orchId = ((await read(at, '/event_orchestrations')) as { orchestrations: { id: string }[] }).orchestrations[0]?.id;
    expect(await read(at2, `/event_orchestrations/${orchId}/router`)).toEqual(await read(at, `/event_orchestrations/${orchId}/router`));

    // Both continue the same sequence: the next generated id and key are identical.
    const team = { team: { name: 'After restore' } };
    const a = (await pd.post('/teams', at('/teams', team))).data.team.id;
    const b = (await pd.post('/teams', at2('/teams', team))).data.team.id;
    expect(b).toBe(a);
  });

  it('is deterministic: two fresh emulators given the same requests answer byte-identically', async () => {
    const at1 = await open(createPagerDutyEmulator({ clock }));
    const at2 = await open(createPagerDutyEmulator({ clock }));
    await populate(at1);
    await populate(at2);
    const all1 = await pd.get('/services', at1('/services', { 'include[]': ['integrations'] }));
    const all2 = await pd.get('/services', at2('/services', { 'include[]': ['integrations'] }));
    expect(JSON.stringify(all2.data)).toBe(JSON.stringify(all1.data));
  });

  it('refuses a state that is not one of its snapshots, keeping the current state', () => {
    const emulator = createPagerDutyEmulator();
    const before = emulator.snapshot();
    expect(() => emulator.restore({ version: 2 })).toThrow(/"version" must be 1/);
    expect(() => emulator.restore({ ...(before as object), services: [] })).toThrow(/"services" must be an object/);
    expect(emulator.snapshot()).toEqual(before);
  });
});
