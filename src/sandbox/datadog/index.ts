// The Datadog API emulator: auth → route → read-only check → rate limit → handler. State lives in DatadogStore and
// is plain JSON, so `--state FILE` can persist it.
import type { ApiEmulator, SandboxRequest, SandboxResponse } from '../http-types.ts';
import { type AuthOptions, authenticate } from './auth.ts';
import { MESSAGES, ddError } from './errors.ts';
import { type RateDecision, type RateLimitOptions, RateLimiter } from './rate-limits.ts';
import { matchRoute } from './router.ts';
import { datadogJson } from './json-floats.ts';
import { routes } from './routes.ts';
import { seedIntegrations } from './seed.ts';
import { DatadogStore } from './store.ts';
import { SyntheticSeries } from './synthetic-series.ts';

export interface DatadogOptions extends AuthOptions {
  /** On by default with the recorded per-endpoint limits; `false` disables, an object scales or overrides. */
  rateLimits?: boolean | RateLimitOptions;
  /** Seed of the synthetic metric data the query endpoints serve (`vigil sandbox --seed`). Default 1. */
  seed?: number;
  /** Start with the seeded Slack channels, webhook and teams (seed.ts). Default true. */
  seedData?: boolean;
}

export interface DatadogEmulator extends ApiEmulator {
  readonly store: DatadogStore;
}

export function createDatadogEmulator(options: DatadogOptions = {}): DatadogEmulator {
  const store = new DatadogStore();
  if (options.seedData !== false) seedIntegrations(store);
  const limits = options.rateLimits === false ? false : options.rateLimits === true || !options.rateLimits ? {} : options.rateLimits;
  const limiter = new RateLimiter(limits);
  const series = new SyntheticSeries(options.seed ?? 1);

  function handle(req: SandboxRequest): SandboxResponse {
    const match = matchRoute(routes, req.method, req.path);
    const refused = authenticate(req, match?.route, options);
    if (refused) return refused;
    if (!match) return ddError(404, MESSAGES.notFound);
    const { route, params } = match;
    const rate = route.limit ? limiter.take(route.limit, req.now) : undefined;
    if (rate && !rate.allowed) {
      // The real 429 body is not recorded; the spec says APIErrorResponse.
      return { status: 429, headers: rate.headers, body: { errors: ['Rate limit exceeded'] } };
    }
    // A body that is not JSON (the server leaves `body` undefined); spec: the 400 of validate is "Invalid JSON".
    if (req.body === undefined && req.rawBody.trim() !== '') return withHeaders(ddError(400, MESSAGES.invalidJson), rate);
    const response = route.handler({ req, store, params, baseUrl: `http://${req.headers['host'] ?? '127.0.0.1'}`, now: req.now, series });
    // Python floats are written as such for monitors, SLOs and the rest (json-floats.ts); Synthetics answers echo
    // numbers as sent (`"target":500` in an assertion, TestAccDatadogMonitor_ComposeWithSyntheticsTest).
    const written = response.rawBody === undefined && response.body !== undefined && !req.path.startsWith('/api/v1/synthetics/')
      ? { ...response, rawBody: datadogJson(response.body) }
      : response;
    return withHeaders(written, rate);
  }

  function withHeaders(response: SandboxResponse, rate: RateDecision | undefined): SandboxResponse {
    return rate ? { ...response, headers: { ...response.headers, ...rate.headers } } : response;
  }

  return {
    store,
    handle,
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state),
  };
}
