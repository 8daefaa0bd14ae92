import { pagerduty, routing, slack } from '@vigil-monitors/vigil';

export const r = routing({
  id: 'routing',
  rules: [
    { name: 'page sev1-2', match: { severity: ['sev1', 'sev2'] }, notify: [pagerduty('{team}-high'), slack('#{team}')] },
    { name: 'chat', match: { severity: ['sev3', 'sev4', 'sev5'] }, notify: [slack('#{team}')] },
  ],
});
