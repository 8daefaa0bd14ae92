// The checkout service's monitors. Each one says who owns it (team, service), where it runs (env) and how bad it is
// when it fires (severity); monitors/routing.ts turns that into notifications, so no message names a pager by hand.
import { metric, metricAlert, query } from '{{package}}';

const owner = { team: 'shop', service: 'checkout', env: 'prod' } as const;
const where = { service: 'checkout', env: 'prod' };
const runbook = 'https://runbooks.example.com/shop/checkout';
const hits = metric('trace.http.request.hits').sum().where(where);
const errors = metric('trace.http.request.errors').sum().where(where);

export const errorRate = metricAlert({
  ...owner,
  severity: 'sev2',
  id: 'checkout-prod-error-rate',
  name: '[prod] checkout: error rate above 5%',
  runbook: `${runbook}/error-rate`,
  query: query.sum('last_5m', errors.asCount()).div(hits.asCount()).times(100).above(5),
  thresholds: { warning: 2.5 },
  message: {
    summary: 'More than 5% of checkout requests are failing.',
    impact: 'Customers cannot pay.',
    firstSteps: ['Check the most recent deploy and roll it back if it lines up', 'Open the checkout APM page and find the failing resource'],
  },
  // No traffic means no errors to count: say so, rather than leaving it to Datadog's default.
  options: { notifyNoData: false },
});

export const latency = metricAlert({
  ...owner,
  severity: 'sev3',
  id: 'checkout-prod-latency-p95',
  name: '[prod] checkout: p95 latency above 1.5s',
  runbook: `${runbook}/latency`,
  query: query.avg('last_10m', metric('trace.http.request').percentile(95).where(where)).above(1.5),
  thresholds: { warning: 1 },
  message: {
    summary: 'Checkout p95 latency is above 1.5s.',
    impact: 'Paying takes long; some customers give up.',
    firstSteps: ['Check database and payment provider latency on the service map', 'Look for a traffic spike'],
  },
  options: { notifyNoData: false, evaluationDelay: 60 },
});
