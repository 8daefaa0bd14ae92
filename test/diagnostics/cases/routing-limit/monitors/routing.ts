import { metricAlert, routing, rule, slack } from '@vigil-monitors/vigil';

// 51 channels on one route: more recipients than one Datadog notification rule takes.
const channels = Array.from({ length: 51 }, (_, i) => slack(`#{team}-${i + 1}`));

export const r = routing({
  id: 'routing',
  target: 'notification-rules',
  rules: [
    rule('everyone hears about sev1', { severity: ['sev1'] },
      channels),
  ],
  default: [slack('#unrouted')],
});

export const loud = metricAlert({
  id: 'web-outage', name: 'Web is down', team: 'web', service: 'web', env: 'prod', severity: 'sev1',
  runbook: 'https://runbooks.example.com/web', query: 'avg(last_5m):avg:system.load.1{service:web} > 4',
  message: { summary: 'Web is down.', impact: 'Nobody can shop.', firstSteps: ['Roll back'] },
});
