import type { Change } from './types.ts';

/** One object vigil owns, as read from a provider: its managed fields in wire form plus identity and version. */
export interface RemoteObject {
  logicalId: string;
  remoteId: string | number;
  /** Changes whenever the object changes (Datadog `modified`). */
  version: string;
  /** The object's JSON as the provider returns it (snake_case). */
  body: Record<string, unknown>;
}

/** Everything owned by vigil that the providers read, by kind. */
export interface RemoteState {
  monitors: RemoteObject[];
  slos: RemoteObject[];
  /** Monitor notification rules carrying vigil's marker in their name; absent when none were read. */
  notificationRules?: RemoteObject[];
  /** Downtimes carrying vigil's marker that are not cancelled (ended ones included); absent in a world built by hand. */
  downtimes?: RemoteObject[];
  /** SLO corrections carrying vigil's marker; absent in a world built by hand. */
  sloCorrections?: RemoteObject[];
}

/** What vigil owns in PagerDuty, and what it needs to resolve references there (read by providers/pagerduty). */
export interface RemotePagerDuty {
  teams: RemoteObject[];
  policies: RemoteObject[];
  services: RemoteObject[];
  /** Owned services' Datadog integrations, as `<service logical id>.datadog-integration`. */
  integrations: RemoteObject[];
  /**
   * Services without vigil's marker, with their integrations and no logical id: what `vigil import` reads, and what
   * a plan takes over when a definition adopts one by id (plan/adopt-pagerduty.ts).
   */
  unownedServices: RemoteObject[];
  /** email → user id, and name → schedule id, for resolving `${user:…}` and `${schedule:…}`. */
  users: Record<string, string>;
  schedules: Record<string, string>;
}

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
