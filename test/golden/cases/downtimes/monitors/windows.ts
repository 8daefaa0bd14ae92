import { downtime, metricAlert, outsideWorkingHours } from '@vigil-monitors/vigil';

export const load = metricAlert({
  id: 'web-load', name: 'web load high', team: 'web', service: 'web', env: 'prod', severity: 'sev3', runbook: 'https://runbooks.example.com/web/load',
  query: 'avg(last_5m):avg:system.load.1{env:prod} > 10',
  message: { summary: 'Load is high.', impact: 'Requests slow down.', firstSteps: ['Check the hosts'] },
});

// One-off, by logical id, scoped to one host, notified when cancelled too.
export const migration = downtime({
  id: 'web-migration',
  monitor: 'web-load',
  scope: 'host:web-1',
  message: '  Database migration on web-1  ',
  schedule: { start: '2030-03-01T22:00:00+01:00', end: '2030-03-02T02:00:00+01:00' },
  notifyEndTypes: ['expired', 'canceled'],
  muteFirstRecoveryNotification: true,
});

export const quiet = outsideWorkingHours({ id: 'staging-quiet', monitorTags: ['team:web', 'env:staging'], timeZone: 'America/New_York', from: '09:00', to: '17:30' });
