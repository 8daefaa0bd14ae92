import { client } from './official-client.ts';
import { RateLimiter, defaultSleep } from '../http/rate-limiter.ts';

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
  /** Abort a request that has not answered after this many milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Attempts for idempotent requests (GET, PUT, DELETE) before giving up. Default 5. */
  maxAttempts?: number;
  /** Base of the exponential backoff, in milliseconds. Default 250. */
  backoffMs?: number;
  limiter?: RateLimiter;
  sleep?: (ms: number) => Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);

/**
 * The transport under the official Datadog client: the client's own fetch library, plus what vigil needs from the
 * wire — rate-limit headers obeyed before sending, a timeout per request, retries with backoff for idempotent
 * requests, and counts for the benchmarks. Creates are never retried here: apply retries them only after checking
 * that the first attempt did not land.
 */
export class ObservedHttpLibrary implements client.HttpLibrary {
  readonly stats: HttpStats = { requests: 0, throttled: 0, retries: 0 };
  readonly limiter: RateLimiter;
  private readonly inner = new client.IsomorphicFetchHttpLibrary();
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: ObservedHttpOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 250;
    this.limiter = options.limiter ?? new RateLimiter();
    this.sleep = options.sleep ?? defaultSleep;
    const timeoutMs = this.timeoutMs;
    this.inner.fetch = (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    this.inner.enableRetry = false;
  }

  async send(request: RequestContext): Promise<ResponseContext> {
    const method = request.getHttpMethod().toString();
    const bucket = bucketOf(method, request.getUrl());
    const attempts = IDEMPOTENT.has(method) ? this.maxAttempts : 1;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.acquire(bucket);
      this.stats.requests++;
      let response: ResponseContext;
      try {
        response = await this.inner.send(request);
      } catch (err) {
        this.limiter.unlimited(bucket);
        if (attempt >= attempts) throw err;
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
      return response;
    }
  }

  private backoff(attempt: number): number {
    const base = this.backoffMs * 2 ** (attempt - 1);
    return base / 2 + Math.random() * (base / 2); // jitter keeps parallel retries apart
  }
}

/** Requests share a rate-limit bucket per endpoint: method plus path with ids replaced. */
export function bucketOf(method: string, url: string): string {
  const path = new URL(url).pathname.replace(/\/(\d+|[0-9a-f]{32})(?=\/|$)/g, '/:id');
  return `${method} ${path}`;
}
