import { pagerdutyService } from '@vigil-monitors/vigil';

export const a = pagerdutyService({ id: 'web-high', name: 'web-high', escalationPolicy: 'PABC123', adopt: { pagerdutyId: 'pabc123' } });
// A monitor's marker copied onto a service: PagerDuty ids are not Datadog ids.
export const b = pagerdutyService({ id: 'web-low', name: 'web-low', escalationPolicy: 'PABC123', adopt: { datadogId: 12345 } as never });
