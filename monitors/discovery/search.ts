import { anomalyAlert, forecastAlert, outlierAlert } from '@vigil-monitors/vigil';
import { httpServiceMonitors } from '../kits/http-service.ts';

const runbook = 'https://runbooks.example.com/discovery/search';
const owner = { team: 'discovery', service: 'search' } as const;

export const http = [
  ...httpServiceMonitors({ ...owner, env: 'prod', runbook, severity: 'sev3', errorRatePercent: 2, p95Seconds: 0.8, minRequestsPerSecond: 5 }),
  ...httpServiceMonitors({ ...owner, env: 'staging', runbook, errorRatePercent: 10, p95Seconds: 2, minRequestsPerSecond: 0.05 }),
];

/** Query volume that leaves its usual daily shape usually means a broken client or a bot. */
export const queryVolume = anomalyAlert({
  ...owner, env: 'prod', severity: 'sev4',
  id: 'search-prod-query-volume-anomaly',
  name: '[prod] search: query volume is unusual',
  runbook: `${runbook}/query-volume`,
  metric: 'sum:search.queries{env:prod}.as_count()',
  window: 'last_4h',
  algorithm: 'agile',
  deviations: 3,
  direction: 'both',
  alertWindow: 'last_30m',
  interval: 120,
  seasonality: 'daily',
  countDefaultZero: true,
  message: {
    summary: 'Search query volume left its usual daily pattern.',
    impact: 'Usually none by itself; can be the first sign of a broken client release or scraping.',
    firstSteps: ['Compare volume by client version', 'Check the bot-protection dashboard'],
  },
  options: { onMissingData: 'show_no_data' },
});

export const indexDisk = forecastAlert({
  ...owner, env: 'prod', severity: 'sev3',
  id: 'search-prod-index-disk-forecast',
  name: '[prod] search: index disk will be full within a week',
  runbook: `${runbook}/disk`,
  metric: 'max:system.disk.in_use{env:prod,role:search-index} by {host}',
  horizon: 'next_1w',
  algorithm: 'linear',
  deviations: 1,
  model: 'default',
  history: '1w',
  comparator: '>=',
  threshold: 0.9,
  message: {
    summary: 'An index node is forecast to pass 90% disk use within a week.',
    impact: 'None yet; a full disk stops indexing and new products stop appearing in search.',
    firstSteps: ['Check index retention', 'Add a node or grow the volume'],
  },
  options: { onMissingData: 'show_no_data' },
});

export const shardLatency = outlierAlert({
  ...owner, env: 'prod', severity: 'sev4',
  id: 'search-prod-shard-latency-outlier',
  name: '[prod] search: one shard is slower than the others',
  runbook: `${runbook}/shards`,
  metric: 'avg:search.shard.query_time{env:prod} by {shard}',
  window: 'last_30m',
  algorithm: 'DBSCAN',
  tolerance: 3,
  message: {
    summary: 'One search shard answers much slower than its peers.',
    impact: 'Some queries are slow for some customers.',
    firstSteps: ['Find the shard in the alert and check its host', 'Rebalance the shard if the host is overloaded'],
  },
  options: { onMissingData: 'show_no_data' },
});
