import { metricAlert, routing, rule, slack, webhook } from '@vigil-monitors/vigil';

export const table = routing({
  id: 'org-routing',
  rules: [rule('chat', { severity: ['sev3'] }, [slack('#{team}-alerts'), webhook('audit')])],
  slackAccounts: ['acme', 'acme-eu'],
});

export const cpu = metricAlert({
  id: 'web-cpu', name: 'CPU', team: 'web', env: 'prod', severity: 'sev3',
  query: 'avg(last_5m):avg:system.cpu.user{*} > 90',
  message: {
    summary: 'CPU high.',
    notify: ['@slack-acme-eu-incidnts', '@slack-ops', '@team-web-platfrom', '@webhook-audit', '@all'],
  },
});
