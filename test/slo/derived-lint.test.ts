import { describe, expect, it } from 'vitest';
import { metricSlo } from '../../src/dsl/index.ts';
import { check } from '../../src/pipeline/check.ts';

const slo = (extra: Record<string, unknown>) => metricSlo({
  id: 'api-availability', name: 'API availability', team: 'web', service: 'api', env: 'prod',
  good: 'sum:trace.http.request.hits{service:api,!http.status_class:5xx}.as_count()',
  total: 'sum:trace.http.request.hits{service:api}.as_count()',
  thresholds: [{ timeframe: '30d', target: 99.9 }],
  ...extra,
});

describe('lint findings on the alerts derived from an SLO', () => {
  it('are reported once per SLO and rule, name the alerts, and say which SLO field to set', () => {
    const { diagnostics, derived } = check([slo({ alerts: {} })]); // Datadog's recommended tiers
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(derived.map((d) => d.id)).toEqual(['api-availability.burn-1h', 'api-availability.burn-6h', 'api-availability.burn-24h']);
    const findings = diagnostics.filter((d) => d.severity === 'warning');
    // Nothing is reported against a derived monitor's own id: the user cannot edit those.
    expect(findings.every((d) => d.id === 'api-availability')).toBe(true);
    const actionable = findings.filter((d) => d.code === 'message-actionable');
    expect(actionable).toHaveLength(1);
    expect(actionable[0]!.message).toBe('its alerts "burn-1h", "burn-6h", "burn-24h": the message does not state customer impact or first steps');
    expect(actionable[0]!.hint).toContain('"alerts.message.impact"');
    expect(findings.find((d) => d.code === 'runbook-present')?.hint).toContain('set "runbook" on the SLO');
    // vigil sets the derived alerts' options itself: a no-data finding would ask for something nobody can write.
    expect(findings.filter((d) => d.code === 'no-data-explicit')).toEqual([]);
  });

  it('go away once the SLO says what the alerts need', () => {
    const { diagnostics } = check([slo({
      runbook: 'https://runbooks.example.com/api/availability',
      alerts: { message: { impact: 'Customers see errors.', firstSteps: ['Check the last deploy'], notify: ['@pagerduty-web'] } },
    })]);
    expect(diagnostics.filter((d) => ['message-actionable', 'runbook-present'].includes(d.code))).toEqual([]);
  });
});
