// PagerDuty as code: the shop team, its on-call policy and two services. `shop-high` pages at once, `shop-low` in
// working hours only; the routing in monitors/routing.ts names them. vigil also connects each service to Datadog,
// so `@pagerduty-shop-high` works in monitor messages.
//
// The people and schedules below are referenced, not created: replace them with your own (the example addresses
// are ones `npx vigil demo`'s sandbox knows).
import { escalationPolicy, pagerdutyService, pagerdutyTeam, schedule, user } from '{{package}}';

export const team = pagerdutyTeam({ id: 'shop-team', name: 'Shop', description: 'The shop engineering team.' });

export const onCall = escalationPolicy({
  id: 'shop-oncall',
  name: 'Shop on-call',
  description: 'Pages the shop on-call, then the SRE lead.',
  rules: [
    { delayMinutes: 15, targets: [schedule('Platform Primary')] },
    { delayMinutes: 30, targets: [user('ana.pereira@example.com')] },
  ],
  teams: ['shop-team'],
});

export const high = pagerdutyService({
  id: 'shop-high', name: 'shop-high', description: 'Shop: pages immediately.', escalationPolicy: 'shop-oncall', urgency: 'high',
});

export const low = pagerdutyService({
  id: 'shop-low', name: 'shop-low', description: 'Shop: pages in working hours only.', escalationPolicy: 'shop-oncall',
  urgency: {
    supportHours: { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    during: 'high', outside: 'low', raiseAtStart: true,
  },
});
