// The official client's Downtimes v2 request builders and error readers, loaded only when a plan has downtimes. The
// v2 API's modules reach the v2 ObjectSerializer, which loads every v2 model (about 1 s of start-up on a 2-core
// machine): `vigil validate`, and plans without downtimes, never load this file (client.ts imports it lazily).
import { DowntimesApiRequestFactory, DowntimesApiResponseProcessor } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/DowntimesApi.js';
import { ObjectSerializer } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/ObjectSerializer.js';
import type { client } from './official-client.ts';

export interface DowntimeCalls {
  requests: DowntimesApiRequestFactory;
  errors: DowntimesApiResponseProcessor;
  /** A body in Datadog's JSON → the client's model of `type` (what the request builders serialize back). */
  model(body: Record<string, unknown>, type: 'DowntimeCreateRequest' | 'DowntimeUpdateRequest'): never;
}

export function downtimeCalls(configuration: client.Configuration): DowntimeCalls {
  return {
    requests: new DowntimesApiRequestFactory(configuration),
    errors: new DowntimesApiResponseProcessor(),
    model: (body, type) => ObjectSerializer.deserialize(body, type, '') as never,
  };
}
