import { v1 } from './official-client.ts';
import { ProviderError } from '../errors.ts';
import type { DatadogClient } from './client.ts';
import { eachAtOnce } from '../at-once.ts';
import { call } from './call.ts';

/** Lookups in flight at once; the client's rate limiter paces them further. */
const LOOKUPS_AT_ONCE = 8;

/**
 * Which of these Datadog PagerDuty service objects exist. Datadog has no list endpoint for them, so this is one GET
 * per name: a few for the services vigil manages, one per unowned service at import.
 */
export async function existingPagerDutyServices(dd: DatadogClient, names: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  await eachAtOnce([...new Set(names)].sort(), LOOKUPS_AT_ONCE, async (serviceName) => {
    try {
      await call('read a PagerDuty service object', () => dd.pagerduty.getPagerDutyIntegrationService({ serviceName }));
      found.add(serviceName);
    } catch (err) {
      if (!(err instanceof ProviderError && err.status === 404)) throw err;
    }
  });
  return found;
}

/** Creates (or, if it exists, re-keys) the object that makes `@pagerduty-<name>` reach the service. */
export async function upsertPagerDutyService(dd: DatadogClient, serviceName: string, serviceKey: string): Promise<void> {
  const body: v1.PagerDutyService = { serviceName, serviceKey };
  try {
    await call('create a PagerDuty service object', () => dd.pagerduty.createPagerDutyIntegrationService({ body }));
  } catch (err) {
    if (!(err instanceof ProviderError && (err.status === 409 || err.status === 400))) throw err;
    await call('update a PagerDuty service object', () => dd.pagerduty.updatePagerDutyIntegrationService({ serviceName, body: { serviceKey } }));
  }
}

export async function deletePagerDutyService(dd: DatadogClient, serviceName: string): Promise<void> {
  try {
    await call('delete a PagerDuty service object', () => dd.pagerduty.deletePagerDutyIntegrationService({ serviceName }));
  } catch (err) {
    if (!(err instanceof ProviderError && err.status === 404)) throw err;
  }
}
