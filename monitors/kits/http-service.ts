// A kit: one plain function that returns the standard monitors of an HTTP service — traffic, errors, latency.
// Teams call it once per service and environment; nothing here is special to vigil beyond the builders.
import { metric, metricAlert, query, type Severity } from '@vigil-monitors/vigil';

export interface HttpServiceKit {
  team: string;
  service: string;
  env: 'prod' | 'staging';
  /** Runbook base URL; each monitor links its own page under it. */
  runbook: string;
  /** Error rate (percent of requests) that should wake someone up. */
  errorRatePercent: number;
  /** p95 latency in seconds that customers notice. */
  p95Seconds: number;
  /** Requests per second below which traffic has stopped arriving. */
  minRequestsPerSecond: number;
  /** Severity of the error and latency alerts in prod; staging is always sev4. */
  severity?: Severity;
}

/** Returns `<service>-<env>-error-rate`, `-latency-p95` and `-traffic-drop`. */
export function httpServiceMonitors(kit: HttpServiceKit) {
  const { team, service, env, runbook } = kit;
  const severity: Severity = env === 'prod' ? (kit.severity ?? 'sev2') : 'sev4';
  const where = { service, env };
  const hits = metric('trace.http.request.hits').sum().where(where);
  const errors = metric('trace.http.request.errors').sum().where(where);
  const common = { team, service, env, severity };
  return [
    metricAlert({
      ...common,
      id: `${service}-${env}-error-rate`,
      name: `[${env}] ${service}: error rate above ${kit.errorRatePercent}%`,
      runbook: `${runbook}/error-rate`,
      query: query.sum('last_5m', errors.asCount()).div(hits.asCount()).times(100).above(kit.errorRatePercent),
      thresholds: { warning: kit.errorRatePercent / 2, criticalRecovery: kit.errorRatePercent * 0.8 },
      message: {
        summary: `More than ${kit.errorRatePercent}% of ${service} requests are failing in ${env}.`,
        impact: `Requests to ${service} fail; customers see errors.`,
        firstSteps: ['Check the most recent deploy and roll it back if it lines up', `Open the ${service} APM page and find the failing resource`],
      },
      options: { notifyNoData: false, requireFullWindow: false, renotifyInterval: 30, renotifyStatuses: ['alert'] },
    }),
    metricAlert({
      ...common,
      id: `${service}-${env}-latency-p95`,
      name: `[${env}] ${service}: p95 latency above ${kit.p95Seconds}s`,
      runbook: `${runbook}/latency`,
      query: query.avg('last_10m', metric('trace.http.request').percentile(95).where(where)).above(kit.p95Seconds),
      thresholds: { warning: Number((kit.p95Seconds * 0.75).toFixed(3)) },
      message: {
        summary: `${service} p95 latency is above ${kit.p95Seconds}s in ${env}.`,
        impact: 'Pages load slowly; some clients time out.',
        firstSteps: ['Check database and downstream latency on the service map', 'Look for a traffic spike or a noisy neighbour'],
      },
      options: { notifyNoData: false, evaluationDelay: 60 },
    }),
    metricAlert({
      ...common,
      severity: env === 'prod' ? 'sev3' : 'sev5',
      id: `${service}-${env}-traffic-drop`,
      name: `[${env}] ${service}: traffic stopped`,
      runbook: `${runbook}/traffic`,
      query: query.sum('last_15m', hits.asRate()).below(kit.minRequestsPerSecond),
      message: {
        summary: `${service} receives fewer than ${kit.minRequestsPerSecond} requests per second in ${env}.`,
        impact: 'Traffic is not reaching the service: a routing, DNS or load balancer problem upstream.',
        firstSteps: ['Check the load balancer and ingress health', 'Check DNS for the service hostname'],
      },
      options: { onMissingData: 'show_and_notify_no_data' },
    }),
  ];
}
