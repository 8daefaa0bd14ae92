// The organisation's alert routing, written once by the platform team. Every monitor inherits it through its
// severity, team and env; nobody writes @pagerduty-… by hand. `vigil route test` checks the cases in CI.
import { pagerduty, routing, rule, slack, webhook } from '@vigil-monitors/vigil';

export const orgRouting = routing({
  id: 'org-routing',
  // Discovery's monitors are routed by Datadog notification rules, one per route, instead of handles in their
  // messages: the same people are notified of the same transitions (`vigil route explain` names the rule).
  teamTargets: { discovery: 'notification-rules' },
  rules: [
    // A complete outage pages the owning team at high urgency, tells the incident channel and opens a bridge.
    rule('sev1 pages the owner and the incident channel', { severity: ['sev1'] }, [
      pagerduty('{team}-high', 'high'), slack('#incidents'), slack('#{team}-alerts'), webhook('incident-bridge'),
    ]),
    rule('sev2 pages the owner', { severity: ['sev2'] }, [pagerduty('{team}-high', 'high'), slack('#{team}-alerts')]),
    rule('sev3 goes to the team channel and a low-urgency pager', { severity: ['sev3'] }, [
      pagerduty('{team}-low', 'low'), slack('#{team}-alerts'),
    ]),
    // Sev4 and Sev5 never wake anyone: chat only.
    rule('sev4 and sev5 are chat only', { severity: ['sev4', 'sev5'] }, [slack('#{team}-alerts-low')]),
  ],
  default: [slack('#alerts-unrouted')],
  // The account of Datadog's Slack integration: with it named, `vigil plan` checks every channel above exists.
  slackAccounts: ['example'],
  cases: [
    { name: 'sev2 from checkout in prod pages payments', monitor: { severity: 'sev2', team: 'payments', service: 'checkout', env: 'prod' }, expect: ['pagerduty:payments-high', 'slack:#payments-alerts'] },
    { name: 'sev1 also reaches the incident channel', monitor: { severity: 'sev1', team: 'payments', env: 'prod' }, expect: ['pagerduty:payments-high', 'slack:#incidents', 'slack:#payments-alerts', 'webhook:incident-bridge'] },
    { name: 'staging never pages', monitor: { severity: 'sev2', team: 'payments', env: 'staging' }, expect: ['slack:#payments-alerts'] },
    { name: 'sev4 is chat only', monitor: { severity: 'sev4', team: 'discovery', env: 'prod' }, expect: ['slack:#discovery-alerts-low'] },
    { name: 'no severity falls to the default', monitor: { team: 'platform', env: 'prod' }, expect: ['slack:#alerts-unrouted'] },
  ],
});
