import { downtime, metricAlert } from '@vigil-monitors/vigil';

export const load = metricAlert({ id: 'web-load', name: 'web load', query: 'avg(last_5m):avg:system.load.1{*} > 10', message: 'Load is high.' });

const when = { start: '2030-01-01T00:00:00Z', end: '2030-01-01T02:00:00Z' };
export const typo = downtime({ id: 'web-deploy', monitor: 'web-lod', schedule: when });
export const both = downtime({ id: 'web-both', monitor: 'web-load', monitorTags: ['env:prod'], schedule: when });
export const neither = downtime({ id: 'web-neither', schedule: when });
// A prop the builder does not know is reported, not dropped: this window would otherwise mute every monitor.
export const misspelt = downtime({ id: 'web-misspelt', monitorTag: ['env:prod'], schedule: when } as never);
