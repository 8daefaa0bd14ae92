import { escalationPolicy, pagerdutyService, schedule } from '@vigil-monitors/vigil';

// The PagerDuty services the example routing pages: <team>-high and <team>-low for the teams that page.
export const policy = escalationPolicy({ id: 'oncall', name: 'On-call', loops: 1, rules: [{ delayMinutes: 10, targets: [schedule('Platform Primary')] }] });
export const services = ['payments', 'discovery'].flatMap((team) => ['high', 'low'].map((level) => pagerdutyService({
  id: `${team}-${level}`, name: `${team}-${level}`, escalationPolicy: 'oncall', urgency: level === 'high' ? 'high' : 'low',
})));
