import { client, logger, v1 } from './official-client.ts';
import { ConfigError } from '../errors.ts';
import { datadogEndpoint, type Endpoint } from '../endpoint.ts';
import { ObservedHttpLibrary, type ObservedHttpOptions } from './http.ts';
import { type JsonReaders, jsonReaders } from './json-reads.ts';
import type { NotificationRuleCalls } from './notification-rule-calls.ts';
import type { DowntimeCalls } from './downtimes-v2.ts';

export interface DatadogClient {
  monitors: v1.MonitorsApi;
  slos: v1.ServiceLevelObjectivesApi;
  pagerduty: v1.PagerDutyIntegrationApi;
  http: ObservedHttpLibrary;
  /** The client's request builders, for reads that take the answer as plain JSON (json-reads.ts). */
  readers: JsonReaders;
  /** Monitor notification rules (v2) through the official client, loaded on first use (notification-rule-calls.ts). */
  notificationRules(): Promise<NotificationRuleCalls>;
  /** Downtimes v2 through the official client, loaded on first use (see downtimes-v2.ts). */
  downtimes(): Promise<DowntimeCalls>;
  /** Where requests go, for messages (never includes keys). */
  baseUrl: string;
  /** The same, with the setting that chose it and the timeout: what messages and the plan header name. */
  endpoint: Endpoint;
}

export interface DatadogEnv {
  DD_API_KEY?: string | undefined;
  DD_APP_KEY?: string | undefined;
  DD_SITE?: string | undefined;
  VIGIL_DATADOG_URL?: string | undefined;
  VIGIL_HTTP_TIMEOUT_MS?: string | undefined;
}

/**
 * The official client, pointed at `VIGIL_DATADOG_URL` (the sandbox) or at the `DD_SITE` Datadog site, with keys from
 * the environment. Keys are passed explicitly so the client never falls back to other variables.
 */
export function createDatadogClient(env: DatadogEnv = process.env, http: ObservedHttpOptions = {}): DatadogClient {
  if (!env.DD_API_KEY || !env.DD_APP_KEY) {
    const missing = [env.DD_API_KEY ? '' : 'DD_API_KEY', env.DD_APP_KEY ? '' : 'DD_APP_KEY'].filter(Boolean).join(' and ');
    throw new ConfigError(`${missing} ${missing.includes(' and ') ? 'are' : 'is'} not set: vigil needs DD_API_KEY and DD_APP_KEY to read or change Datadog `
      + '(an API key and an application key of your organisation, from Organization Settings; for the sandbox any non-empty values work).');
  }
  logger.setLevel('silent'); // the client logs network errors itself; vigil reports them once, its own way
  const endpoint = datadogEndpoint(env, http.timeoutMs);
  const httpApi = new ObservedHttpLibrary({ ...http, endpoint });
  const baseUrl = endpoint.base;
  const configuration = client.createConfiguration({
    baseServer: new client.BaseServerConfiguration(baseUrl, {}),
    authMethods: { apiKeyAuth: env.DD_API_KEY, appKeyAuth: env.DD_APP_KEY },
    httpApi,
    httpConfig: { compress: false },
  });
  let notificationRules: Promise<NotificationRuleCalls> | undefined;
  let downtimes: Promise<DowntimeCalls> | undefined;
  return {
    monitors: new v1.MonitorsApi(configuration),
    slos: new v1.ServiceLevelObjectivesApi(configuration),
    pagerduty: new v1.PagerDutyIntegrationApi(configuration),
    http: httpApi,
    readers: jsonReaders(configuration),
    notificationRules: () => (notificationRules ??= import('./notification-rule-calls.ts').then((m) => m.notificationRuleCalls(configuration))),
    downtimes: () => (downtimes ??= import('./downtimes-v2.ts').then((m) => m.downtimeCalls(configuration))),
    baseUrl,
    endpoint,
  };
}
