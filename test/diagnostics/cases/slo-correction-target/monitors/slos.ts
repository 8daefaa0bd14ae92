import { metricSlo, sloCorrection } from '@vigil-monitors/vigil';

export const availability = metricSlo({
  id: 'web-availability', name: 'web availability', good: 'sum:web.requests{status:ok}.as_count()', total: 'sum:web.requests{*}.as_count()',
  thresholds: [{ timeframe: '30d', target: 99.9 }],
});

export const typo = sloCorrection({ id: 'web-deploy', slo: 'web-availabilty', category: 'Deployment', schedule: { start: '2026-11-28T14:00:00Z', end: '2026-11-28T15:00:00Z' } });
