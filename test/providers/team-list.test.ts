import { describe, expect, it } from 'vitest';
import { TeamsApiRequestFactory } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/apis/TeamsApi.js';
import { client } from '../../src/providers/datadog/official-client.ts';
import { jsonReaders } from '../../src/providers/datadog/json-reads.ts';

const configuration = client.createConfiguration({
  baseServer: new client.BaseServerConfiguration('http://127.0.0.1:1', {}),
  authMethods: { apiKeyAuth: 'api-key', appKeyAuth: 'app-key' },
  httpConfig: { compress: false },
});

/** What a request context sends: method, URL, headers. */
const wire = (r: client.RequestContext) => ({ method: r.getHttpMethod(), url: r.getUrl(), headers: r.getHeaders() });

describe('the team list request built without the v2 API', () => {
  it('is the request the official client builds for TeamsApi.listTeams', async () => {
    const official = await new TeamsApiRequestFactory(configuration).listTeams(2, 100);
    expect(wire(jsonReaders(configuration).teamPage(2, 100))).toEqual(wire(official));
    expect(wire(official).url).toContain('page%5Bnumber%5D=2');
  });
});
