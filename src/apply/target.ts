import type { Change } from '../plan/types.ts';
import type { RemoteObject } from '../plan/remote.ts';

/**
 * What apply needs from the providers, one object at a time. The Datadog and PagerDuty adapters implement it over the
 * official clients; the executor knows nothing about HTTP.
 */
export interface ApplyTarget {
  /** `ids` holds the remote id of every logical id known so far, including objects created earlier in this apply. */
  create(change: Change, payload: Record<string, unknown>, ids: Readonly<Record<string, string | number>>): Promise<RemoteObject>;
  update(change: Change, payload: Record<string, unknown>, ids: Readonly<Record<string, string | number>>): Promise<RemoteObject>;
  delete(change: Change): Promise<void>;
  /** Owned objects of the change's kind carrying its logical id: how a lost create is found instead of repeated. */
  find(change: Change, ids: Readonly<Record<string, string | number>>): Promise<RemoteObject[]>;
}
