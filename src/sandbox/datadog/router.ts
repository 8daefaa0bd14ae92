// The Datadog route table's types and matcher. Routes are regular expressions over the path; captures are the
// path parameters, percent-decoded.
import type { SandboxRequest, SandboxResponse } from '../http-types.ts';
import type { DatadogStore } from './store.ts';
import type { SyntheticSeries } from './synthetic-series.ts';
import { safeDecode } from '../path-segment.ts';

export interface Ctx {
  req: SandboxRequest;
  store: DatadogStore;
  /** Path captures, decoded. */
  params: string[];
  /** The sandbox's own base URL (from the Host header), for the `links` some endpoints return. */
  baseUrl: string;
  now: number;
  /** The metric data the query endpoints serve, fixed by the sandbox's seed. */
  series: SyntheticSeries;
}

export type Handler = (ctx: Ctx) => SandboxResponse;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: RegExp;
  handler: Handler;
  /** Changes state: refused for read-only application keys. */
  write?: boolean;
  /** Rate-limit bucket (rate-limits.ts); routes without one had no rate-limit headers in the recordings. */
  limit?: string;
  /** Needs only DD-API-KEY (`/api/v1/validate`). */
  apiKeyOnly?: boolean;
  /** The Datadog permission the application key needs (e.g. `integrations_read`); refused with 403 without it. */
  permission?: string;
}

export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.path.exec(path);
    if (m) return { route, params: m.slice(1).map((p) => safeDecode(p ?? '')) };
  }
  return undefined;
}
