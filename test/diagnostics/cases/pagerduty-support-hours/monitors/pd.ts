import { pagerdutyService } from '@vigil-monitors/vigil';

const hours = { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

export const zone = pagerdutyService({
  id: 'zone', name: 'zone', escalationPolicy: 'PABC123',
  urgency: { supportHours: { ...hours, timeZone: 'Europe/Atlantis' }, during: 'high', outside: 'low' },
});
export const backwards = pagerdutyService({
  id: 'backwards', name: 'backwards', escalationPolicy: 'PABC123',
  urgency: { supportHours: { ...hours, start: '18:00', end: '08:00' }, during: 'high', outside: 'low' },
});
export const raise = pagerdutyService({
  id: 'raise', name: 'raise', escalationPolicy: 'PABC123',
  urgency: { supportHours: hours, during: 'high', outside: 'high', raiseAtStart: true },
});
// Time zone aliases are time zones too: no finding.
export const alias = pagerdutyService({
  id: 'alias', name: 'alias', escalationPolicy: 'PABC123',
  urgency: { supportHours: { ...hours, timeZone: 'US/Eastern' }, during: 'high', outside: 'low' },
});
