import { metricAlert, metricSlo, monitorSlo, timeSliceSlo } from '@vigil-monitors/vigil';

const errors = metricAlert({
  id: 'api-errors', name: 'API errors', team: 'web', service: 'api', env: 'prod', severity: 'sev3',
  message: 'API errors are high.', query: 'sum(last_5m):sum:trace.http.request.errors{service:api} by {region}.as_count() > 50',
});

// good/total on 90d with Datadog's default tiers for 90d (21.6×, 10.8×, 4.5×).
export const availability = metricSlo({
  id: 'api-availability', name: 'API availability', team: 'web', service: 'api', env: 'prod',
  tags: ['Tier:Gold'],
  good: 'sum:trace.http.request.hits{service:api,!http.status_class:5xx}.as_count()',
  total: 'sum:trace.http.request.hits{service:api}.as_count()',
  thresholds: [{ timeframe: '90d', target: 99.95, warning: 99.975 }, { timeframe: '30d', target: 99.9 }],
  alerts: { errorBudget: [{ consumed: 90, severity: 'sev3' }, { consumed: 50, timeframe: '30d' }] },
});

// Count formulas, 7d, custom tiers by budget consumed (7d: 10% in 1h = 16.8×, 25% in 7h = 6×, short window given).
export const ratio = metricSlo({
  id: 'api-success-ratio', name: 'API success ratio',
  formulas: {
    queries: { hits: 'sum:trace.http.request.hits{service:api}.as_count()', errors: 'sum:trace.http.request.errors{service:api}.as_count()' },
    good: 'hits - errors', total: 'hits',
  },
  thresholds: [{ timeframe: '7d', target: 99.5 }],
  alerts: { burnRate: [{ longWindow: '1h', budgetConsumed: 10 }, { name: 'slow', longWindow: '7h', shortWindow: '35m', budgetConsumed: 25 }] },
});

// One multi-alert monitor, two groups.
export const uptime = monitorSlo({
  id: 'api-regional-uptime', name: 'API regional uptime', team: 'web',
  monitors: [errors], groups: ['region:us', 'region:eu'],
  thresholds: [{ timeframe: '30d', target: 99.5 }, { timeframe: '90d', target: 99.25 }],
  alerts: { burnRate: [{ longWindow: '1h', burnRate: 14.4, severity: 'sev1' }] },
});

// A time slice over a formula.
export const latency = timeSliceSlo({
  id: 'api-fast-responses', name: 'API responds fast', team: 'web', service: 'api',
  timeSlice: {
    queries: { slow: 'sum:trace.http.request.slow{service:api}.as_count()', hits: 'sum:trace.http.request.hits{service:api}.as_count()' },
    formula: 'slow / hits * 100', comparator: '<', threshold: 1.5, intervalSeconds: 60,
  },
  thresholds: [{ timeframe: '30d', target: 99.0 }],
  alerts: { burnRate: 'default' },
});

export { errors };
