import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '@pagerduty/pdjs';
import { executePlan } from '../../src/apply/execute.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { applyTarget } from '../../src/cli/sync.ts';
import type { CompiledState } from '../../src/compile/index.ts';
import { plan as makePlan, worldNeeds } from '../../src/plan/index.ts';
import { readWorld, type Clients } from '../../src/providers/world.ts';
import type { Sandbox } from '../../src/sandbox/server.ts';
import { root } from '../support/cases.ts';
import { createWebhook, failures, sandboxWithClient } from './support.ts';

const project = join(root, 'test', 'golden', 'cases', 'routing-and-pagerduty');
let sandbox: Sandbox | undefined;
const saved = { ...process.env };

beforeEach(() => {
  process.env.PAGERDUTY_TOKEN = 'pd-token';
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  process.env = { ...saved };
});

/** `vigil plan` for both providers: readWorld, then the same plan() the CLI calls. */
async function fullPlan(clients: Clients, edit: (desired: CompiledState) => void = () => {}) {
  const pipeline = await runPipeline({ projectDir: project, compile: true });
  expect(pipeline.errors).toBe(0);
  const desired = pipeline.compiled!;
  edit(desired);
  const world = await readWorld(clients, worldNeeds(desired, pipeline.definitions));
  const result = makePlan(desired, world, { definitions: pipeline.definitions });
  return { world, plan: result.plan!, diagnostics: result.diagnostics, pipeline };
}

describe('PagerDuty as code against the sandbox (pdjs and the Datadog client over HTTP)', () => {
  it('creates team, policy, service, Datadog integration and Datadog service object; the next plan is empty', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    await createWebhook(s.sandbox, 'audit-log'); // the routing table sends audits to it
    process.env.VIGIL_PAGERDUTY_URL = s.sandbox.pagerdutyUrl;
    const first = await fullPlan(s.clients);
    expect(first.plan.changes.filter((c) => c.kind !== 'datadog.monitor').map((c) => `${c.action} ${c.kind} ${c.id}`)).toEqual([
      'create pagerduty.team web-team',
      'create pagerduty.escalation-policy web-oncall',
      'create pagerduty.service web-high',
      'create pagerduty.service web-low',
      'create pagerduty.integration web-high.datadog-integration',
      'create pagerduty.integration web-low.datadog-integration',
      'create datadog.pagerduty-service web-high.datadog-service',
      'create datadog.pagerduty-service web-low.datadog-service',
    ]);
    const result = await executePlan(first.plan, applyTarget(s.clients, first.world), { backoffMs: 5 });
    expect(failures(result)).toEqual([]);
    // Datadog's service object carries the key of the integration vigil added, so @pagerduty-web-high reaches PagerDuty.
    const pd = api({ token: 'pd-token' });
    const svc = await pd.get('/services', { url: `${s.sandbox.pagerdutyUrl}/services/${result.remoteIds['web-high']}`, data: { 'include[]': ['integrations'] } });
    const key = svc.data.service.integrations[0].integration_key;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect([...s.sandbox.datadog.store.pagerdutyServices.values()].find((o) => o.service_name === 'web-high')).toMatchObject({ service_key: key });
    // web-low pages in working hours only: PagerDuty stores its support hours and the raise when they start.
    const low = (await pd.get('/services', { url: `${s.sandbox.pagerdutyUrl}/services/${result.remoteIds['web-low']}` })).data.service;
    expect(low.incident_urgency_rule).toEqual({
      type: 'use_support_hours', during_support_hours: { type: 'constant', urgency: 'high' }, outside_support_hours: { type: 'constant', urgency: 'low' },
    });
    expect(low.support_hours).toEqual({ type: 'fixed_time_per_day', time_zone: 'Europe/Lisbon', days_of_week: [1, 2, 3, 4, 5], start_time: '08:30:00', end_time: '17:00:00' });
    expect(low.scheduled_actions).toEqual([{ type: 'urgency_change', at: { type: 'named_time', name: 'support_hours_start' }, to_urgency: 'high' }]);
    const again = await fullPlan(s.clients);
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.summary.unchanged).toBe(first.plan.summary.create);
    // Now that Datadog's service object exists, a monitor naming @pagerduty-web-high resolves even without it managed.
    const unmanaged = await fullPlan(s.clients, (d) => {
      d.pagerduty.objects = d.pagerduty.objects.filter((o) => o.kind !== 'datadog.pagerduty-service');
    });
    expect(unmanaged.diagnostics.filter((d) => d.message.includes('@pagerduty-web-high'))).toEqual([]);
  });

  it('shows an edit made in PagerDuty as drift, and a handle to an unknown service as a plan error', async () => {
    const s = await sandboxWithClient();
    sandbox = s.sandbox;
    await createWebhook(s.sandbox, 'audit-log'); // the routing table sends audits to it
    process.env.VIGIL_PAGERDUTY_URL = s.sandbox.pagerdutyUrl;
    const first = await fullPlan(s.clients);
    await executePlan(first.plan, applyTarget(s.clients, first.world), { backoffMs: 5 });
    const id = (await fullPlan(s.clients)).plan.remoteIds['web-high'];
    const pd = api({ token: 'pd-token' });
    const res = await pd.put('/services', { url: `${s.sandbox.pagerdutyUrl}/services/${id}`, data: { service: { incident_urgency_rule: { type: 'constant', urgency: 'low' } } } });
    expect(res.status).toBe(200);
    // Someone moves the end of web-low's support hours in PagerDuty.
    const lowId = (await fullPlan(s.clients)).plan.remoteIds['web-low'];
    const hours = { type: 'fixed_time_per_day', time_zone: 'Europe/Lisbon', days_of_week: [1, 2, 3, 4, 5], start_time: '08:30:00', end_time: '19:00:00' };
    expect((await pd.put('/services', { url: `${s.sandbox.pagerdutyUrl}/services/${lowId}`, data: { service: { support_hours: hours } } })).status).toBe(200);
    const drift = await fullPlan(s.clients);
    expect(drift.plan.drift).toEqual(['web-high', 'web-low']);
    expect(drift.plan.changes).toMatchObject([
      { action: 'update', kind: 'pagerduty.service', id: 'web-high', reason: 'drift', fields: [{ path: 'incident_urgency_rule.urgency', old: 'low', new: 'high' }] },
      { action: 'update', kind: 'pagerduty.service', id: 'web-low', reason: 'drift', fields: [{ path: 'support_hours.end_time', old: '19:00:00', new: '17:00:00' }] },
    ]);
    const unknown = await fullPlan(s.clients, (d) => {
      const m = d.datadog.monitors[0]!;
      m.payload = { ...m.payload, message: `${String(m.payload.message)}\n{{#is_alert}}@pagerduty-nobody{{/is_alert}}` };
    });
    expect(unknown.plan).toBeUndefined();
    // Errors only: the case's Slack handles name no account, so the plan also warns that it did not check them.
    expect(unknown.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.id}: ${d.message}`)).toEqual([
      `plan-reference ${unknown.pipeline.compiled!.datadog.monitors[0]!.id}: @pagerduty-nobody matches no managed PagerDuty service and no Datadog PagerDuty service object`,
    ]);
  });

  it('reports escalation targets that do not exist in PagerDuty', async () => {
    const s = await sandboxWithClient({ pagerduty: { seedData: false } });
    sandbox = s.sandbox;
    await createWebhook(s.sandbox, 'audit-log');
    process.env.VIGIL_PAGERDUTY_URL = s.sandbox.pagerdutyUrl;
    const { plan, diagnostics } = await fullPlan(s.clients);
    expect(plan).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.id}: ${d.message}`)).toEqual([
      'plan-reference web-oncall: no PagerDuty schedule is named "Platform Primary"',
      'plan-reference web-oncall: no PagerDuty user has the email "ana.pereira@example.com"',
    ]);
  });
});
