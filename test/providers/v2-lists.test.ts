// The v2 list reads every plan makes are built from the official client's parts instead of its v2 modules (loading
// them costs about a second: src/providers/datadog/v2-list.ts). Each must be exactly the request the client's own
// request factory builds, or a change in the client would go unnoticed until a real organisation refused it.
import { describe, expect, it } from 'vitest';
import { DowntimesApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/DowntimesApi.js';
import { MonitorsApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/MonitorsApi.js';
import { TeamsApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/TeamsApi.js';
import { client } from '../../src/providers/datadog/official-client.ts';
import { listDowntimesError, listDowntimesRequest } from '../../src/providers/datadog/downtime-list.ts';
import { jsonReaders } from '../../src/providers/datadog/json-reads.ts';

const configuration = client.createConfiguration({
  baseServer: new client.BaseServerConfiguration('http://127.0.0.1:1', {}),
  authMethods: { apiKeyAuth: 'api-key', appKeyAuth: 'app-key' },
  httpConfig: { compress: false },
});
const readers = jsonReaders(configuration);

/** What a request context sends: method, URL, headers. */
const wire = (r: client.RequestContext) => ({ method: r.getHttpMethod(), url: r.getUrl(), headers: r.getHeaders() });

describe('v2 list requests built without the v2 API', () => {
  it('downtimes: the request DowntimesApi.listDowntimes builds', async () => {
    const official = await new DowntimesApiRequestFactory(configuration).listDowntimes(undefined, undefined, 200, 100);
    expect(wire(listDowntimesRequest(configuration, 200, 100))).toEqual(wire(official));
    expect(wire(readers.downtimePage(200, 100))).toEqual(wire(official));
    expect(wire(official).headers).toMatchObject({ 'DD-API-KEY': 'api-key', 'DD-APPLICATION-KEY': 'app-key' });
  });

  it('teams: the request TeamsApi.listTeams builds', async () => {
    const official = await new TeamsApiRequestFactory(configuration).listTeams(2, 100);
    expect(wire(readers.teamPage(2, 100))).toEqual(wire(official));
    expect(wire(official).url).toContain('page%5Bnumber%5D=2');
  });

  it('notification rules: the request MonitorsApi.getMonitorNotificationRules builds', async () => {
    const official = await new MonitorsApiRequestFactory(configuration).getMonitorNotificationRules(3, 1000, 'created_at:asc');
    expect(wire(readers.notificationRulePage(3, 1000))).toEqual(wire(official));
    expect(wire(official).url).toContain('/api/v2/monitor/notification_rule?page=3&per_page=1000');
  });

  it('turns a refusal into the client exception with the body Datadog sent', async () => {
    const refused = new client.ResponseContext(403, { 'content-type': 'application/json' }, {
      text: async () => '{"errors":["Forbidden"]}', binary: async () => Buffer.from(''),
    });
    await expect(listDowntimesError(refused)).rejects.toMatchObject({ code: 403, body: { errors: ['Forbidden'] } });
  });
});
