// The downtime list is read on every plan (a window whose definition was removed must still be found and
// cancelled), but the official client's Downtimes v2 module loads the v2 ObjectSerializer and with it every v2 model:
// about 0.8 s of CPU and 40 MB on a 2-core machine, which tripled the time of a small plan. This one request is built
// from the official client's own parts instead — its server table for the operation, its HTTP settings and its auth
// methods, exactly as its request factory does — and the answer is read as JSON like every other list read
// (json-reads.ts). Writes and single reads still go through the v2 request factory (downtimes-v2.ts), which is loaded
// only when a plan has a downtime to read by id or to write.
import { applySecurityAuthentication } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js';
import { client } from './official-client.ts';

/** `GET /api/v2/downtime` (DowntimesApi.listDowntimes): one page, cancelled windows included. */
export function listDowntimesRequest(configuration: client.Configuration, offset: number, limit: number): client.RequestContext {
  const request = configuration.getServer('v2.DowntimesApi.listDowntimes').makeRequestContext('/api/v2/downtime', client.HttpMethod.GET);
  request.setHeaderParam('Accept', 'application/json');
  request.setHttpConfig(configuration.httpConfig);
  if (configuration.isIaC) request.setHeaderParam('X-Datadog-Managed-By', 'iac');
  request.setQueryParam('page[offset]', String(offset), '');
  request.setQueryParam('page[limit]', String(limit), '');
  applySecurityAuthentication(configuration, request, ['apiKeyAuth', 'appKeyAuth', 'AuthZ']);
  return request;
}

/** Turns a refused list into the client's ApiException with the body Datadog sent, as its response processor does. */
export async function listDowntimesError(res: client.ResponseContext): Promise<never> {
  const text = await res.body.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the text itself is the best description
  }
  throw new client.ApiException(res.httpStatusCode, body);
}
