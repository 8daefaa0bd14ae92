import { api } from '@pagerduty/pdjs';
import type { APIResponse, PartialCall } from '@pagerduty/pdjs/build/src/api.js';
import { type Endpoint, pagerDutyEndpoint } from '../endpoint.ts';
import { ConfigError, isRetryableStatus } from '../errors.ts';
import { networkFailure, statusFailure } from '../failure.ts';
import { backoffDelay, IDEMPOTENT_METHODS, RETRY } from '../http/retry.ts';
import { defaultSleep } from '../http/rate-limiter.ts';

export interface PagerDutyClient {
  pd: PartialCall;
  /** Base URL without a trailing slash, e.g. https://api.pagerduty.com or the sandbox's …/api.pagerduty.com. */
  base: string;
  /** The same, with the setting that chose it and the timeout: what messages and the plan header name. */
  endpoint: Endpoint;
  stats: { requests: number };
  /** Base of the backoff between retries, in milliseconds. */
  backoffMs: number;
}

export interface PagerDutyEnv {
  PAGERDUTY_TOKEN?: string | undefined;
  VIGIL_PAGERDUTY_URL?: string | undefined;
  VIGIL_HTTP_TIMEOUT_MS?: string | undefined;
}

/**
 * The official pdjs client. pdjs always builds `https://<server>/…`, so every call passes a full `url` built from
 * the base; the base must have a path segment ending in `.com` before the resource (pdjs finds the list key that
 * way), which both api.pagerduty.com and the sandbox's `/api.pagerduty.com` mount satisfy.
 */
export function createPagerDutyClient(env: PagerDutyEnv = process.env): PagerDutyClient {
  if (!env.PAGERDUTY_TOKEN) {
    throw new ConfigError('PAGERDUTY_TOKEN is not set: the definitions manage PagerDuty objects, so vigil needs a PagerDuty REST API key '
      + '(Integrations → API Access Keys; read-only is enough for "vigil plan"; for the sandbox any non-empty value works).');
  }
  const endpoint = pagerDutyEndpoint(env);
  // retryTimeout: pdjs waits this long before retrying a 429 (its default is 20 s).
  const pd = api({ token: env.PAGERDUTY_TOKEN, retryTimeout: 2000 } as Partial<Parameters<typeof api>[0]>) as unknown as PartialCall;
  return { pd, base: endpoint.base, endpoint, stats: { requests: 0 }, backoffMs: RETRY.backoffMs };
}

type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * One request, with vigil's timeout: pdjs has none of its own (its `requestTimeout` only starts a timer that does
 * nothing and, left running after a network error, kept the process alive for 30 s), so it is switched off and an
 * AbortSignal ends a request that does not answer in time. 4xx/5xx, which pdjs resolves rather than rejects, become
 * ProviderErrors naming the request, as do network failures (../failure.ts words both).
 */
export async function pdCall(c: PagerDutyClient, method: Method, path: string, what: string, data?: object): Promise<APIResponse> {
  const url = `${c.base}${path}`;
  for (let attempt = 1; ; attempt++) {
    c.stats.requests++;
    // Idempotent requests are tried again after a network error, a 429 or a 5xx; a create never (apply looks first).
    const mayRetry = IDEMPOTENT_METHODS.has(method.toUpperCase()) && attempt < RETRY.attempts;
    const signal = AbortSignal.timeout(c.endpoint.timeoutMs);
    let res: APIResponse;
    try {
      res = await c.pd[method](path, { url, requestTimeout: 0, signal, ...(data ? { data } : {}) } as object);
    } catch (err) {
      // pdjs rejects with the response itself when an answer's body is not JSON.
      const answered = err && typeof err === 'object' && 'status' in err && typeof (err as APIResponse).status === 'number';
      const status = answered ? (err as APIResponse).status : undefined;
      if (mayRetry && isRetryableStatus(status)) {
        await pause(c, attempt);
        continue;
      }
      if (status !== undefined) throw statusFailure(c.endpoint, method, url, status, '(an answer that is not JSON)', attempt).during(what);
      throw networkFailure(c.endpoint, method, url, err, attempt, signal.aborted).during(what);
    }
    if (res.ok || res.status === 204) return res;
    if (mayRetry && isRetryableStatus(res.status)) {
      await pause(c, attempt);
      continue;
    }
    throw statusFailure(c.endpoint, method, url, res.status, res.data, attempt).during(what);
  }
}

/** Waits before retry number `attempt`. */
function pause(c: PagerDutyClient, attempt: number): Promise<void> {
  return defaultSleep(backoffDelay(attempt, c.backoffMs));
}

/** Every item of a list endpoint, 100 per page through pdjs's own paging. */
export async function pdAll<T>(c: PagerDutyClient, path: string, key: string, what: string, query: Record<string, unknown> = {}): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += 100) {
    const res = await pdCall(c, 'get', path, what, { ...query, limit: 100, offset });
    const body = res.data as Record<string, unknown> & { more?: boolean };
    out.push(...((body[key] as T[] | undefined) ?? []));
    if (!body.more) return out;
  }
}

