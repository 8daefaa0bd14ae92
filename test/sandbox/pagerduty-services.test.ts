import { api } from '@pagerduty/pdjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPagerDutyEmulator, DATADOG_VENDOR_ID } from '../../src/sandbox/pagerduty/index.ts';
import type { Served } from './pagerduty-harness.ts';
import { serve, urlBuilder } from './pagerduty-harness.ts';

// The official client over loopback HTTP. pdjs builds `https://${server}/…`, so every call passes a full `url`
// under the `.com`-suffixed mount; `at(path, data)` builds those options.
let served: Served;
let at: ReturnType<typeof urlBuilder>;
const pd = api({ token: 'sandbox-token' });
let userId: string;
let scheduleId: string;

beforeAll(async () => {
  served = await serve(createPagerDutyEmulator());
  at = urlBuilder(served.base);
  userId = (await pd.get('/users', at('/users'))).resource[0].id;
  scheduleId = (await pd.get('/schedules', at('/schedules'))).resource[0].id;
});
afterAll(() => served.close());

async function createPolicy(name: string, extra: object = {}): Promise<string> {
  const res = await pd.post('/escalation_policies', at('/escalation_policies', {
    escalation_policy: {
      type: 'escalation_policy', name, ...extra,
      escalation_rules: [{ escalation_delay_in_minutes: 15, targets: [{ id: userId, type: 'user_reference' }] }],
    },
  }));
  expect(res.status).toBe(201);
  return res.data.escalation_policy.id;
}

describe('services', () => {
  it('creates with server fields and spec defaults, reads, updates partially and deletes', async () => {
    const epId = await createPolicy('Checkout EP');
    const description = 'Checkout API\n[managed-by:vigil id=checkout hash=ab12] — ünïcode  kept  ';
    const created = await pd.post('/services', at('/services', {
      service: { type: 'service', name: 'Checkout API', description, escalation_policy: { id: epId, type: 'escalation_policy_reference' } },
    }));
    expect(created.status).toBe(201);
    const s = created.data.service;
    expect(created.resource).toEqual(s); // pdjs's singular resource key for a POST to /services
    expect(s.id).toMatch(/^P[0-9A-Z]{6}$/);
    expect(s).toMatchObject({
      type: 'service', summary: 'Checkout API', name: 'Checkout API', description, status: 'active',
      self: `https://api.pagerduty.com/services/${s.id}`, auto_resolve_timeout: 14400, acknowledgement_timeout: 1800,
      alert_creation: 'create_alerts_and_incidents', incident_urgency_rule: { type: 'constant', urgency: 'high' },
      integrations: [], teams: [],
      escalation_policy: { id: epId, type: 'escalation_policy_reference', summary: 'Checkout EP', self: `https://api.pagerduty.com/escalation_policies/${epId}` },
    });
    expect(s.html_url).toContain(s.id);
    expect(Date.parse(s.created_at)).not.toBeNaN();

    const updated = await pd.put('/services', at(`/services/${s.id}`, { service: { auto_resolve_timeout: null, status: 'maintenance' } }));
    expect(updated.status).toBe(200);
    expect(updated.data.service).toMatchObject({ name: 'Checkout API', description, auto_resolve_timeout: null, status: 'maintenance' });

    const fetched = await pd.get('/services', at(`/services/${s.id}`));
    expect(fetched.data.service.description).toBe(description);
    const policy = await pd.get('/escalation_policies', at(`/escalation_policies/${epId}`));
    expect(policy.data.escalation_policy.services.map((r: { id: string }) => r.id)).toEqual([s.id]);

    const deleted = await pd.delete('/services', at(`/services/${s.id}`));
    expect(deleted.status).toBe(204);
    const gone = await pd.get('/services', at(`/services/${s.id}`));
    expect(gone.status).toBe(404);
    expect(gone.data.error).toMatchObject({ message: 'Not Found', code: 2100 });
  });

  it('rejects a missing or unknown escalation policy with 2001 and writes nothing', async () => {
    const missing = await pd.post('/services', at('/services', { service: { name: 'No EP' } }));
    expect(missing.status).toBe(400);
    expect(missing.data.error.code).toBe(2001);
    expect(missing.data.error.errors.join(' ')).toContain('"service.escalation_policy" is required');
    const unknown = await pd.post('/services', at('/services', {
      service: { name: 'Ghost EP', escalation_policy: { id: 'PNOPE00', type: 'escalation_policy_reference' } },
    }));
    expect(unknown.status).toBe(400);
    expect(unknown.data.error.errors).toEqual(['"service.escalation_policy.id": escalation policy PNOPE00 not found.']);
    const list = await pd.get('/services', at('/services', { query: 'EP' }));
    expect(list.resource).toEqual([]);
  });

  it('reports every problem of a body in one 400 (enums, types, wrapper key, JSON)', async () => {
    const epId = await createPolicy('Validation EP');
    const bad = await pd.post('/services', at('/services', {
      service: {
        name: '  ', escalation_policy: { id: epId, type: 'escalation_policy_reference' }, alert_creation: 'sometimes',
        acknowledgement_timeout: 'soon', incident_urgency_rule: { type: 'constant', urgency: 'medium' },
      },
    }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.errors).toEqual([
      '"service.name" can\'t be blank.',
      '"service.acknowledgement_timeout" must be an integer ≥ 0 or null (got "soon").',
      '"service.alert_creation" must be one of create_incidents, create_alerts_and_incidents (got "sometimes").',
      '"service.incident_urgency_rule.urgency" must be one of low, high, severity_based (got "medium").',
    ]);
    const unwrapped = await pd.post('/services', at('/services', { name: 'flat' }));
    expect(unwrapped.status).toBe(400);
    expect(unwrapped.data.error.errors[0]).toContain('"service" is required');
    // pdjs always sends valid JSON, so the malformed body goes through plain fetch.
    const malformed = await fetch(`${served.base}/services`, {
      method: 'POST', body: '{"service": {', headers: { Authorization: 'Token token=x', 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: number } }).error.code).toBe(2001);
  });

  it('refuses a duplicate name and leaves the original untouched on a failed PUT', async () => {
    const epId = await createPolicy('Dup EP');
    const ref = { id: epId, type: 'escalation_policy_reference' };
    const a = (await pd.post('/services', at('/services', { service: { name: 'Alpha', escalation_policy: ref } }))).data.service;
    await pd.post('/services', at('/services', { service: { name: 'Beta', escalation_policy: ref } }));
    const clash = await pd.put('/services', at(`/services/${a.id}`, { service: { name: 'beta', description: 'changed' } }));
    expect(clash.status).toBe(400);
    expect(clash.data.error.errors[0]).toContain('Name has already been taken');
    expect((await pd.get('/services', at(`/services/${a.id}`))).data.service).toMatchObject({ name: 'Alpha', description: null });
  });
});

describe('escalation policies and teams', () => {
  it('validates targets, expands them, and blocks deleting a policy in use', async () => {
    const bad = await pd.post('/escalation_policies', at('/escalation_policies', {
      escalation_policy: { name: 'Bad targets', escalation_rules: [{ escalation_delay_in_minutes: 0, targets: [{ id: 'PNOUSER', type: 'user_reference' }] }] },
    }));
    expect(bad.status).toBe(400);
    expect(bad.data.error.errors).toEqual([
      '"escalation_policy.escalation_rules[0].escalation_delay_in_minutes" must be an integer ≥ 1 (got 0).',
      '"escalation_policy.escalation_rules[0].targets[0].id": user "PNOUSER" not found.',
    ]);
    const team = await pd.post('/teams', at('/teams', { team: { type: 'team', name: 'Payments', description: 'Owns checkout' } }));
    expect(team.status).toBe(201);
    expect(team.data.team).toMatchObject({ type: 'team', name: 'Payments', default_role: 'manager', parent: null });
    const teamId = team.data.team.id;
    const epId = await createPolicy('Payments EP', { teams: [{ id: teamId, type: 'team_reference' }] });
    const ep = (await pd.get('/escalation_policies', at(`/escalation_policies/${epId}`))).data.escalation_policy;
    expect(ep.escalation_rules[0].targets[0]).toMatchObject({ id: userId, type: 'user_reference', summary: 'Ana Pereira' });
    expect(ep.teams).toEqual([expect.objectContaining({ id: teamId, type: 'team_reference', summary: 'Payments' })]);

    // Rules keep their ids through a GET-modify-PUT; schedules are valid targets.
    ep.escalation_rules.push({ escalation_delay_in_minutes: 30, targets: [{ id: scheduleId, type: 'schedule_reference' }] });
    const put = await pd.put('/escalation_policies', at(`/escalation_policies/${epId}`, { escalation_policy: ep }));
    expect(put.status).toBe(200);
    expect(put.data.escalation_policy.escalation_rules[0].id).toBe(ep.escalation_rules[0].id);
    expect(put.data.escalation_policy.escalation_rules).toHaveLength(2);

    const svc = await pd.post('/services', at('/services', { service: { name: 'Payments API', escalation_policy: { id: epId, type: 'escalation_policy_reference' } } }));
    expect(svc.data.service.teams).toEqual([expect.objectContaining({ id: teamId })]);
    expect((await pd.delete('/escalation_policies', at(`/escalation_policies/${epId}`))).status).toBe(400);
    expect((await pd.delete('/teams', at(`/teams/${teamId}`))).data.error.code).toBe(6006);
    expect((await pd.delete('/services', at(`/services/${svc.data.service.id}`))).status).toBe(204);
    expect((await pd.delete('/escalation_policies', at(`/escalation_policies/${epId}`))).status).toBe(204);
    expect((await pd.delete('/teams', at(`/teams/${teamId}`))).status).toBe(204);
    expect((await pd.get('/teams', at(`/teams/${teamId}`))).status).toBe(404);
  });
});

describe('integrations, vendors and seeded directory', () => {
  it('creates a Datadog integration whose key the service then lists', async () => {
    const datadog = await pd.get('/vendors', at(`/vendors/${DATADOG_VENDOR_ID}`));
    expect(datadog.data.vendor).toMatchObject({ id: 'PAM4FGS', type: 'vendor', name: 'Datadog' });
    const epId = await createPolicy('Search EP');
    const svc = (await pd.post('/services', at('/services', { service: { name: 'Search', escalation_policy: { id: epId, type: 'escalation_policy_reference' } } }))).data.service;
    const created = await pd.post('/services', at(`/services/${svc.id}/integrations`, {
      integration: { type: 'generic_events_api_inbound_integration', name: 'Datadog', service: { id: svc.id, type: 'service_reference' }, vendor: { id: DATADOG_VENDOR_ID, type: 'vendor_reference' } },
    }));
    expect(created.status).toBe(201);
    const integration = created.data.integration;
    expect(integration.integration_key).toMatch(/^[0-9a-f]{32}$/);
    expect(integration).toMatchObject({ type: 'generic_events_api_inbound_integration', name: 'Datadog', vendor: { id: 'PAM4FGS', summary: 'Datadog' }, service: { id: svc.id } });

    const read = await pd.get('/services', at(`/services/${svc.id}/integrations/${integration.id}`));
    expect(read.data.integration.integration_key).toBe(integration.integration_key);
    const withRefs = (await pd.get('/services', at(`/services/${svc.id}`))).data.service;
    expect(withRefs.integrations).toEqual([expect.objectContaining({ id: integration.id, type: 'generic_events_api_inbound_integration_reference' })]);
    const withFull = (await pd.get('/services', at('/services', { query: 'Search', 'include[]': ['integrations'] }))).resource[0];
    expect(withFull.integrations[0].integration_key).toBe(integration.integration_key);

    const renamed = await pd.put('/services', at(`/services/${svc.id}/integrations/${integration.id}`, { integration: { name: 'Datadog (prod)' } }));
    expect(renamed.data.integration).toMatchObject({ name: 'Datadog (prod)', integration_key: integration.integration_key });
    const badVendor = await pd.post('/services', at(`/services/${svc.id}/integrations`, { integration: { type: 'events_api_v2_inbound_integration', vendor: { id: 'PXXXXXX', type: 'vendor_reference' } } }));
    expect(badVendor.data.error.errors).toEqual(['"integration.vendor.id": vendor PXXXXXX not found.', '"integration.name" is required.']);
    expect((await pd.delete('/services', at(`/services/${svc.id}/integrations/${integration.id}`))).status).toBe(204);
    expect((await pd.get('/services', at(`/services/${svc.id}/integrations/${integration.id}`))).status).toBe(404);
  });

  it('serves seeded users, two schedules and vendors; unknown routes are 404', async () => {
    const users = await pd.get('/users', at('/users'));
    expect(users.resource.length).toBeGreaterThanOrEqual(5);
    expect(users.resource.every((u: { email: string }) => u.email.endsWith('@example.com'))).toBe(true);
    const schedules = await pd.get('/schedules', at('/schedules'));
    expect(schedules.resource.map((s: { name: string }) => s.name)).toEqual(['Database Secondary', 'Platform Primary']);
    const vendors = await pd.get('/vendors', at('/vendors', { query: 'data' }));
    expect(vendors.resource.map((v: { id: string }) => v.id)).toEqual(['PAM4FGS']);
    const nowhere = await pd.get('/incidents', at('/incidents'));
    expect(nowhere.status).toBe(404);
    expect(nowhere.data.error.code).toBe(2100);
  });
});
