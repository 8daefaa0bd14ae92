import { metricSlo, sloCorrection } from '@vigil-monitors/vigil';

export const availability = metricSlo({
  id: 'web-availability', name: 'web availability', team: 'web', service: 'web', env: 'prod',
  good: 'sum:web.requests{status:ok}.as_count()', total: 'sum:web.requests{*}.as_count()',
  thresholds: [{ timeframe: '30d', target: 99.9 }],
});

// One-off, in the past: the hour of a known bad deploy does not count.
export const badDeploy = sloCorrection({
  id: 'web-bad-deploy', slo: 'web-availability', category: 'Deployment', description: '  Rolled back release 2026.11.3  ',
  schedule: { start: '2026-11-28T14:00:00+01:00', end: '2026-11-28T15:00:00+01:00' },
});

// Recurring, read in Berlin time: the Sunday maintenance hour.
export const maintenance = sloCorrection({
  id: 'web-sunday-maintenance', slo: 'web-availability', category: 'Scheduled Maintenance', timeZone: 'Europe/Berlin',
  schedule: { start: '2026-01-04T03:00:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=SU', duration: '1h' },
});
