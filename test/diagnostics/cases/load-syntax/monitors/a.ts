import { metricAlert } from '@vigil-monitors/vigil';

export const m = metricAlert({
  id: 'web-load',
  name: 'x'
  query: 'avg(last_5m):avg:system.load.1{*} > 2',
});
