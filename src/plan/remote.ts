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
}
