import { metricAlert } from '@vigil-monitors/vigil';

export const ok = metricAlert({ id: 'web-ok', name: 'ok', query: 'avg(last_5m):avg:system.load.1{*} > 2', message: 'fine' });
