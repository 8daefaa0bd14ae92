// Unknown props of the SLO builders, and of slo() which names the type.
import { metricSlo, slo } from '@vigil-monitors/vigil';

const props = (p: object) => p as never;

export const availability = metricSlo(props({
  id: 'web-availability', name: 'Availability', good: 'sum:ok{*}.as_count()', total: 'sum:all{*}.as_count()',
  thresholds: [{ timeframe: '30d', target: 99.9 }],
  descripton: 'Share of good requests.',
}));

export const latency = slo(props({
  type: 'monitor', id: 'web-latency', name: 'Latency', monitors: ['web-cpu'],
  thresholds: [{ timeframe: '7d', target: 99 }],
  group: ['env:prod'],
}));
