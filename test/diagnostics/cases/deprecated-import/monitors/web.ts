// Written before vigil was a package: the old name still loads, with a warning that says what to write instead.
import { metricAlert } from 'vigil';

export const web = metricAlert({
  id: 'web-errors',
  name: '[prod] web: errors',
  team: 'web', service: 'web', env: 'prod', severity: 'sev3',
  runbook: 'https://runbooks.example.com/web/errors',
  query: 'avg(last_5m):avg:system.load.1{service:web} > 2',
  message: { summary: 'Web errors are high.', impact: 'Pages fail to load.', firstSteps: ['Check the last deploy'] },
});
