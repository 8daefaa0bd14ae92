// Taking over PagerDuty services is pure planning: compiled definitions and PagerDuty JSON in, changes out. A service
// vigil does not own is taken over only when a definition adopts it by id and only the description's marker changes;
// a definition named like it without adopting it stops the plan.
import { describe, expect, it } from 'vitest';
import { compileEscalationPolicy, compileService, type CompiledPagerDuty } from '../../src/compile/pagerduty/payloads.ts';
import { escalationPolicy, pagerdutyService, user } from '../../src/dsl/index.ts';
import { planPagerDuty } from '../../src/plan/pagerduty.ts';
import type { RemoteObject } from '../../src/plan/remote.ts';
import type { RemotePagerDuty } from '../../src/providers/pagerduty/objects.ts';

const VERSION = '2026-01-01T00:00:00Z:0123456789abcdef';

/** An unowned service as read: what vigil would send for `fields`, without the marker, plus server fields. */
function unowned(id: string, name: string, fields: Record<string, unknown> = {}): RemoteObject {
  const body = {
    id, type: 'service', name, description: 'Payments.', escalation_policy: { id: 'PPOLICY', type: 'escalation_policy_reference' },
    incident_urgency_rule: { type: 'constant', urgency: 'high' }, auto_resolve_timeout: 14400, acknowledgement_timeout: 1800,
    alert_creation: 'create_alerts_and_incidents', status: 'active', integrations: [], ...fields,
  };
  return { logicalId: '', remoteId: id, version: VERSION, body };
}

function remote(parts: Partial<RemotePagerDuty>): RemotePagerDuty {
  return { teams: [], policies: [], services: [], integrations: [], unownedServices: [], users: {}, schedules: {}, ...parts };
}

const service = (props: Partial<Parameters<typeof pagerdutyService>[0]> = {}): CompiledPagerDuty[] =>
  compileService(pagerdutyService({
    id: 'payments', name: 'payments', description: 'Payments.', escalationPolicy: 'PPOLICY', adopt: { pagerdutyId: 'PSVC001' }, ...props,
  }));

const summary = (changes: ReturnType<typeof planPagerDuty>['changes']) => changes.map((c) => `${c.action} ${c.kind} ${c.id}${c.reason ? ` (${c.reason})` : ''}`);

describe('planPagerDuty takes over the services definitions adopt', () => {
  it('plans an update with reason adopt whose only field is the description, and creates what the service lacks', () => {
    const plan = planPagerDuty({ desired: service(), remote: remote({ unownedServices: [unowned('PSVC001', 'Payments')] }), datadogServices: new Set() });
    // A different case is still a change of name, so this one is refused.
    expect(plan.adoptionProblems).toHaveLength(1);
    expect(plan.adoptionProblems[0]).toContain('"name" ("Payments" → "payments")');

    const ok = planPagerDuty({ desired: service(), remote: remote({ unownedServices: [unowned('PSVC001', 'payments')] }), datadogServices: new Set() });
    expect(ok.adoptionProblems).toEqual([]);
    expect(summary(ok.changes)).toEqual([
      'update pagerduty.service payments (adopt)',
      'create pagerduty.integration payments.datadog-integration',
      'create datadog.pagerduty-service payments.datadog-service',
    ]);
    const [adopt] = ok.changes;
    expect(adopt).toMatchObject({ remoteId: 'PSVC001', remoteVersion: VERSION, payload: service()[0]!.payload });
    expect(adopt!.fields).toEqual([{ path: 'description', old: 'Payments.', new: expect.stringMatching(/^Payments\.\n\n\[managed by vigil\] vigil-id:payments vigil-hash:[0-9a-f]+$/) }]);
    // Apply resolves the integration's `${payments}` with the service taken over; unowned objects have no version to check.
    expect(ok.remoteIds).toEqual({ payments: 'PSVC001' });
    expect(ok.remoteVersions).toEqual({});
    expect(ok.unchanged).toBe(0);
  });

  it('keeps the Datadog integration the service has, and the Datadog service object that exists', () => {
    const integration = { id: 'PINT001', type: 'generic_events_api_inbound_integration', vendor: { id: 'PAM4FGS', type: 'vendor_reference' } };
    const other = { id: 'PINT002', type: 'generic_events_api_inbound_integration', vendor: { id: 'PKAPG94', type: 'vendor_reference' } };
    const plan = planPagerDuty({
      desired: service(), remote: remote({ unownedServices: [unowned('PSVC001', 'payments', { integrations: [other, integration] })] }),
      datadogServices: new Set(['payments']),
    });
    expect(summary(plan.changes)).toEqual(['update pagerduty.service payments (adopt)']);
    expect(plan.unchanged).toBe(2);
    expect(plan.remoteIds).toEqual({ payments: 'PSVC001', 'payments.datadog-integration': 'PINT001' });
  });

  it('resolves a managed policy by logical id before comparing, and orders the takeover after it', () => {
    const policy = compileEscalationPolicy(escalationPolicy({ id: 'payments-oncall', name: 'Payments on-call', rules: [{ delayMinutes: 5, targets: [user('PUSER01')] }] }));
    const ownedPolicy: RemoteObject = {
      logicalId: 'payments-oncall', remoteId: 'PPOLICY', version: '2026-01-01T00:00:00Z',
      body: { ...(policy.payload.escalation_policy as object), id: 'PPOLICY', escalation_rules: [{ escalation_delay_in_minutes: 5, targets: [{ id: 'PUSER01', type: 'user_reference' }] }] },
    };
    const plan = planPagerDuty({
      desired: [policy, ...service({ escalationPolicy: 'payments-oncall' })],
      remote: remote({ policies: [ownedPolicy], unownedServices: [unowned('PSVC001', 'payments')] }), datadogServices: new Set(['payments']),
    });
    expect(plan.adoptionProblems).toEqual([]);
    expect(plan.changes.find((c) => c.id === 'payments')).toMatchObject({ reason: 'adopt', dependsOn: ['payments-oncall'] });
  });

  it('refuses a takeover that would change a setting, and plans no create for it', () => {
    const plan = planPagerDuty({
      desired: service({ urgency: 'low' }),
      remote: remote({ unownedServices: [unowned('PSVC001', 'payments', { incident_urgency_rule: { type: 'use_support_hours', during_support_hours: {}, outside_support_hours: {} } })] }),
      datadogServices: new Set(),
    });
    expect(plan.adoptionProblems).toEqual([
      '"payments": adopt.pagerdutyId PSVC001 is the service "payments", which vigil does not own; taking it over would change '
        + '"incident_urgency_rule.during_support_hours" ({} → null), "incident_urgency_rule.outside_support_hours" ({} → null), '
        + '"incident_urgency_rule.type" ("use_support_hours" → "constant"), "incident_urgency_rule.urgency" (null → "low"), '
        + '"scheduled_actions" ([] → null), "support_hours" ({} → null). Hint: make the '
        + 'definition match that service ("vigil import" writes one that does), apply, then change it; or remove "adopt" and give '
        + 'the definition another name',
    ]);
    expect(plan.changes.filter((c) => c.kind === 'pagerduty.service')).toEqual([]);
  });

  it('finds the service by its id, whatever other services PagerDuty lists', () => {
    const plan = planPagerDuty({
      desired: service({ name: 'checkout', adopt: { pagerdutyId: 'PSVC002' } }),
      remote: remote({ unownedServices: [unowned('PSVC001', 'payments'), unowned('PSVC002', 'checkout'), unowned('PSVC003', 'search')] }),
      datadogServices: new Set(['checkout']),
    });
    expect(plan.adoptionProblems).toEqual([]);
    expect(plan.changes.map((c) => [c.id, c.reason, c.remoteId])).toEqual([
      ['payments', 'adopt', 'PSVC002'], ['payments.datadog-integration', undefined, undefined],
    ]);
  });

  it('never touches a service vigil does not own that a definition names without adopting it', () => {
    const plan = planPagerDuty({
      desired: service({ name: 'Payments', adopt: undefined }), remote: remote({ unownedServices: [unowned('PSVC001', 'payments')] }),
      datadogServices: new Set(),
    });
    // Compared without case, as PagerDuty does: the create would fail with "Name has already been taken".
    expect(plan.adoptionProblems).toEqual([
      '"payments": PagerDuty already has a service named "payments" (PSVC001), which vigil does not own, so creating this one '
        + 'would fail: service names are unique. Hint: to take that service over, add adopt: { pagerdutyId: \'PSVC001\' } to the '
        + 'definition ("vigil import" writes it); otherwise give the definition another name',
    ]);
    expect(plan.changes.filter((c) => c.kind === 'pagerduty.service')).toEqual([]);
    expect(plan.remoteIds).toEqual({});
  });

  it('refuses to adopt a service that does not exist, one vigil owns, or one two definitions adopt', () => {
    const [mine] = compileService(pagerdutyService({ id: 'checkout', name: 'checkout', escalationPolicy: 'PPOLICY' }));
    const owned: RemoteObject = { logicalId: 'checkout', remoteId: 'PSVC009', version: 'v', body: { ...(mine!.payload.service as object), id: 'PSVC009' } };
    const plan = planPagerDuty({
      desired: [
        mine!, ...compileService(pagerdutyService({ id: 'checkout', name: 'checkout', escalationPolicy: 'PPOLICY' })).slice(1),
        ...service({ id: 'gone', name: 'gone', adopt: { pagerdutyId: 'PGONE00' } }),
        ...service({ id: 'checkout-2', name: 'checkout', adopt: { pagerdutyId: 'PSVC009' } }),
        ...service({ id: 'a', name: 'payments' }), ...service({ id: 'b', name: 'payments-b' }),
      ],
      remote: remote({ services: [owned], unownedServices: [unowned('PSVC001', 'payments')] }), datadogServices: new Set(['checkout']),
    });
    expect(plan.adoptionProblems).toEqual([
      '"a": adopt.pagerdutyId PSVC001 is also adopted by "b"; a service can be adopted once',
      '"b": adopt.pagerdutyId PSVC001 is also adopted by "a"; a service can be adopted once',
      '"checkout-2": adopt.pagerdutyId PSVC009: that service is already managed by vigil as "checkout"; remove "adopt" or the other definition',
      '"gone": adopt.pagerdutyId PGONE00: PagerDuty has no service with that id (deleted since the import?); remove "adopt" to create it anew',
    ]);
    // None of them is planned as a create, nor as a takeover.
    expect(plan.changes.filter((c) => c.kind === 'pagerduty.service')).toEqual([]);
  });

  it('ignores "adopt" once vigil owns the service, and leaves definitions no unowned service is named like to the ordinary plan', () => {
    const [owned] = service();
    const body = { ...(owned!.payload.service as object), id: 'PSVC009' };
    const plan = planPagerDuty({
      desired: [...service(), ...compileService(pagerdutyService({ id: 'new', name: 'new', escalationPolicy: 'PPOLICY' }))],
      remote: remote({ services: [{ logicalId: 'payments', remoteId: 'PSVC009', version: 'v', body }], unownedServices: [unowned('PSVC001', 'other')] }),
      datadogServices: new Set(['payments']),
    });
    expect(plan.adoptionProblems).toEqual([]);
    expect(summary(plan.changes)).toEqual([
      'create pagerduty.integration payments.datadog-integration',
      'create pagerduty.service new',
      'create pagerduty.integration new.datadog-integration',
      'create datadog.pagerduty-service new.datadog-service',
    ]);
  });

  it('stops a plan that renames an owned service to the name of one vigil does not own', () => {
    const [owned] = service({ name: 'payments' });
    const body = { ...(owned!.payload.service as object), id: 'PSVC009' };
    const plan = planPagerDuty({
      desired: service({ name: 'Billing' }),
      remote: remote({ services: [{ logicalId: 'payments', remoteId: 'PSVC009', version: 'v', body }], unownedServices: [unowned('PSVC001', 'billing')] }),
      datadogServices: new Set(['payments']),
    });
    expect(plan.adoptionProblems).toEqual([
      '"payments": renaming the service "payments" to "Billing" would clash with the service PSVC001 of that name, which vigil '
        + 'does not own: service names are unique. Hint: choose another name',
    ]);
  });
});

