import { email, pagerduty, routing, rule, slack, webhook } from '@vigil-monitors/vigil';

export const r = routing({
  id: 'routing',
  rules: [
    rule('audit', { tags: ['audit:yes'] }, [webhook('audit-log')], { continue: true }),
    rule('page', { severity: ['sev1', 'sev2'] }, [pagerduty('{team}-high', 'high'), slack('#{team}')]),
    rule('mail', { severity: ['sev3'] }, [email('{team}@example.com')]),
  ],
  default: [slack('#unrouted')],
});
