import { metricAlert } from '@vigil-monitors/vigil';

// One monitor per kind of route the example routing table has: both cases hold this file unchanged, and differ only
// in the routing table's target.
const message = { summary: 'Errors are high.', impact: 'Customers see failures.', firstSteps: ['Check the last deploy'] };
const base = { runbook: 'https://runbooks.example.com/errors', message, options: { onMissingData: 'show_no_data' as const } };
const query = (service: string, env: string, limit: number) => `avg(last_5m):avg:trace.http.request.errors{service:${service},env:${env}} > ${limit}`;

export const outage = metricAlert({ ...base, id: 'checkout-prod-outage', name: 'Checkout is down', team: 'payments', service: 'checkout', env: 'prod', severity: 'sev1', query: query('checkout', 'prod', 50) });
export const errors = metricAlert({ ...base, id: 'checkout-prod-errors', name: 'Checkout errors', team: 'payments', service: 'checkout', env: 'prod', severity: 'sev2', query: query('checkout', 'prod', 5), thresholds: { warning: 2 } });
export const refunds = metricAlert({ ...base, id: 'refunds-prod-errors', name: 'Refund errors', team: 'payments', service: 'refunds', env: 'prod', severity: 'sev2', query: query('refunds', 'prod', 5) });
export const staging = metricAlert({ ...base, id: 'checkout-staging-errors', name: 'Checkout errors in staging', team: 'payments', service: 'checkout', env: 'staging', severity: 'sev2', query: query('checkout', 'staging', 5) });
export const search = metricAlert({ ...base, id: 'search-prod-errors', name: 'Search errors', team: 'discovery', service: 'search', env: 'prod', severity: 'sev3', query: query('search', 'prod', 5) });
export const slow = metricAlert({ ...base, id: 'search-prod-slow', name: 'Search is slow', team: 'discovery', service: 'search', env: 'prod', severity: 'sev4', query: 'avg(last_5m):avg:trace.http.request.duration{service:search,env:prod} > 2' });
export const unsorted = metricAlert({ ...base, id: 'kafka-prod-lag', name: 'Kafka lag', team: 'platform', service: 'kafka', env: 'prod', query: 'avg(last_5m):avg:kafka.consumer.lag{env:prod} > 1000', message: { ...message, notify: ['@slack-platform-oncall'] } });
export const own = metricAlert({ ...base, id: 'kafka-prod-disk', name: 'Kafka disk', team: 'platform', service: 'kafka', env: 'prod', severity: 'sev2', routing: false, query: 'avg(last_5m):avg:system.disk.in_use{service:kafka,env:prod} > 0.9', message: { ...message, notify: ['@slack-platform-disk'] } });
