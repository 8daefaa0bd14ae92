import { describe, expect, it } from 'vitest';
import { DowntimesApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/DowntimesApi.js';
import { client } from '../../src/providers/datadog/official-client.ts';
import { listDowntimesError, listDowntimesRequest } from '../../src/providers/datadog/downtime-list.ts';

const configuration = client.createConfiguration({
  baseServer: new client.BaseServerConfiguration('http://127.0.0.1:1', {}),
  authMethods: { apiKeyAuth: 'api-key', appKeyAuth: 'app-key' },
  httpConfig: { compress: false },
});

/** What a request context sends: method, URL, headers. */
const wire = (r: client.RequestContext) => ({ method: r.getHttpMethod(), url: r.getUrl(), headers: r.getHeaders() });

describe('the downtime list request built without the v2 API', () => {
  it('is the request the official client builds for DowntimesApi.listDowntimes', async () => {
    const official = await new DowntimesApiRequestFactory(configuration).listDowntimes(undefined, undefined, 200, 100);
    expect(wire(listDowntimesRequest(configuration, 200, 100))).toEqual(wire(official));
    expect(wire(official).headers).toMatchObject({ 'DD-API-KEY': 'api-key', 'DD-APPLICATION-KEY': 'app-key' });
  });

  it('turns a refusal into the client exception with the body Datadog sent', async () => {
    const refused = new client.ResponseContext(403, { 'content-type': 'application/json' }, {
      text: async () => '{"errors":["Forbidden"]}', binary: async () => Buffer.from(''),
    });
    await expect(listDowntimesError(refused)).rejects.toMatchObject({ code: 403, body: { errors: ['Forbidden'] } });
  });
});
