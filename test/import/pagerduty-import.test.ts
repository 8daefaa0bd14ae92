// PagerDuty service JSON → pagerdutyService() source: props with the defaults left out, policies by logical id or
// PagerDuty id, notes for reviewers, and every service the DSL cannot reproduce skipped with its reason.
import { describe, expect, it } from 'vitest';
import { importDatadog, type PagerDutyImportContext, type WireService } from '../../src/import/index.ts';

/** A service as PagerDuty returns it with `include[]=integrations`: server defaults unless `fields` says otherwise. */
function wire(id: string, name: string, fields: Record<string, unknown> = {}): WireService {
  return {
    id, type: 'service', summary: name, name, description: null, status: 'active', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
    escalation_policy: { id: 'PPOLICY', type: 'escalation_policy_reference', summary: 'Payments on-call' },
    incident_urgency_rule: { type: 'constant', urgency: 'high' }, auto_resolve_timeout: 14400, acknowledgement_timeout: 1800,
    alert_creation: 'create_alerts_and_incidents', support_hours: null, scheduled_actions: [], teams: [], integrations: [],
    ...fields,
  };
}

const datadog = (id: string) => ({ id, type: 'generic_events_api_inbound_integration', vendor: { id: 'PAM4FGS', type: 'vendor_reference' }, integration_key: 'secret' });

function services(list: WireService[], pagerduty: PagerDutyImportContext = {}) {
  return importDatadog({ monitors: [], slos: [], services: list }, { pagerduty });
}

describe('vigil import: PagerDuty services', () => {
  it('writes pagerdutyService() in pagerduty.ts, in logical-id order, leaving out what compile fills in', () => {
    const result = services([
      wire('PSVC002', 'Payments API', {
        description: 'Payments, card and wallet.', incident_urgency_rule: { type: 'constant', urgency: 'severity_based' },
        auto_resolve_timeout: null, acknowledgement_timeout: 600, integrations: [datadog('PINT001')],
      }),
      wire('PSVC001', 'search'),
    ], { datadogServices: new Set(['Payments API']) });
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => [f.path, f.ids])).toEqual([['pagerduty.ts', ['payments-api', 'search']]]);
    expect(result.services).toEqual([
      { id: 'search', pagerdutyId: 'PSVC001', file: 'pagerduty.ts', builder: 'pagerdutyService', addsIntegration: true, addsDatadogService: true },
      { id: 'payments-api', pagerdutyId: 'PSVC002', file: 'pagerduty.ts', builder: 'pagerdutyService', addsIntegration: false, addsDatadogService: false },
    ]);
    const text = result.files[0]!.text;
    expect(text).toMatch(/^\/\/ Imported from PagerDuty by "vigil import"\. Each definition adopts the service it came from \("adopt"\)/);
    expect(text).not.toContain('Imported from Datadog');
    expect(text).toContain(`import { pagerdutyService } from '@vigil-monitors/vigil';

// PagerDuty service PSVC002.
// Escalation policy PPOLICY ("Payments on-call") is not managed by vigil.
// Keeps its Datadog integration PINT001.
export const paymentsApi = pagerdutyService({
  id: 'payments-api',
  name: 'Payments API',
  description: 'Payments, card and wallet.',
  escalationPolicy: 'PPOLICY',
  urgency: 'severity_based',
  autoResolveTimeout: null,
  acknowledgementTimeout: 600,
  adopt: { pagerdutyId: 'PSVC002' },
});

// PagerDuty service PSVC001.
// Escalation policy PPOLICY ("Payments on-call") is not managed by vigil.
// The first apply adds a Datadog integration to it: it has none.
// The first apply creates Datadog's PagerDuty service object "search", so @pagerduty-search reaches it.
export const search = pagerdutyService({
  id: 'search',
  name: 'search',
  escalationPolicy: 'PPOLICY',
  adopt: { pagerdutyId: 'PSVC001' },
});
`);
    // Deterministic whatever the order PagerDuty listed them in.
    expect(services([wire('PSVC001', 'search'), wire('PSVC002', 'x')])).toEqual(services([wire('PSVC002', 'x'), wire('PSVC001', 'search')]));
  });

  it('names a policy vigil manages by its logical id, and keeps logical ids unique across monitors and services', () => {
    const result = importDatadog({
      monitors: [{ id: 5, name: 'Payments', type: 'query alert', query: 'avg(last_5m):avg:payments.errors{*} > 5', message: 'x',
        options: { include_tags: true, new_host_delay: 300, notify_audit: false, notify_no_data: false, silenced: {}, thresholds: { critical: 5 } } }],
      slos: [], services: [wire('PSVC001', 'payments')],
    }, { reserved: ['payments-oncall'], pagerduty: { policies: new Map([['PPOLICY', 'payments-oncall']]) } });
    expect(result.problems).toEqual([]);
    expect(result.monitors.map((m) => m.id)).toEqual(['payments']);
    expect(result.services.map((s) => s.id)).toEqual(['payments-2']);
    const text = result.files.find((f) => f.path === 'pagerduty.ts')!.text;
    expect(text).toContain("  escalationPolicy: 'payments-oncall',\n");
    expect(text).not.toContain('is not managed by vigil');
  });

  it('writes urgency that follows support hours, with the raise when they start', () => {
    const result = services([
      wire('PSVC001', 'billing', {
        incident_urgency_rule: { type: 'use_support_hours', during_support_hours: { type: 'constant', urgency: 'high' }, outside_support_hours: { type: 'constant', urgency: 'low' } },
        support_hours: { type: 'fixed_time_per_day', time_zone: 'Europe/Lisbon', days_of_week: [5, 1, 2, 3, 4], start_time: '09:00:00', end_time: '17:30:00' },
        scheduled_actions: [{ type: 'urgency_change', at: { type: 'named_time', name: 'support_hours_start' }, to_urgency: 'high' }],
      }),
      wire('PSVC002', 'odd-hours', {
        incident_urgency_rule: { type: 'use_support_hours', during_support_hours: { type: 'constant', urgency: 'high' }, outside_support_hours: { type: 'constant', urgency: 'low' } },
        support_hours: { type: 'fixed_time_per_day', time_zone: 'Europe/Lisbon', days_of_week: [1], start_time: '09:00:30', end_time: '17:00:00' },
      }),
    ]);
    expect(result.services.map((s) => s.id)).toEqual(['billing']);
    const text = result.files.find((f) => f.path === 'pagerduty.ts')!.text;
    expect(text).toContain(`  urgency: {
    supportHours: {
      timeZone: 'Europe/Lisbon',
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:30',
    },
    during: 'high',
    outside: 'low',
    raiseAtStart: true,
  },
  adopt: { pagerdutyId: 'PSVC001' },`);
    expect(result.problems).toEqual([expect.stringMatching(/^PagerDuty service PSVC002 "odd-hours": skipped: its support hours are not fixed hours on whole minutes/)]);
  });

  it('skips, with the reason, every service whose takeover would change more than the description', () => {
    const result = services([
      wire('PSVC001', 'support-hours', {
        incident_urgency_rule: { type: 'use_support_hours', during_support_hours: { type: 'constant', urgency: 'high' }, outside_support_hours: { type: 'constant', urgency: 'low' } },
      }),
      wire('PSVC002', 'incidents-only', { alert_creation: 'create_incidents' }),
      wire('PSVC003', 'padded', { description: 'Padded description.\n' }),
      wire('PSVC004', 'instant', { auto_resolve_timeout: 0 }),
      wire('PSVC005', 'Checkout'),
      wire('PSVC006', 'no-policy', { escalation_policy: null }),
      wire('PSVC007', 'odd-policy', { escalation_policy: { id: 'policy-1', type: 'escalation_policy_reference' } }),
      wire('PSVC08', 'odd-id'),
    ], { services: new Map([['checkout', 'checkout-pd']]) });
    expect(result.files).toEqual([]);
    expect(result.services).toEqual([]);
    expect(result.problems).toEqual([
      'PagerDuty service PSVC001 "support-hours": skipped: its support hours are not fixed hours on whole minutes with a '
        + 'constant urgency on either side, which is what vigil can write. Hint: keep managing this service in PagerDuty',
      'PagerDuty service PSVC002 "incidents-only": skipped: adoption would change "alert_creation" "create_incidents" → "create_alerts_and_incidents"',
      'PagerDuty service PSVC003 "padded": skipped: adoption would change "description" "Padded description.\\n" → "Padded description."',
      'PagerDuty service PSVC004 "instant": skipped: vigil rejects it: "autoResolveTimeout" must be at least 1 (got number 0)',
      'PagerDuty service PSVC005 "Checkout": skipped: the definitions already have a service of that name ("checkout-pd"), '
        + "which takes this one over only with adopt: { pagerdutyId: 'PSVC005' }",
      'PagerDuty service PSVC006 "no-policy": skipped: it has no escalation policy',
      'PagerDuty service PSVC007 "odd-policy": skipped: its escalation policy id "policy-1" is not "P" and 6 letters or digits, '
        + 'the form vigil names a policy it does not manage by',
      // "adopt" names the service by an id of the form PagerDuty gives: one vigil cannot write is not imported.
      'PagerDuty service PSVC08 "odd-id": skipped: vigil rejects it: "adopt.pagerdutyId" does not have the expected form (got string "PSVC08")',
    ]);
  });

  it('warns when Datadog already has a service object for a service without a Datadog integration', () => {
    const result = services([wire('PSVC001', 'search', { integrations: [{ id: 'PINT009', vendor: { id: 'PKAPG94' } }] })], { datadogServices: new Set(['search']) });
    expect(result.services).toMatchObject([{ id: 'search', addsIntegration: true, addsDatadogService: false }]);
    expect(result.problems).toEqual([
      'search (PagerDuty PSVC001): Datadog already has a PagerDuty service object "search", but the service has no Datadog '
        + 'integration: adoption adds one, and that object keeps the integration key it has. Hint: check which integration '
        + 'the key belongs to; "vigil apply" does not re-key it',
    ]);
    expect(result.files[0]!.text).not.toContain("creates Datadog's PagerDuty service object");
  });
});
