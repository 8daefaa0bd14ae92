import { metricAlert } from '@vigil-monitors/vigil';

export const m = metricAlert({
  id: 'web-load', name: 'Load',
  query: 'avg(last_5m):avg:system.load.1{*} > 2',
  message: { summary: 'Load is high. '.repeat(100) },
});
