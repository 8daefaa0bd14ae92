import { metricAlert } from '@vigil-monitors/vigil';

const thresholds: Record<string, number> = {};

function required(name: string): number {
  const v = thresholds[name];
  if (v === undefined) throw new Error(`no threshold named ${name}`);
  return v;
}

export const m = metricAlert({
  id: 'web-load', name: 'x', message: 'x',
  query: `avg(last_5m):avg:system.load.1{*} > ${required('load')}`,
});
