import { escalationPolicy, pagerdutyService, pagerdutyTeam, schedule, user } from '@vigil-monitors/vigil';

export const team = pagerdutyTeam({ id: 'web-team', name: 'Web', description: 'Web team.' });
export const policy = escalationPolicy({
  id: 'web-oncall', name: 'Web on-call', teams: ['web-team'], loops: 1,
  rules: [{ delayMinutes: 10, targets: [schedule('Platform Primary')] }, { delayMinutes: 20, targets: [user('ana.pereira@example.com')] }],
});
export const service = pagerdutyService({ id: 'web-high', name: 'web-high', escalationPolicy: 'web-oncall', urgency: 'high', autoResolveTimeout: null });
export const daytime = pagerdutyService({
  id: 'web-low', name: 'web-low', escalationPolicy: 'web-oncall',
  urgency: { supportHours: { timeZone: 'Europe/Lisbon', days: [5, 1, 2, 3, 4], start: '08:30', end: '17:00' }, during: 'high', outside: 'low', raiseAtStart: true },
});
