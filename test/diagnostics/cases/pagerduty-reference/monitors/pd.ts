import { escalationPolicy, pagerdutyService, user } from '@vigil-monitors/vigil';

export const policy = escalationPolicy({ id: 'web-oncall', name: 'Web on-call', rules: [{ delayMinutes: 10, targets: [user('a@example.com')] }], teams: ['web-tean'] });
export const service = pagerdutyService({ id: 'web-high', name: 'web-high', escalationPolicy: 'web-on-call' });
