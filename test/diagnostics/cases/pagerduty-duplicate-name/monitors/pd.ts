import { pagerdutyService } from '@vigil-monitors/vigil';

export const a = pagerdutyService({ id: 'web-high', name: 'Web', escalationPolicy: 'PABC123' });
export const b = pagerdutyService({ id: 'web-high-2', name: 'web', escalationPolicy: 'PABC123' });
