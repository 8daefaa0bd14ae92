import { metricAlert } from '@vigil-monitors/vigil';

// Under PagerDuty's 1,024 characters as written; over them once routing adds its notification block, which the
// payload carries.
export const m = metricAlert({
  id: 'web-load', name: 'Load', team: 'web', severity: 'sev3',
  query: 'avg(last_5m):avg:system.load.1{*} > 2',
  message: { summary: 'Load is high. '.repeat(70) },
});
