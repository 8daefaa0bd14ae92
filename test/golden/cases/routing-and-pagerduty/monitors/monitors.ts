import { metricAlert } from '@vigil-monitors/vigil';

const base = { team: 'web', service: 'shop', runbook: 'https://runbooks.example.com/web', query: 'avg(last_5m):avg:system.load.1{service:shop} > 4', options: { onMissingData: 'show_no_data' as const } };
const message = { summary: 'Load is high.', impact: 'Pages are slow.', firstSteps: ['Scale out'] };

export const paged = metricAlert({ ...base, id: 'web-paged', name: 'Paged', env: 'prod', severity: 'sev2', tags: ['audit:yes'], message });
export const staging = metricAlert({ ...base, id: 'web-staging', name: 'Staging', env: 'staging', severity: 'sev1', message: { ...message, notify: ['@slack-web-staging'] } });
export const mailed = metricAlert({ ...base, id: 'web-mailed', name: 'Mailed', env: 'prod', severity: 'sev3', message, query: 'avg(last_5m):avg:system.load.1{service:shop} > 5' });
export const unrouted = metricAlert({ ...base, id: 'web-unrouted', name: 'Unrouted', env: 'prod', severity: 'sev5', message, query: 'avg(last_5m):avg:system.load.1{service:shop} > 6' });
