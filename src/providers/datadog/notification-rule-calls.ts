// The official client's monitor notification rule request builders and error readers (`MonitorsApi`, v2), loaded
// only when a plan reads or writes notification rules: the v2 modules reach the v2 ObjectSerializer, which loads every
// v2 model (about a second of start-up on a 2-core machine), so `vigil validate` and plans without notification
// rules never load this file (client.ts imports it lazily).
import { MonitorsApiRequestFactory, MonitorsApiResponseProcessor } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/MonitorsApi.js';
import { ObjectSerializer } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/ObjectSerializer.js';
import type { client } from './official-client.ts';

export interface NotificationRuleCalls {
  requests: MonitorsApiRequestFactory;
  errors: MonitorsApiResponseProcessor;
  /** A body in Datadog's JSON → the client's model of `type` (what the request builders serialize back). */
  model(body: Record<string, unknown>, type: 'MonitorNotificationRuleCreateRequest' | 'MonitorNotificationRuleUpdateRequest'): never;
}

export function notificationRuleCalls(configuration: client.Configuration): NotificationRuleCalls {
  return {
    requests: new MonitorsApiRequestFactory(configuration),
    errors: new MonitorsApiResponseProcessor(),
    model: (body, type) => ObjectSerializer.deserialize(body, type, '') as never,
  };
}
