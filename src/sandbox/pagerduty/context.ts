import type { SandboxRequest, SandboxResponse } from '../http-types.ts';
import type { JsonObject } from './json.ts';
import type { PdState } from './state.ts';
import { isoSeconds } from './state.ts';
import { safeDecode } from '../path-segment.ts';

/** What a route handler gets: the live state (rolled back by the dispatcher if the handler throws). */
export interface Ctx {
  state: PdState;
  req: SandboxRequest;
  /** Parsed JSON body; `undefined` when there is none. */
  body: unknown;
  /** Request time as an ISO timestamp, from the injected clock or the server's. */
  timestamp: string;
}

export type Params = Record<string, string>;
export type Handler = (ctx: Ctx, params: Params) => SandboxResponse;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Segments; `:name` captures one segment. */
  pattern: string;
  handler: Handler;
}

export function makeCtx(state: PdState, req: SandboxRequest, body: unknown, now: number): Ctx {
  return { state, req, body, timestamp: isoSeconds(now) };
}

export const ok = (body: JsonObject): SandboxResponse => ({ status: 200, body });
export const created = (body: JsonObject): SandboxResponse => ({ status: 201, body });
export const noContent = (): SandboxResponse => ({ status: 204 });

/** The `include[]` values of a request, e.g. `integrations`, `escalation_policies`, `teams`. */
export function includes(ctx: Ctx): Set<string> {
  return new Set([...ctx.req.query.getAll('include[]'), ...ctx.req.query.getAll('include')]);
}

/** First route whose method and pattern match; static segments are listed before captures in the table. */
export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: Params } | undefined {
  const parts = path.split('/').filter((s) => s !== '');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/').filter((s) => s !== '');
    if (pattern.length !== parts.length) continue;
    const params: Params = {};
    const hit = pattern.every((seg, i) => {
      const part = parts[i] ?? '';
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = safeDecode(part);
        return true;
      }
      return seg === part;
    });
    if (hit) return { route, params };
  }
  return undefined;
}
