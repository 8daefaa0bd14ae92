// Where alerts go, written once: every monitor is routed by its severity, team and env. `npx vigil route test`
// checks the cases below; `npx vigil route explain <monitor id>` shows where one monitor's alerts go.
import { pagerduty, routing, rule, slack } from '{{package}}';

export const orgRouting = routing({
  id: 'routing',
  rules: [
    // Sev1 and Sev2 page the owning team at once; outside prod nothing pages (the rules match env prod only).
    rule('sev1 and sev2 in prod page the owner', { severity: ['sev1', 'sev2'], env: ['prod'] }, [
      pagerduty('{team}-high', 'high'), slack('#{team}-alerts'),
    ]),
    rule('sev3 in prod waits for working hours', { severity: ['sev3'], env: ['prod'] }, [
      pagerduty('{team}-low', 'low'), slack('#{team}-alerts'),
    ]),
    // Everything else is chat only: Sev4 and Sev5 never wake anyone.
    rule('the rest is chat only', {}, [slack('#{team}-alerts')]),
  ],
  default: [slack('#alerts-unrouted')],
  // The account name of your Datadog Slack integration (its tile lists it; the sandbox's is "example"): with it,
  // `npx vigil plan` checks that every channel above exists before anything is applied.
  slackAccounts: ['example'],
  cases: [
    { name: 'sev2 in prod pages the shop team', monitor: { severity: 'sev2', team: 'shop', env: 'prod' }, expect: ['pagerduty:shop-high', 'slack:#shop-alerts'] },
    { name: 'sev3 in prod goes to the working-hours service', monitor: { severity: 'sev3', team: 'shop', env: 'prod' }, expect: ['pagerduty:shop-low', 'slack:#shop-alerts'] },
    { name: 'staging never pages', monitor: { severity: 'sev1', team: 'shop', env: 'staging' }, expect: ['slack:#shop-alerts'] },
    { name: 'sev4 is chat only', monitor: { severity: 'sev4', team: 'shop', env: 'prod' }, expect: ['slack:#shop-alerts'] },
  ],
});
