import { describe, expect, it } from 'vitest';
import { MonitorsApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/MonitorsApi.js';
import { client } from '../../src/providers/datadog/official-client.ts';
import { jsonReaders } from '../../src/providers/datadog/json-reads.ts';

const configuration = client.createConfiguration({
  baseServer: new client.BaseServerConfiguration('http://127.0.0.1:1', {}),
  authMethods: { apiKeyAuth: 'api-key', appKeyAuth: 'app-key' },
  httpConfig: { compress: false },
});

/** What a request context sends: method, URL, headers. */
const wire = (r: client.RequestContext) => ({ method: r.getHttpMethod(), url: r.getUrl(), headers: r.getHeaders() });

describe('the notification rule list request built without the v2 API', () => {
  it('is the request the official client builds for MonitorsApi.getMonitorNotificationRules', async () => {
    const official = await new MonitorsApiRequestFactory(configuration).getMonitorNotificationRules(3, 1000, 'created_at:asc');
    expect(wire(jsonReaders(configuration).notificationRulePage(3, 1000))).toEqual(wire(official));
    expect(wire(official).url).toContain('/api/v2/monitor/notification_rule?page=3&per_page=1000');
  });
});
