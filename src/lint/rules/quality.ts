// Rules in the spirit of Datadog's monitor-quality findings (`quality_issues` of the monitor search): a monitor that
// notifies nobody (`missing_at_handle`), and one on metrics Datadog's cloud integrations crawl that evaluates before
// their data has arrived (`crawler_metric_missing_eval_delay`). Datadog finds these on live monitors after the fact;
// here they are found before the monitor exists. (`broken_at_handle` and `composite_has_deleted_constituents` need
// the live organisation: the plan checks them, see plan/handles.ts and plan/composites.ts.)
import { notificationHandles } from '../../routing/handles.ts';
import type { LintRule } from '../rule.ts';

export const noRecipients: LintRule = {
  id: 'no-recipients',
  severity: 'warning',
  description: 'Every monitor notifies someone, through its own handles or the routing table (a monitor that only feeds a composite need not).',
  hint: 'add a routing rule or a routing default that matches it, or write a handle in "message.notify"',
  check: (def, ctx) => {
    const sent = typeof def.overrides?.message === 'string' ? def.overrides.message : ctx.message(def);
    if (notificationHandles(sent).length > 0) return [];
    // A composite's members are often kept quiet on purpose: the composite is the alert.
    if (ctx.composites(def).length > 0) return [];
    const why = def.routing === false ? 'it is kept out of the routing table ("routing: false")'
      : ctx.routing ? 'no routing rule matches it and the routing table has no default' : 'there is no routing table';
    return [{ message: `the monitor notifies nobody: its message names no handle, and ${why}`, path: '/message' }];
  },
};

/**
 * Metrics Datadog's cloud integrations crawl from the provider's API (`aws.`, `gcp.`, `azure.`), minutes after the
 * fact (Datadog's "Cloud Metric Delay" guide). The Lambda extension's `aws.lambda.enhanced.` metrics are sent live.
 */
const CRAWLED = /(?<![\w.])((aws|gcp|azure)\.[A-Za-z0-9_.]+)\s*\{/;
const LIVE = /^aws\.lambda\.enhanced\./;
const PROVIDERS: Readonly<Record<string, string>> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

/** Datadog's recommendation for AWS and other crawler-based metrics (monitor guide "Troubleshooting No Data"). */
export const CRAWLED_EVALUATION_DELAY = 900;

export const cloudMetricEvaluationDelay: LintRule = {
  id: 'cloud-metric-evaluation-delay',
  severity: 'warning',
  description: `Metric monitors on crawled cloud metrics (aws., gcp., azure.) delay their evaluation (Datadog recommends ${CRAWLED_EVALUATION_DELAY} s).`,
  hint: `set "options.evaluationDelay" to ${CRAWLED_EVALUATION_DELAY}: Datadog recommends at least 15 minutes for AWS and other crawler-based metrics`,
  check: (def) => {
    if (def.type !== 'metric alert' && def.type !== 'query alert') return [];
    if (def.options?.evaluationDelay) return [];
    const crawled = crawledMetric(def.query);
    if (!crawled) return [];
    return [{
      message: `the query reads ${crawled.metric}, which Datadog's ${PROVIDERS[crawled.provider]} integration crawls minutes late, `
        + 'and no evaluation delay is set: the monitor judges windows whose data has not arrived yet',
      path: '/query',
    }];
  },
};

function crawledMetric(query: string): { metric: string; provider: string } | undefined {
  for (let rest = query, m = CRAWLED.exec(rest); m; rest = rest.slice(m.index + m[0].length), m = CRAWLED.exec(rest)) {
    if (!LIVE.test(m[1]!)) return { metric: m[1]!, provider: m[2]! };
  }
  return undefined;
}
