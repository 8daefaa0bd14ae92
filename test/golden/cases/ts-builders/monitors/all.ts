import {
  anomalyAlert, changeAlert, eventAlert, forecastAlert, logAlert, metricAlert, monitor, outlierAlert, processAlert,
  serviceCheck,
} from '@vigil-monitors/vigil';

const owner = { team: 'web', service: 'storefront', env: 'prod', severity: 'sev3' } as const;
const message = { summary: 'Summary.', impact: 'Impact.', firstSteps: ['Step one', 'Step two'] };

export const metric = metricAlert({
  ...owner, id: 'metric', name: 'Metric', runbook: 'https://runbooks.example.com/metric', message,
  query: 'avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90',
  thresholds: { warning: 80, criticalRecovery: 85 },
  options: { notifyNoData: true, noDataTimeframe: 10, renotifyInterval: 60, renotifyStatuses: ['alert', 'no data'], timeoutH: 2, evaluationDelay: 300, newGroupDelay: 60, requireFullWindow: false, includeTags: false, notifyBy: ['host'], notificationPresetName: 'hide_query', escalationMessage: 'Still broken', groupRetentionDuration: '2d' },
  priority: 1, restrictedRoles: ['b-role', 'a-role'], tags: ['tier:1'],
});
export const change = changeAlert({ ...owner, id: 'change', name: 'Change', message, window: 'last_5m', shift: 'last_1h', metric: 'sum:orders{env:prod}.as_count()', comparator: '<', threshold: -50 });
export const anomaly = anomalyAlert({ ...owner, id: 'anomaly', name: 'Anomaly', message, metric: 'avg:requests{env:prod}', window: 'last_4h', algorithm: 'robust', alertWindow: 'last_15m', seasonality: 'weekly', timezone: 'utc', interval: 60 });
export const forecast = forecastAlert({ ...owner, id: 'forecast', name: 'Forecast', message, metric: 'max:system.disk.in_use{*} by {host}', horizon: 'next_1w', algorithm: 'seasonal', seasonality: 'weekly', comparator: '>=', threshold: 0.9 });
export const outlier = outlierAlert({ ...owner, id: 'outlier', name: 'Outlier', message, metric: 'avg:latency{*} by {host}', window: 'last_30m', algorithm: 'MAD', tolerance: 3, percentage: 20 });
export const check = serviceCheck({ ...owner, id: 'check', name: 'Check', message, check: 'ntp.in_sync', by: ['host'], thresholds: { critical: 3, ok: 2 }, options: { notifyNoData: true, noDataTimeframe: 5 } });
export const logs = logAlert({ ...owner, id: 'logs', name: 'Logs', message, search: 'status:error service:web', indexes: ['main'], rollup: { method: 'avg', measure: '@duration' }, by: ['@http.url'], window: '15m', comparator: '>=', threshold: 1000000000 });
export const events = eventAlert({ ...owner, id: 'events', name: 'Events', message, search: 'source:deploy status:error', window: '1h', comparator: '>', threshold: 0 });
export const processes = processAlert({ ...owner, id: 'processes', name: 'Processes', message, search: 'nginx', by: ['host'], window: '5m', comparator: '<', threshold: 1 });
export const rum = monitor({ ...owner, id: 'rum', name: 'RUM', message, type: 'rum alert', query: 'rum("@type:error").rollup("count").by("@view.url_path").last("5m") > 10' });
