// List reads of v2 endpoints that every plan may make (downtimes on every plan, teams when a `@team-` handle is used)
// must not load the official client's v2 modules: each loads the v2 ObjectSerializer and with it every v2 model,
// about 0.8 s of CPU and 40 MB on a 2-core machine. The request is built from the official client's own parts
// instead — its server table for the operation, its HTTP settings and its auth methods, exactly as its request
// factories do — and the answer is read as JSON like every other list read (json-reads.ts).
import { applySecurityAuthentication } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/configuration.js';
import { client } from './official-client.ts';

/** `GET <path>` for the v2 operation `operation` (e.g. `v2.TeamsApi.listTeams`), with these query parameters. */
export function v2ListRequest(configuration: client.Configuration, operation: string, path: string, query: Record<string, string>): client.RequestContext {
  const request = configuration.getServer(operation).makeRequestContext(path, client.HttpMethod.GET);
  request.setHeaderParam('Accept', 'application/json');
  request.setHttpConfig(configuration.httpConfig);
  if (configuration.isIaC) request.setHeaderParam('X-Datadog-Managed-By', 'iac');
  for (const [name, value] of Object.entries(query)) request.setQueryParam(name, value, '');
  applySecurityAuthentication(configuration, request, ['apiKeyAuth', 'appKeyAuth', 'AuthZ']);
  return request;
}

/** Turns a refused list into the client's ApiException with the body Datadog sent, as its response processors do. */
export async function refusedList(res: client.ResponseContext): Promise<never> {
  const text = await res.body.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the text itself is the best description
  }
  throw new client.ApiException(res.httpStatusCode, body);
}
