// Checkout's service level objective: the SLO in Datadog, plus the burn-rate alerts that fire when it is at risk.
import { metricSlo } from '{{package}}';

const scope = '{service:checkout,env:prod}';

/** 99.9% of checkout requests succeed over 30 days. */
export const availability = metricSlo({
  id: 'checkout-availability',
  name: '[prod] checkout availability',
  description: 'Share of checkout requests that do not fail.',
  team: 'shop', service: 'checkout', env: 'prod',
  runbook: 'https://runbooks.example.com/shop/checkout/slo',
  bad: `sum:trace.http.request.errors${scope}.as_count()`,
  total: `sum:trace.http.request.hits${scope}.as_count()`,
  thresholds: [{ timeframe: '30d', target: 99.9, warning: 99.95 }],
  alerts: {
    message: {
      impact: 'Checkout requests fail; customers cannot pay.',
      firstSteps: ['Check the most recent checkout deploy', 'Open the checkout APM page and find the failing resource'],
    },
  },
});
