import type { ApiEmulator, SandboxRequest, SandboxResponse } from '../http-types.ts';
import { accessFor, tokenFrom } from './auth.ts';
import type { Route } from './context.ts';
import { makeCtx, matchRoute } from './context.ts';
import { directoryRoutes } from './directory.ts';
import { accessDenied, AUTH_FAILED, internalError, invalidInput, notFound, PdError, RATE_LIMITED } from './errors.ts';
import { escalationPolicyRoutes } from './escalation-policies.ts';
import { integrationRoutes } from './integrations.ts';
import { orchestrationPathRoutes } from './orchestration-paths.ts';
import { orchestrationRoutes } from './orchestrations.ts';
import type { RateLimit } from './rate-limit.ts';
import { RateLimiter } from './rate-limit.ts';
import { seededState } from './seed.ts';
import { serviceRoutes } from './services.ts';
import type { PdState } from './state.ts';
import { emptyState, parseState } from './state.ts';
import { teamRoutes } from './teams.ts';

export { DATADOG_VENDOR_ID } from './vendors.ts';

export interface PagerDutyEmulatorOptions {
  /** Start with six users and two schedules (escalation targets). Default true. Vendors exist either way. */
  seedData?: boolean;
  /** Accepted full-access tokens. Default: any non-empty token. */
  tokens?: string[];
  /** Tokens that may read but get 403 (code 2010) on POST/PUT/DELETE. Always accepted. */
  readOnlyTokens?: string[];
  /** Per-token fixed-window limit. Default 960 per 60 s (the real API's); `false` turns limiting off. */
  rateLimit?: RateLimit | false;
  /** Time source in ms for timestamps and rate windows; defaults to the server's `req.now`. */
  clock?: () => number;
}

const ROUTES: readonly Route[] = [
  ...serviceRoutes, ...integrationRoutes, ...escalationPolicyRoutes, ...teamRoutes, ...directoryRoutes,
  ...orchestrationPathRoutes, ...orchestrationRoutes,
];

const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const DEFAULT_RATE_LIMIT: RateLimit = { limit: 960, periodMs: 60_000 };

/** Drops a `/<host>.com` first segment (the pdjs mount, if the server left it) and a trailing slash. */
function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/[^/]*\.com(?=\/|$)/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The body as JSON; text that does not parse is a 400, like the real API's "Invalid Input Provided". */
function parseBody(req: SandboxRequest): unknown {
  if (req.body !== undefined || req.rawBody.trim() === '') return req.body;
  try {
    return JSON.parse(req.rawBody) as unknown;
  } catch (err) {
    throw invalidInput([`The request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}.`]);
  }
}

/**
 * The PagerDuty REST API v2 emulator: auth, per-token rate limits, validation and behaviour of services,
 * escalation policies, teams, schedules, users, vendors, service integrations and event orchestrations.
 * Mount it under a path ending in `.com` (e.g. `/api.pagerduty.com`) so pdjs's `resource` and `all()` work.
 */
export function createPagerDutyEmulator(options: PagerDutyEmulatorOptions = {}): ApiEmulator {
  let state: PdState = options.seedData === false ? emptyState() : seededState();
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);

  function dispatch(req: SandboxRequest, token: string | undefined, now: number): SandboxResponse {
    const access = accessFor(token, options);
    if (!access) return AUTH_FAILED.toResponse();
    const method = req.method.toUpperCase();
    const path = normalizePath(req.path);
    const match = matchRoute(ROUTES, method, path);
    if (!match) return notFound(`No route for ${method} ${path}.`).toResponse();
    const write = WRITES.has(method);
    if (write && access === 'read-only') return accessDenied(method).toResponse();
    // Writes are all-or-nothing: any error restores the state as it was before the request.
    const before = write ? structuredClone(state) : undefined;
    try {
      return match.route.handler(makeCtx(state, req, parseBody(req), now), match.params);
    } catch (err) {
      if (before) state = before;
      return err instanceof PdError ? err.toResponse() : internalError(err);
    }
  }

  return {
    handle(req) {
      const now = options.clock ? options.clock() : req.now;
      const token = tokenFrom(req.headers['authorization']);
      // Limited per token, before auth (a bad token still spends its own budget); no token shares one bucket.
      const decision = limiter?.take(token ?? '', now);
      const res = decision && !decision.allowed ? RATE_LIMITED.toResponse() : dispatch(req, token, now);
      const headers: Record<string, string> = { ...decision?.headers, ...res.headers };
      if (res.status !== 204) headers['content-type'] = 'application/json; charset=utf-8';
      return { ...res, headers };
    },
    snapshot: () => structuredClone(state),
    restore(raw) {
      state = parseState(raw);
    },
  };
}
