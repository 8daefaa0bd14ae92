// Reads that never break on an odd live object. The official client turns every answer into its typed models, and one
// value of an unexpected type anywhere in a list (Datadog's own integration monitors carry `"renotify_interval": "0"`)
// makes it throw for the whole list: `vigil import` listed nothing and `plan` stopped. These reads still go through
// the official client — its request factories build each request (URL, query parameters, keys) and its response
// processors turn an error status into its ApiException — but a successful answer is read as the JSON the server
// sent, which is also exactly what vigil compares.
import { MonitorsApiRequestFactory, MonitorsApiResponseProcessor } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/MonitorsApi.js';
import {
  ServiceLevelObjectivesApiRequestFactory, ServiceLevelObjectivesApiResponseProcessor,
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/ServiceLevelObjectivesApi.js';
import { MetricsApiRequestFactory, MetricsApiResponseProcessor } from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/MetricsApi.js';
import {
  ServiceLevelObjectiveCorrectionsApiRequestFactory, ServiceLevelObjectiveCorrectionsApiResponseProcessor,
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/ServiceLevelObjectiveCorrectionsApi.js';
import {
  SlackIntegrationApiRequestFactory, SlackIntegrationApiResponseProcessor,
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/SlackIntegrationApi.js';
import {
  WebhooksIntegrationApiRequestFactory, WebhooksIntegrationApiResponseProcessor,
} from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/apis/WebhooksIntegrationApi.js';
import type { client } from './official-client.ts';
import { listDowntimesRequest } from './downtime-list.ts';
import { refusedList, v2ListRequest } from './v2-list.ts';
import { isObject } from '../../compile/datadog/json.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { call } from './call.ts';

type Wire = Record<string, unknown>;

/** The official client's request builders and error readers for the endpoints vigil reads. */
export interface JsonReaders {
  monitorRequests: MonitorsApiRequestFactory;
  monitorErrors: MonitorsApiResponseProcessor;
  sloRequests: ServiceLevelObjectivesApiRequestFactory;
  sloErrors: ServiceLevelObjectivesApiResponseProcessor;
  /** `MetricsApi.queryMetrics` (`GET /api/v1/query`), for backtests (metrics.ts). */
  metricRequests: MetricsApiRequestFactory;
  metricErrors: MetricsApiResponseProcessor;
  /** SLO corrections (`/api/v1/slo/correction`), read and written as JSON (slo-corrections.ts). */
  correctionRequests: ServiceLevelObjectiveCorrectionsApiRequestFactory;
  correctionErrors: ServiceLevelObjectiveCorrectionsApiResponseProcessor;
  /** One page of `GET /api/v2/downtime`, without loading the v2 API (downtime-list.ts). */
  downtimePage(offset: number, limit: number): client.RequestContext;
  /** Slack and webhook integrations, to check `@slack-` and `@webhook-` handles (notification-targets.ts). */
  slackRequests: SlackIntegrationApiRequestFactory;
  slackErrors: SlackIntegrationApiResponseProcessor;
  webhookRequests: WebhooksIntegrationApiRequestFactory;
  webhookErrors: WebhooksIntegrationApiResponseProcessor;
  /** One page of `GET /api/v2/team`, without loading the v2 API (v2-list.ts), to check `@team-` handles. */
  teamPage(page: number, size: number): client.RequestContext;
  /**
   * One page of `GET /api/v2/monitor/notification_rule`, oldest first, without loading the v2 API (v2-list.ts): every
   * plan reads the rules, so a rule vigil owns is found even when nothing in the definitions points at it any more.
   */
  notificationRulePage(page: number, size: number): client.RequestContext;
}

export function jsonReaders(configuration: client.Configuration): JsonReaders {
  return {
    monitorRequests: new MonitorsApiRequestFactory(configuration),
    monitorErrors: new MonitorsApiResponseProcessor(),
    sloRequests: new ServiceLevelObjectivesApiRequestFactory(configuration),
    sloErrors: new ServiceLevelObjectivesApiResponseProcessor(),
    metricRequests: new MetricsApiRequestFactory(configuration),
    metricErrors: new MetricsApiResponseProcessor(),
    correctionRequests: new ServiceLevelObjectiveCorrectionsApiRequestFactory(configuration),
    correctionErrors: new ServiceLevelObjectiveCorrectionsApiResponseProcessor(),
    downtimePage: (offset, limit) => listDowntimesRequest(configuration, offset, limit),
    slackRequests: new SlackIntegrationApiRequestFactory(configuration),
    slackErrors: new SlackIntegrationApiResponseProcessor(),
    webhookRequests: new WebhooksIntegrationApiRequestFactory(configuration),
    webhookErrors: new WebhooksIntegrationApiResponseProcessor(),
    teamPage: (page, size) => v2ListRequest(configuration, 'v2.TeamsApi.listTeams', '/api/v2/team', { 'page[number]': String(page), 'page[size]': String(size) }),
    notificationRulePage: (page, size) => v2ListRequest(configuration, 'v2.MonitorsApi.getMonitorNotificationRules', '/api/v2/monitor/notification_rule',
      { page: String(page), per_page: String(size), sort: 'created_at:asc' }),
  };
}

export interface MonitorListQuery {
  monitorTags?: string;
  /** Datadog's `name` filter: monitors whose name contains this text. */
  name?: string;
  page: number;
  pageSize: number;
}

/** `GET /api/v1/monitor`: one page of monitors as the server sent them. */
export function listMonitorsJson(dd: DatadogClient, what: string, q: MonitorListQuery): Promise<Wire[]> {
  const r = dd.readers;
  return readJson(dd, what, r.monitorRequests.listMonitors(undefined, q.name, undefined, q.monitorTags, undefined, undefined, q.page, q.pageSize),
    (res) => r.monitorErrors.listMonitors(res), arrayOfObjects);
}

/** `GET /api/v1/monitor/{id}`. */
export function getMonitorJson(dd: DatadogClient, id: number): Promise<Wire> {
  const r = dd.readers;
  return readJson(dd, `read monitor ${id}`, r.monitorRequests.getMonitor(id), (res) => r.monitorErrors.getMonitor(res), object);
}

export interface SloListQuery {
  tagsQuery?: string;
  /** The SLO list's `query` filter: SLOs whose name contains this text. */
  query?: string;
  limit: number;
  offset?: number;
}

/** `GET /api/v1/slo`: one page of SLOs (the answer's `data`) as the server sent them. */
export function listSlosJson(dd: DatadogClient, what: string, q: SloListQuery): Promise<Wire[]> {
  const r = dd.readers;
  return readJson(dd, what, r.sloRequests.listSLOs(undefined, q.query, q.tagsQuery, undefined, q.limit, q.offset),
    (res) => r.sloErrors.listSLOs(res), (body) => arrayOfObjects(isObject(body) ? (body.data ?? []) : body));
}

/** `GET /api/v1/slo/{id}`: the SLO (the answer's `data`). */
export function getSloJson(dd: DatadogClient, id: string): Promise<Wire> {
  const r = dd.readers;
  return readJson(dd, `read SLO ${id}`, r.sloRequests.getSLO(id), (res) => r.sloErrors.getSLO(res),
    (body) => object(isObject(body) ? body.data : body));
}

/**
 * Sends one request through the client's transport. An error status goes to the client's own response processor,
 * which throws its ApiException (`call` words it); a success is parsed as JSON and checked for its outer shape only
 * (a 204 is handed to `shape` as undefined).
 */
export function readJson<T>(
  dd: DatadogClient, what: string, request: Promise<client.RequestContext>,
  onError: (res: client.ResponseContext) => Promise<unknown>, shape: (body: unknown) => T | undefined,
): Promise<T> {
  return call(what, async () => {
    const res = await dd.http.send(await request);
    if (res.httpStatusCode < 200 || res.httpStatusCode > 299) {
      await onError(res);
      throw new ProviderError(`Datadog refused to ${what} (HTTP ${res.httpStatusCode})`, res.httpStatusCode, false);
    }
    // An answer without a body (a cancelled downtime's 204) is accepted by the shapes that expect none.
    const empty = res.httpStatusCode === 204 ? shape(undefined) : undefined;
    if (empty !== undefined) return empty;
    const text = await res.body.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ProviderError(`could not ${what}: ${dd.baseUrl} answered HTTP ${res.httpStatusCode} with a body that is not JSON`, res.httpStatusCode, true);
    }
    const out = shape(body);
    if (out === undefined) {
      throw new ProviderError(`could not ${what}: ${dd.baseUrl} answered with JSON of an unexpected shape`, res.httpStatusCode, false);
    }
    return out;
  });
}

/** `GET /api/v1/integration/slack/configuration/accounts/{account}/channels`: the account's channels. */
export function slackChannelsJson(dd: DatadogClient, account: string): Promise<Wire[]> {
  const r = dd.readers;
  return readJson(dd, `read the channels of Slack account "${account}"`, r.slackRequests.getSlackIntegrationChannels(account),
    (res) => r.slackErrors.getSlackIntegrationChannels(res), arrayOfObjects);
}

/** `GET /api/v1/integration/webhooks/configuration/webhooks/{name}`. */
export function webhookJson(dd: DatadogClient, name: string): Promise<Wire> {
  const r = dd.readers;
  return readJson(dd, `read webhook "${name}"`, r.webhookRequests.getWebhooksIntegration(name),
    (res) => r.webhookErrors.getWebhooksIntegration(res), object);
}

/** `GET /api/v2/team`: one page of teams (the answer's `data`). */
export function listTeamsJson(dd: DatadogClient, page: number, pageSize: number): Promise<Wire[]> {
  return readJson(dd, 'list teams', Promise.resolve(dd.readers.teamPage(page, pageSize)), refusedList,
    dataList);
}

/** A JSON:API list answer's `data`, its objects only (the `shape` of a list read). */
export function dataList(body: unknown): Wire[] | undefined {
  return arrayOfObjects(isObject(body) ? body.data : undefined);
}

/** A JSON:API answer's `data` object (the `shape` of a read or write of one object). */
export function dataObject(body: unknown): Wire | undefined {
  return isObject(body) && isObject(body.data) ? body.data : undefined;
}

/** The objects of a list; anything else in it (a null, a string) is not a monitor or SLO and is left out. */
function arrayOfObjects(body: unknown): Wire[] | undefined {
  return Array.isArray(body) ? body.filter(isObject) : undefined;
}

function object(body: unknown): Wire | undefined {
  return isObject(body) ? body : undefined;
}
