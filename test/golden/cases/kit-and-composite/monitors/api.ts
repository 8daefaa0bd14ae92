import { allOf, anyOf, compositeMonitor, not } from '@vigil-monitors/vigil';
import { pair } from './lib/kit.ts';

export const api = pair('api');
export const worker = pair('worker');

// Re-exported definitions must count once, and the composite refers by logical id.
export const all = [api.errors, api.latency];
export const down = compositeMonitor({
  id: 'api-down', name: 'API down', team: 'core', service: 'api', message: 'Down.',
  when: anyOf(allOf(api.errors, api.latency), not('worker-errors')),
});
