// End to end over real HTTP against the sandbox: PagerDuty services made through pdjs, with an escalation policy
// vigil does not manage and one it does, are imported with `vigil import` (each definition carrying
// `adopt: { pagerdutyId }`), planned as takeovers whose only field change is the description's ownership marker,
// applied, and afterwards the plan is empty and nothing else changed on any service. A service the DSL cannot
// reproduce is skipped with a warning and left alone; one a definition names without adopting it is never touched.
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api } from '@pagerduty/pdjs';
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/compile/marker.ts';
import { typecheck } from '../../src/validate/typecheck.ts';
import { root } from '../support/cases.ts';
import { runVigil } from '../support/run-vigil.ts';
import { sandboxWithClient } from '../sync/support.ts';
import { cleanedUpAfterEach } from './support.ts';

type Json = Record<string, any>;

const vigil = (args: string[], cwd: string, url: string) => runVigil(args, cwd, url);

const t = cleanedUpAfterEach();

/** pdjs against the sandbox's PagerDuty mount: every call passes a full `url` (pdjs always builds https URLs). */
function pagerDuty(base: string) {
  const pd = api({ token: 'pd-token' });
  const call = async (method: 'get' | 'post' | 'put', path: string, data?: object): Promise<Json> => {
    const res = await pd[method](path, { url: `${base}${path}`, ...(data ? { data } : {}) });
    expect(res.ok, `${method} ${path}: ${JSON.stringify(res.data)}`).toBe(true);
    return res.data as Json;
  };
  return {
    call,
    async policy(name: string, userId: string): Promise<string> {
      const body = { escalation_policy: { type: 'escalation_policy', name, escalation_rules: [{ escalation_delay_in_minutes: 15, targets: [{ id: userId, type: 'user_reference' }] }] } };
      return (await call('post', '/escalation_policies', body)).escalation_policy.id;
    },
    async service(fields: Json): Promise<string> {
      return (await call('post', '/services', { service: { type: 'service', ...fields } })).service.id;
    },
    async integration(serviceId: string, vendor: string, name: string): Promise<Json> {
      const body = { integration: { type: 'generic_events_api_inbound_integration', name, vendor: { id: vendor, type: 'vendor_reference' } } };
      return (await call('post', `/services/${serviceId}/integrations`, body)).integration;
    },
    /** The service as PagerDuty has it, with its integrations in full. */
    async read(id: string): Promise<Json> {
      return (await call('get', `/services/${id}`, { 'include[]': ['integrations'] })).service;
    },
  };
}

const ref = (id: string) => ({ id, type: 'escalation_policy_reference' });
const without = (body: Json, ...keys: string[]) => Object.fromEntries(Object.entries(body).filter(([k]) => !keys.includes(k)));

describe('vigil import, plan and apply take PagerDuty services over in place', { timeout: 90_000 }, () => {
  it('imports services, reuses an existing Datadog integration, and changes nothing but the description', async () => {
    // Datadog's PagerDuty service objects can only be read one by one: which names does vigil ask for?
    const lookups: string[] = [];
    const s = await sandboxWithClient({
      onRequest: (e) => {
        const m = /\/integration\/pagerduty\/configuration\/services\/([^/?]+)$/.exec(e.path);
        if (e.api === 'datadog' && e.method === 'GET' && m) lookups.push(decodeURIComponent(m[1]!));
      },
    });
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-pd-'));
    const pd = pagerDuty(s.sandbox.pagerdutyUrl);
    const userId = (await pd.call('get', '/users')).users[0].id as string;

    // A policy vigil manages, applied first, so an imported service on it names it by logical id.
    mkdirSync(join(project, 'monitors'));
    writeFileSync(join(project, 'monitors', 'pagerduty.ts'), `import { escalationPolicy, user } from '@vigil-monitors/vigil';

export const searchOncall = escalationPolicy({
  id: 'search-oncall',
  name: 'Search on-call',
  rules: [{ delayMinutes: 10, targets: [user('ana.pereira@example.com')] }],
});
`);
    const first = await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl);
    expect(first.code, first.stderr).toBe(0);
    const managedPolicy = (await pd.call('get', '/escalation_policies', { query: 'Search on-call' })).escalation_policies[0].id as string;

    const foreignPolicy = await pd.policy('Checkout on-call', userId);
    const checkout = await pd.service({
      name: 'checkout-api', description: 'Checkout API, paged by the checkout team.', escalation_policy: ref(foreignPolicy),
      incident_urgency_rule: { type: 'constant', urgency: 'low' }, auto_resolve_timeout: null, acknowledgement_timeout: 600,
    });
    const datadogIntegration = await pd.integration(checkout, 'PAM4FGS', 'Datadog');
    await pd.integration(checkout, 'PKAPG94', 'Sentry');
    const search = await pd.service({ name: 'search', escalation_policy: ref(managedPolicy) });
    const billing = await pd.service({
      name: 'legacy-billing', escalation_policy: ref(foreignPolicy),
      incident_urgency_rule: {
        type: 'use_support_hours', during_support_hours: { type: 'constant', urgency: 'high' }, outside_support_hours: { type: 'constant', urgency: 'low' },
      },
      support_hours: { type: 'fixed_time_per_day', time_zone: 'Europe/Lisbon', days_of_week: [1, 2, 3, 4, 5], start_time: '09:00:00', end_time: '17:00:00' },
      scheduled_actions: [{ type: 'urgency_change', at: { type: 'named_time', name: 'support_hours_start' }, to_urgency: 'high' }],
    });
    // Incidents without alerts: vigil always creates both, so taking this one over would change it.
    const legacy = await pd.service({ name: 'legacy-ledger', escalation_policy: ref(foreignPolicy), alert_creation: 'create_incidents' });
    const before = new Map<string, Json>();
    for (const id of [checkout, search, billing, legacy]) before.set(id, await pd.read(id));

    lookups.length = 0;
    const imported = await vigil(['import'], project, s.sandbox.datadogUrl);
    expect(imported.code, imported.stderr).toBe(0);
    // Only the services taken over are looked up; the skipped one (legacy-ledger) is not.
    expect(lookups.sort()).toEqual(['checkout-api', 'legacy-billing', 'search']);
    expect(imported.stderr).toBe(`warning: PagerDuty service ${legacy} "legacy-ledger": skipped: adoption would change `
      + '"alert_creation" "create_incidents" → "create_alerts_and_incidents"\n');
    expect(imported.stdout).toBe(
      'Imported 3 PagerDuty services into 1 file in monitors/imported: 3 pagerdutyService; 0 with overrides, 1 warning.\n'
      + 'Next: "vigil plan" shows one adoption per service (only vigil\'s marker is added to its description), and creates '
      + '2 Datadog integrations in PagerDuty and 3 PagerDuty service objects in Datadog so that @pagerduty-<name> reaches them; '
      + '"vigil apply" takes them over.\n');
    const file = readFileSync(join(project, 'monitors', 'imported', 'pagerduty.ts'), 'utf8');
    expect(file).toContain(`import { pagerdutyService } from '@vigil-monitors/vigil';`);
    expect(file).toContain(`// PagerDuty service ${checkout}.
// Escalation policy ${foreignPolicy} ("Checkout on-call") is not managed by vigil.
// Keeps its Datadog integration ${datadogIntegration.id}.
// The first apply creates Datadog's PagerDuty service object "checkout-api", so @pagerduty-checkout-api reaches it.
export const checkoutApi = pagerdutyService({
  id: 'checkout-api',
  name: 'checkout-api',
  description: 'Checkout API, paged by the checkout team.',
  escalationPolicy: '${foreignPolicy}',
  urgency: 'low',
  autoResolveTimeout: null,
  acknowledgementTimeout: 600,
  adopt: { pagerdutyId: '${checkout}' },
});`);
    expect(file).toContain(`export const search = pagerdutyService({
  id: 'search',
  name: 'search',
  escalationPolicy: 'search-oncall',
  adopt: { pagerdutyId: '${search}' },
});`);
    // Urgency that follows support hours, with the raise when they start.
    expect(file).toContain(`  urgency: {
    supportHours: {
      timeZone: 'Europe/Lisbon',
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
    },
    during: 'high',
    outside: 'low',
    raiseAtStart: true,
  },
  adopt: { pagerdutyId: '${billing}' },`);
    expect(file).not.toContain('legacy-ledger');
    // Typed source: it type-checks against the DSL, with the package resolved as in a user's project.
    mkdirSync(join(project, 'node_modules', '@vigil-monitors'), { recursive: true });
    symlinkSync(root, join(project, 'node_modules', '@vigil-monitors', 'vigil'), 'dir');
    expect(await typecheck(project, 'monitors')).toEqual([]);

    const planned = await vigil(['plan', '--json'], project, s.sandbox.datadogUrl);
    expect(planned.code, planned.stderr).toBe(0);
    const doc = JSON.parse(planned.stdout);
    expect(doc.summary).toEqual({ create: 5, update: 3, delete: 0, unchanged: 2 });
    expect(doc.changes.map((c: Json) => `${c.action} ${c.kind} ${c.id}${c.reason ? ` (${c.reason})` : ''}`).sort()).toEqual([
      'create datadog.pagerduty-service checkout-api.datadog-service',
      'create datadog.pagerduty-service legacy-billing.datadog-service',
      'create datadog.pagerduty-service search.datadog-service',
      'create pagerduty.integration legacy-billing.datadog-integration',
      'create pagerduty.integration search.datadog-integration',
      'update pagerduty.service checkout-api (adopt)',
      'update pagerduty.service legacy-billing (adopt)',
      'update pagerduty.service search (adopt)',
    ]);
    for (const c of doc.changes.filter((c: Json) => c.action === 'update')) {
      expect(c.fields.map((f: Json) => f.path), c.id).toEqual(['description']);
      expect(readMarker(c.fields[0].new)?.id, c.id).toBe(c.id);
    }
    expect(doc.changes.find((c: Json) => c.id === 'checkout-api')).toMatchObject({ remoteId: checkout });
    const text = await vigil(['plan'], project, s.sandbox.datadogUrl);
    expect(text.stdout).toContain('adopted: vigil takes over this existing object');

    const applied = await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl);
    expect(applied.code, applied.stderr).toBe(0);
    const after = await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl);
    expect(after.code, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 10 unchanged.');

    // Nothing but the description changed on the services; the description gained only the marker.
    for (const [id, was] of before) {
      const now = await pd.read(id);
      if (id === legacy) {
        expect(now, 'the skipped service').toEqual(was);
        continue;
      }
      expect(without(now, 'description', 'updated_at', 'integrations'), id).toEqual(without(was, 'description', 'updated_at', 'integrations'));
      expect(readMarker(now.description)?.text, id).toBe(was.description ?? '');
      expect(now.description.startsWith(was.description ?? ''), id).toBe(true);
    }
    // The checkout service keeps its two integrations, and Datadog's object uses the key it already had.
    const checkoutNow = await pd.read(checkout);
    expect(checkoutNow.integrations).toEqual(before.get(checkout)!.integrations);
    const keys = Object.fromEntries([...s.sandbox.datadog.store.pagerdutyServices.values()].map((o) => [o.service_name, o.service_key]));
    expect(keys['checkout-api']).toBe(datadogIntegration.integration_key);
    // The search service had none: it gained exactly one Datadog integration, whose key Datadog's object holds.
    const searchIntegrations = (await pd.read(search)).integrations as Json[];
    expect(searchIntegrations.map((i) => i.vendor?.id)).toEqual(['PAM4FGS']);
    expect(keys.search).toBe(searchIntegrations[0]!.integration_key);
    // Integration keys are secrets: no output names them.
    for (const run of [imported, planned, text, applied, after]) {
      expect(run.stdout + run.stderr).not.toContain(datadogIntegration.integration_key);
    }
  });

  // Many CLI runs, each a process: more time than the others get.
  it('takes over only what a definition adopts, refuses what it cannot, and re-checks a saved takeover plan', { timeout: 180_000 }, async () => {
    const s = await sandboxWithClient();
    t.sandbox = s.sandbox;
    const project = t.project = mkdtempSync(join(tmpdir(), 'vigil-adopt-pd-stale-'));
    const pd = pagerDuty(s.sandbox.pagerdutyUrl);
    const userId = (await pd.call('get', '/users')).users[0].id as string;
    const policy = await pd.policy('Payments on-call', userId);
    const id = await pd.service({ name: 'payments', escalation_policy: ref(policy), incident_urgency_rule: { type: 'constant', urgency: 'low' } });
    const before = await pd.read(id);
    const serviceCount = async () => (await pd.call('get', '/services')).services.length as number;
    const count = await serviceCount();
    mkdirSync(join(project, 'monitors'));
    const write = (props: string) => writeFileSync(join(project!, 'monitors', 'pagerduty.ts'), `import { pagerdutyService } from '@vigil-monitors/vigil';

export const payments = pagerdutyService({ id: 'payments', escalationPolicy: '${policy}', ${props} });
`);

    // Hand-written, named like the service (in another case) but without "adopt": neither plan nor apply touches it.
    write("name: 'Payments', urgency: 'low'");
    const clash = await vigil(['plan'], project, s.sandbox.datadogUrl);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`error plan-adopt payments: PagerDuty already has a service named "payments" (${id}), which vigil does not own, `
      + `so creating this one would fail: service names are unique. Hint: to take that service over, add adopt: { pagerdutyId: '${id}' } `
      + 'to the definition ("vigil import" writes it); otherwise give the definition another name\n');
    expect(clash.stderr).toContain('No plan: 1 adoption cannot happen as written.');
    expect((await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl)).code).toBe(1);
    expect(await pd.read(id)).toEqual(before);
    expect(await serviceCount()).toBe(count);

    // Adopted, but not what PagerDuty has: the urgency would change from low to high.
    write(`name: 'payments', urgency: 'high', adopt: { pagerdutyId: '${id}' }`);
    const refused = await vigil(['plan'], project, s.sandbox.datadogUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`error plan-adopt payments: adopt.pagerdutyId ${id} is the service "payments", which vigil does not own; `
      + 'taking it over would change "incident_urgency_rule.urgency" ("low" → "high").');
    expect(refused.stderr).toContain('No plan: 1 adoption cannot happen as written.');
    expect(await pd.read(id)).toEqual(before);

    write(`name: 'payments', urgency: 'low', adopt: { pagerdutyId: '${id}' }`);
    const planFile = join(project, 'plan.json');
    const saved = await vigil(['plan', '--out', planFile], project, s.sandbox.datadogUrl);
    expect(saved.code, saved.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    const takeover = plan.changes.find((c: Json) => c.id === 'payments');
    expect(takeover).toMatchObject({ action: 'update', reason: 'adopt', remoteId: id });
    expect(takeover.fields.map((f: Json) => f.path)).toEqual(['description']);

    await pd.call('put', `/services/${id}`, { service: { acknowledgement_timeout: 900 } });
    const stale = await vigil(['apply', '--plan', planFile, '--yes'], project, s.sandbox.datadogUrl);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`PagerDuty service ${id} to adopt as "payments" changed`);
    expect(readMarker((await pd.read(id)).description)).toBeUndefined();

    // Planned again against the edited service (the definition does not set the acknowledgement timeout: 900 ≠ 1800);
    // then taken over by an apply of its own, so the saved plan's takeover is stale in another way.
    write(`name: 'payments', urgency: 'low', acknowledgementTimeout: 900, adopt: { pagerdutyId: '${id}' }`);
    expect((await vigil(['plan', '--out', planFile], project, s.sandbox.datadogUrl)).code).toBe(0);
    // An integration added after the plan: the takeover would add vigil's Datadog one next to it, unseen by review.
    await pd.integration(id, 'PKAPG94', 'Sentry');
    const moved = await vigil(['apply', '--plan', planFile, '--yes'], project, s.sandbox.datadogUrl);
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain(`PagerDuty service ${id} to adopt as "payments" changed`);
    expect((await vigil(['plan', '--out', planFile], project, s.sandbox.datadogUrl)).code).toBe(0);
    const applied = await vigil(['apply', '--yes'], project, s.sandbox.datadogUrl);
    expect(applied.code, applied.stderr).toBe(0);
    expect(readMarker((await pd.read(id)).description)?.id).toBe('payments');
    const owned = await vigil(['apply', '--plan', planFile, '--yes'], project, s.sandbox.datadogUrl);
    expect(owned.code).toBe(1);
    expect(owned.stderr).toContain(`PagerDuty service ${id} to adopt as "payments" is already owned by vigil`);

    // Once vigil owns the service, "adopt" is ignored: the plan is empty with it, and with it deleted.
    const after = await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl);
    expect(after.code, after.stdout + after.stderr).toBe(0);
    write("name: 'payments', urgency: 'low', acknowledgementTimeout: 900");
    expect((await vigil(['plan', '--detailed-exitcode'], project, s.sandbox.datadogUrl)).code).toBe(0);

    // A second definition adopting the service vigil now owns is refused.
    writeFileSync(join(project, 'monitors', 'copy.ts'), `import { pagerdutyService } from '@vigil-monitors/vigil';

export const copy = pagerdutyService({ id: 'payments-copy', name: 'payments copy', escalationPolicy: '${policy}', adopt: { pagerdutyId: '${id}' } });
`);
    const twice = await vigil(['plan'], project, s.sandbox.datadogUrl);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`error plan-adopt payments-copy: adopt.pagerdutyId ${id}: that service is already managed by vigil as "payments"; `
      + 'remove "adopt" or the other definition\n');
    expect(await serviceCount()).toBe(count);
  });
});
