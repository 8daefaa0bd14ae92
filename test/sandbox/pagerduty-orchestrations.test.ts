import { api } from '@pagerduty/pdjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEmulator } from '../../src/sandbox/http-types.ts';
import { createPagerDutyEmulator } from '../../src/sandbox/pagerduty/index.ts';
import type { Served } from './pagerduty-harness.ts';
import { serve, urlBuilder } from './pagerduty-harness.ts';

let emulator: ApiEmulator;
let served: Served;
let at: ReturnType<typeof urlBuilder>;
const pd = api({ token: 'orchestration-token' });
let serviceId: string;
let teamId: string;

beforeAll(async () => {
  emulator = createPagerDutyEmulator();
  served = await serve(emulator);
  at = urlBuilder(served.base);
  const userId = (await pd.get('/users', at('/users'))).resource[0].id;
  teamId = (await pd.post('/teams', at('/teams', { team: { name: 'Platform' } }))).data.team.id;
  const ep = (await pd.post('/escalation_policies', at('/escalation_policies', {
    escalation_policy: { name: 'Platform EP', escalation_rules: [{ escalation_delay_in_minutes: 10, targets: [{ id: userId, type: 'user_reference' }] }] },
  }))).data.escalation_policy.id;
  serviceId = (await pd.post('/services', at('/services', { service: { name: 'Ingest', escalation_policy: { id: ep, type: 'escalation_policy_reference' } } }))).data.service.id;
});
afterAll(() => served.close());

const severityRouting = (routeTo: string) => ({
  orchestration_path: {
    sets: [{ id: 'start', rules: [{ label: 'Sev1 to ingest', conditions: [{ expression: "event.severity matches 'critical'" }], actions: { route_to: routeTo } }] }],
    catch_all: { actions: { route_to: 'unrouted' } },
  },
});

describe('event orchestrations', () => {
  it('creates, lists, updates and deletes an orchestration with a routing key', async () => {
    const created = await pd.post('/event_orchestrations', at('/event_orchestrations', {
      orchestration: { name: 'Global routing', description: 'vigil-managed', team: { id: teamId } },
    }));
    expect(created.status).toBe(201);
    const o = created.data.orchestration;
    expect(o.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(o).toMatchObject({ name: 'Global routing', description: 'vigil-managed', routes: 0, team: { id: teamId, type: 'team_reference' } });
    expect(o.integrations[0].parameters).toEqual({ routing_key: expect.stringMatching(/^R0[0-9A-Z]{30}$/), type: 'global' });
    // The list key is `orchestrations`, so pdjs's `resource` (keyed `event_orchestrations`) is undefined here.
    const list = await pd.get('/event_orchestrations', at('/event_orchestrations'));
    expect(list.data.orchestrations.map((x: { id: string }) => x.id)).toEqual([o.id]);
    const renamed = await pd.put('/event_orchestrations', at(`/event_orchestrations/${o.id}`, { orchestration: { name: 'Global' } }));
    expect(renamed.data.orchestration).toMatchObject({ name: 'Global', description: 'vigil-managed' });
    expect(renamed.data.orchestration.version).not.toBe(o.version);
    expect((await pd.delete('/event_orchestrations', at(`/event_orchestrations/${o.id}`))).status).toBe(204);
    expect((await pd.get('/event_orchestrations', at(`/event_orchestrations/${o.id}/router`))).status).toBe(404);
  });

  it('serves a default router, stores a severity route and counts it in `routes`', async () => {
    const o = (await pd.post('/event_orchestrations', at('/event_orchestrations', { orchestration: { name: 'Router test' } }))).data.orchestration;
    const initial = await pd.get('/event_orchestrations', at(`/event_orchestrations/${o.id}/router`));
    expect(initial.data.orchestration_path).toMatchObject({
      type: 'router', parent: { id: o.id, type: 'event_orchestration_reference' },
      sets: [{ id: 'start', rules: [] }], catch_all: { actions: { route_to: 'unrouted' } },
    });
    const put = await pd.put('/event_orchestrations', at(`/event_orchestrations/${o.id}/router`, severityRouting(serviceId)));
    expect(put.status).toBe(200);
    const rule = put.data.orchestration_path.sets[0].rules[0];
    expect(rule).toMatchObject({ label: 'Sev1 to ingest', actions: { route_to: serviceId }, disabled: false });
    expect(rule.id).toMatch(/^[0-9a-f]{8}$/);
    const again = await pd.get('/event_orchestrations', at(`/event_orchestrations/${o.id}/router`));
    expect(again.data.orchestration_path.sets).toEqual(put.data.orchestration_path.sets);
    expect((await pd.get('/event_orchestrations', at(`/event_orchestrations/${o.id}`))).data.orchestration.routes).toBe(1);
  });

  it('rejects a route to an unknown service with every problem listed, writing nothing', async () => {
    const o = (await pd.post('/event_orchestrations', at('/event_orchestrations', { orchestration: { name: 'Bad router' } }))).data.orchestration;
    const body = severityRouting('PNOSVC0');
    body.orchestration_path.catch_all.actions.route_to = 'PNOSVC0';
    const before = emulator.snapshot();
    const bad = await pd.put('/event_orchestrations', at(`/event_orchestrations/${o.id}/router`, body));
    expect(bad.status).toBe(400);
    expect(bad.data.error.errors).toEqual([
      '"orchestration_path.sets[0].rules[0].actions.route_to": service "PNOSVC0" not found.',
      '"orchestration_path.catch_all.actions.route_to" must be "unrouted" for the router\'s catch-all (got "PNOSVC0").',
    ]);
    expect(emulator.snapshot()).toEqual(before); // not even the id counter moved
  });

  it('reads and writes a service orchestration and its active flag', async () => {
    const initial = await pd.get('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}`));
    expect(initial.data.orchestration_path).toMatchObject({
      type: 'service', parent: { id: serviceId, type: 'service_reference' }, sets: [{ id: 'start', rules: [] }], catch_all: { actions: {} },
    });
    const path = {
      orchestration_path: {
        sets: [
          { id: 'start', rules: [{ conditions: [{ expression: "event.custom_details.env matches 'prod'" }], actions: { route_to: 'prod' } }] },
          { id: 'prod', rules: [{ conditions: [], actions: { severity: 'critical', priority: 'P1ABCDE', annotate: 'paged by vigil' } }] },
        ],
        catch_all: { actions: { suppress: true } },
      },
    };
    const put = await pd.put('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}`, path));
    expect(put.status).toBe(200);
    expect(put.data.orchestration_path.sets.map((s: { id: string }) => s.id)).toEqual(['start', 'prod']);
    const wrong = await pd.put('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}`, {
      orchestration_path: { sets: [{ id: 'start', rules: [{ actions: { route_to: 'missing', severity: 'sev1' } }] }], catch_all: { actions: {} } },
    }));
    expect(wrong.data.error.errors).toEqual([
      '"orchestration_path.sets[0].rules[0].actions.route_to" must name another set of this path (none defined); got "missing".',
      '"orchestration_path.sets[0].rules[0].actions.severity" must be one of info, error, warning, critical (got "sev1").',
    ]);

    expect((await pd.get('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}/active`))).data).toEqual({ active: true });
    const off = await pd.put('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}/active`, { active: false }));
    expect(off.data).toEqual({ active: false });
    expect((await pd.get('/event_orchestrations', at(`/event_orchestrations/services/${serviceId}/active`))).data).toEqual({ active: false });
    expect((await pd.get('/event_orchestrations', at('/event_orchestrations/services/PNOSVC0'))).status).toBe(404);
  });
});
