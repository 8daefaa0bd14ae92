// DD-API-KEY / DD-APPLICATION-KEY checks. Keys are compared, never logged or echoed.
import type { SandboxRequest, SandboxResponse } from '../http-types.ts';
import { MESSAGES, ddError } from './errors.ts';
import type { Route } from './router.ts';

export interface AuthOptions {
  /** Accepted API keys; default any non-empty key. */
  apiKeys?: string[];
  /** Accepted application keys; default any non-empty key. Read-only keys are accepted too. */
  appKeys?: string[];
  /** Application keys that may read but not write (403 on writes), e.g. for plans on pull requests. */
  readOnlyAppKeys?: string[];
  /**
   * Application keys scoped without some permissions, e.g. `{ 'pr-key': ['integrations_read'] }`: routes needing one
   * answer 403, as Datadog does for a key without it.
   */
  deniedPermissions?: Record<string, string[]>;
}

/** Returns the refusal, or `undefined` when the request may proceed. `route` is undefined for unknown paths. */
export function authenticate(req: SandboxRequest, route: Route | undefined, options: AuthOptions): SandboxResponse | undefined {
  const apiKey = req.headers['dd-api-key'];
  if (!apiKey) return ddError(403, MESSAGES.apiKeyRequired); // OBSERVED
  if (options.apiKeys && !options.apiKeys.includes(apiKey)) return ddError(403, MESSAGES.forbidden);
  if (route?.apiKeyOnly) return undefined;
  const appKey = req.headers['dd-application-key'];
  // A missing or unknown application key answers like a rejected key (the recorded text for this case is unknown).
  if (!appKey) return ddError(403, MESSAGES.forbidden);
  const readOnly = options.readOnlyAppKeys?.includes(appKey) ?? false;
  if (options.appKeys && !readOnly && !options.appKeys.includes(appKey)) return ddError(403, MESSAGES.forbidden);
  if (readOnly && route?.write) return ddError(403, MESSAGES.forbidden);
  if (route?.permission && options.deniedPermissions?.[appKey]?.includes(route.permission)) return ddError(403, MESSAGES.forbidden);
  return undefined;
}
