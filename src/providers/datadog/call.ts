import { client } from './official-client.ts';
import { describeBody, isRetryableStatus, ProviderError } from '../errors.ts';

/**
 * Runs one client call and turns its failures into ProviderErrors with the provider's own message. Network failures
 * and error statuses arrive already worded by the transport (http.ts); what is left is the client's own exceptions.
 */
export async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    // The transport's failures say which request and why; here they learn what vigil was doing.
    if (err instanceof ProviderError) throw err.request && !err.action ? err.during(what) : err;
    if (err instanceof client.ApiException) {
      const status = err.code;
      throw new ProviderError(`Datadog refused to ${what} (HTTP ${status}): ${describeBody(err.body)}`, status, isRetryableStatus(status), { cause: err });
    }
    const e = err as Error;
    throw new ProviderError(`could not ${what}: ${e?.name === 'TimeoutError' ? 'the request timed out' : e?.message ?? String(err)}`, undefined, true, { cause: err });
  }
}
