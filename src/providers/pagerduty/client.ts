import { api } from '@pagerduty/pdjs';
import type { APIResponse, PartialCall } from '@pagerduty/pdjs/build/src/api.js';
import { ConfigError, describeBody, isRetryableStatus, ProviderError } from '../errors.ts';

export interface PagerDutyClient {
  pd: PartialCall;
  /** Base URL without a trailing slash, e.g. https://api.pagerduty.com or the sandbox's …/api.pagerduty.com. */
  base: string;
  stats: { requests: number };
}

export interface PagerDutyEnv {
  PAGERDUTY_TOKEN?: string | undefined;
  VIGIL_PAGERDUTY_URL?: string | undefined;
}

/**
 * The official pdjs client. pdjs always builds `https://<server>/…`, so every call passes a full `url` built from
 * the base; the base must have a path segment ending in `.com` before the resource (pdjs finds the list key that
 * way), which both api.pagerduty.com and the sandbox's `/api.pagerduty.com` mount satisfy.
 */
export function createPagerDutyClient(env: PagerDutyEnv = process.env): PagerDutyClient {
  if (!env.PAGERDUTY_TOKEN) throw new ConfigError('PAGERDUTY_TOKEN must be set to manage PagerDuty objects (for the sandbox any non-empty value works).');
  const base = (env.VIGIL_PAGERDUTY_URL || 'https://api.pagerduty.com').replace(/\/+$/, '');
  // retryTimeout: pdjs waits this long before retrying a 429 (its default is 20 s).
  const pd = api({ token: env.PAGERDUTY_TOKEN, retryTimeout: 2000 } as Partial<Parameters<typeof api>[0]>) as unknown as PartialCall;
  return { pd, base, stats: { requests: 0 } };
}

type Method = 'get' | 'post' | 'put' | 'delete';

/** One request; 4xx/5xx (which pdjs resolves rather than rejects) become ProviderErrors with PagerDuty's message. */
export async function pdCall(c: PagerDutyClient, method: Method, path: string, what: string, data?: object): Promise<APIResponse> {
  for (let attempt = 1; ; attempt++) {
    c.stats.requests++;
    let res: APIResponse;
    try {
      res = await c.pd[method](path, { url: `${c.base}${path}`, ...(data ? { data } : {}) });
    } catch (err) {
      if (method !== 'post' && attempt < 4) continue; // network error on an idempotent request: try again
      throw new ProviderError(`could not ${what}: ${(err as Error).message}`, undefined, true, { cause: err });
    }
    if (res.ok || res.status === 204) return res;
    if (method !== 'post' && isRetryableStatus(res.status) && attempt < 4) continue;
    throw new ProviderError(`PagerDuty refused to ${what} (HTTP ${res.status}): ${describeBody(res.data)}`, res.status, isRetryableStatus(res.status));
  }
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
