import { pagerdutyService } from '@vigil-monitors/vigil';
export const s = pagerdutyService({ id: 's', name: 's', escalationPolicy: 'PABC123', urgency: 'medium' as never });
export const t = pagerdutyService({ id: 't', name: 't', escalationPolicy: 'PABC123', urgency: { supportHours: { timeZone: 'UTC', days: [8], start: '9:00', end: '17:00' }, during: 'high', outside: 'low' } as never });
export const u = pagerdutyService({ id: 'u', name: 'u', escalationPolicy: 'PABC123', urgency: { supportHours: { timeZone: 'UTC', days: [1], start: '09:00', end: '17:00' }, during: 'medium', outside: 'low' } as never });
