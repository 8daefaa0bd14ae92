import { metricAlert } from '@vigil-monitors/vigil';

export function pair(service: string) {
  return {
    errors: metricAlert({ id: `${service}-errors`, name: `${service} errors`, team: 'core', service, message: 'Errors.', query: `sum(last_5m):sum:errors{service:${service}}.as_count() > 10` }),
    latency: metricAlert({ id: `${service}-latency`, name: `${service} latency`, team: 'core', service, message: 'Slow.', query: `avg(last_5m):avg:latency{service:${service}} > 1` }),
  };
}
