import { allOf, compositeMonitor, logAlert, serviceCheck } from '@vigil-monitors/vigil';
import { httpServiceMonitors } from '../kits/http-service.ts';

const runbook = 'https://runbooks.example.com/payments/checkout';

export const prod = httpServiceMonitors({
  team: 'payments', service: 'checkout', env: 'prod', runbook, severity: 'sev2',
  errorRatePercent: 5, p95Seconds: 1.5, minRequestsPerSecond: 2,
});

export const staging = httpServiceMonitors({
  team: 'payments', service: 'checkout', env: 'staging', runbook,
  errorRatePercent: 20, p95Seconds: 3, minRequestsPerSecond: 0.1,
});

/** Errors and slowness together mean checkout is effectively down: the one alert that is a Sev1. */
export const checkoutDown = compositeMonitor({
  id: 'checkout-prod-down',
  name: '[prod] checkout is down: failing and slow',
  team: 'payments', service: 'checkout', env: 'prod', severity: 'sev1',
  runbook: `${runbook}/down`,
  when: allOf('checkout-prod-error-rate', 'checkout-prod-latency-p95'),
  message: {
    summary: 'Checkout is failing and slow at the same time.',
    impact: 'Customers cannot complete purchases; revenue is lost every minute.',
    firstSteps: ['Declare an incident', 'Roll back the last checkout deploy', 'Check the payment provider status page'],
  },
});

export const declines = logAlert({
  id: 'checkout-prod-card-declines',
  name: '[prod] checkout: card declines spiking',
  team: 'payments', service: 'checkout', env: 'prod', severity: 'sev3',
  runbook: `${runbook}/declines`,
  search: 'service:checkout env:prod @payment.outcome:declined',
  window: '15m',
  by: ['@payment.provider'],
  comparator: '>',
  threshold: 200,
  message: {
    summary: 'Card declines are far above normal for one payment provider.',
    impact: 'Some customers cannot pay with their card.',
    firstSteps: ['Check which provider the alert names', 'Compare with the provider status page'],
  },
  options: { onMissingData: 'resolve', enableLogsSample: true },
});

export const providerReachable = serviceCheck({
  id: 'checkout-prod-provider-reachable',
  name: '[prod] checkout cannot reach the payment provider',
  team: 'payments', service: 'checkout', env: 'prod', severity: 'sev2',
  runbook: `${runbook}/provider`,
  check: 'http.can_connect',
  over: ['env:prod', 'service:checkout'],
  by: ['url'],
  thresholds: { critical: 3, warning: 1, ok: 2 },
  message: {
    summary: 'The HTTP check from checkout to the payment provider fails.',
    impact: 'Payments cannot be authorised.',
    firstSteps: ['Check egress and the provider status page', 'Fail over to the secondary provider'],
  },
  options: { notifyNoData: true, noDataTimeframe: 10 },
});
