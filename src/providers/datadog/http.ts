import { client } from './official-client.ts';
import { backoffDelay, IDEMPOTENT_METHODS, RETRY } from '../http/retry.ts';
import { RateLimiter, defaultSleep } from '../http/rate-limiter.ts';
import { datadogEndpoint, type Endpoint } from '../endpoint.ts';
import { networkFailure, statusFailure } from '../failure.ts';

type RequestContext = client.RequestContext;
type ResponseContext = client.ResponseContext;

export interface HttpStats {
  /** Every HTTP request sent, retries included. */
  requests: number;
  /** Responses with status 429. */
  throttled: number;
  /** Requests retried after a 429, a 5xx or a network error. */
  retries: number;
}

export interface ObservedHttpOptions {
  /** Abort a request that has not answered after this many milliseconds. Default: the endpoint's (30 s). */
  timeoutMs?: number;
  /** Where requests go and which settings chose it, for the words of a failure. */
  endpoint?: Endpoint;
  /** Attempts for idempotent requests (GET, PUT, DELETE) before giving up. Default 5. */
  maxAttempts?: number;
  /** Base of the exponential backoff, in milliseconds. Default 250. */
  backoffMs?: number;
  limiter?: RateLimiter;
  sleep?: (ms: number) => Promise<void>;
}


/**
 * The transport under the official Datadog client: the client's own fetch library, plus what vigil needs from the
 * wire — rate-limit headers obeyed before sending, a timeout per request, retries with backoff for idempotent
 * requests, and counts for the benchmarks. Creates are never retried here: apply retries them only after checking
 * that the first attempt did not land. A request that finally fails — no answer, or an error status — becomes a
 * ProviderError here, where its method and URL are known, worded by ../failure.ts (the client's own exceptions never
 * say where).
 */
export class ObservedHttpLibrary implements client.HttpLibrary {
  readonly stats: HttpStats = { requests: 0, throttled: 0, retries: 0 };
  readonly limiter: RateLimiter;
  private readonly inner = new client.IsomorphicFetchHttpLibrary();
  private readonly timeoutMs: number;
  private readonly endpoint: Endpoint;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: ObservedHttpOptions = {}) {
    const endpoint = options.endpoint ?? datadogEndpoint({});
    this.timeoutMs = options.timeoutMs ?? endpoint.timeoutMs;
    this.endpoint = { ...endpoint, timeoutMs: this.timeoutMs };
    this.maxAttempts = options.maxAttempts ?? RETRY.attempts;
    this.backoffMs = options.backoffMs ?? RETRY.backoffMs;
    this.limiter = options.limiter ?? new RateLimiter();
    this.sleep = options.sleep ?? defaultSleep;
    const timeoutMs = this.timeoutMs;
    this.inner.fetch = (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    this.inner.enableRetry = false;
  }

  async send(request: RequestContext): Promise<ResponseContext> {
    const method = request.getHttpMethod().toString();
    const bucket = bucketOf(method, request.getUrl());
    const attempts = IDEMPOTENT_METHODS.has(method) ? this.maxAttempts : 1;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(bucket);
      this.stats.requests++;
      let response: ResponseContext;
      try {
        response = await this.inner.send(request);
      } catch (err) {
        this.limiter.unlimited(bucket);
        if (attempt >= attempts) throw networkFailure(this.endpoint, method, request.getUrl(), err, attempt, false);
        this.stats.retries++;
        await this.sleep(this.backoff(attempt));
        continue;
      }
      const h = response.headers;
      const reset = Number(h['x-ratelimit-reset']);
      if (h['x-ratelimit-remaining'] !== undefined) {
        this.limiter.observe(bucket, {
          remaining: Number(h['x-ratelimit-remaining']), resetSeconds: reset,
          limit: Number(h['x-ratelimit-limit']), periodSeconds: Number(h['x-ratelimit-period']),
        });
      } else this.limiter.unlimited(bucket);
      const status = response.httpStatusCode;
      if (status === 429) {
        this.stats.throttled++;
        this.limiter.exhausted(bucket, Number.isFinite(reset) ? reset : 1);
      }
      if ((status === 429 || status >= 500) && attempt < attempts) {
        this.stats.retries++;
        if (status >= 500) await this.sleep(this.backoff(attempt));
        continue;
      }
      if (status >= 400) throw statusFailure(this.endpoint, method, request.getUrl(), status, await bodyOf(response), attempt);
      return response;
    }
  }

  private backoff(attempt: number): number {
    return backoffDelay(attempt, this.backoffMs);
  }
}

/** An error answer's body, as JSON when it is JSON. */
async function bodyOf(response: ResponseContext): Promise<unknown> {
  const text = await response.body.text().catch(() => '');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Requests share a rate-limit bucket per endpoint: method plus path with ids replaced. */
export function bucketOf(method: string, url: string): string {
  const path = new URL(url).pathname.replace(/\/(\d+|[0-9a-f]{32})(?=\/|$)/g, '/:id');
  return `${method} ${path}`;
}
