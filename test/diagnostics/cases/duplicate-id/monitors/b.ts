import { metricAlert } from '@vigil-monitors/vigil';

export const dup = metricAlert({
  id: 'web-errors',
  name: 'Web errors',
  query: 'avg(last_5m):avg:system.load.1{*} > 2',
  message: 'x',
});
