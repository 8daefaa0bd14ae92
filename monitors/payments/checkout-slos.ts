// Checkout's SLOs. One declaration each: the SLO in Datadog plus the burn-rate alerts that page when it is at risk.
import { metricSlo, monitorSlo, sloCorrection } from '@vigil-monitors/vigil';

const runbook = 'https://runbooks.example.com/payments/checkout/slo';
const scope = '{service:checkout,env:prod}';

/** 99.9% of checkout requests succeed over 30 days; Datadog's recommended burn-rate tiers page and ticket. */
export const availability = metricSlo({
  id: 'checkout-availability',
  name: '[prod] checkout availability',
  description: 'Share of checkout requests that do not fail with a server error.',
  team: 'payments', service: 'checkout', env: 'prod', runbook,
  bad: `sum:trace.http.request.errors${scope}.as_count()`,
  total: `sum:trace.http.request.hits${scope}.as_count()`,
  thresholds: [{ timeframe: '30d', target: 99.9, warning: 99.95 }, { timeframe: '7d', target: 99.9 }],
  timeframe: '30d',
  alerts: {
    message: {
      impact: 'Checkout requests fail; customers cannot pay.',
      firstSteps: ['Check the most recent checkout deploy', 'Open the checkout APM page and find the failing resource'],
    },
  },
});

/**
 * The checkout API is up when neither its error-rate nor its latency monitor alerts. Tiers are written as "budget
 * spent in the window", and a ticket once three quarters of the month's budget is gone.
 */
export const uptime = monitorSlo({
  id: 'checkout-api-uptime',
  name: '[prod] checkout API uptime',
  team: 'payments', service: 'checkout', env: 'prod', runbook,
  monitors: ['checkout-prod-error-rate', 'checkout-prod-latency-p95'],
  thresholds: [{ timeframe: '30d', target: 99.5, warning: 99.75 }],
  alerts: {
    burnRate: [
      { longWindow: '1h', budgetConsumed: 5 },
      { longWindow: '6h', budgetConsumed: 10, severity: 'sev3' },
    ],
    errorBudget: [{ consumed: 75 }],
    message: {
      impact: 'The checkout API fails or is slow for customers.',
      firstSteps: ['Open the error-rate and latency monitors this SLO counts', 'Check the most recent checkout deploy'],
    },
  },
});

// The payment provider's maintenance hour, every Sunday at 02:00 Berlin time: checkout is down by announcement, and
// that time does not count against checkout availability.
export const providerMaintenance = sloCorrection({
  id: 'checkout-provider-maintenance',
  slo: 'checkout-availability',
  category: 'Scheduled Maintenance',
  description: 'Payment provider maintenance window (announced weekly).',
  timeZone: 'Europe/Berlin',
  schedule: { start: '2026-01-04T02:00:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '1h' },
});
