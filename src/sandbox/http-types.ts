/**
 * The seam between the sandbox's HTTP server and its API emulators (Datadog, PagerDuty): the server parses the
 * request, applies latency and faults, and hands a plain request to an emulator, which returns a plain response.
 */
export interface SandboxRequest {
  method: string;
  /** Path without the query string and without any mount prefix, e.g. `/api/v1/monitor/12`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, `undefined` when there is none; `rawBody` keeps the text for "Invalid JSON" answers. */
  body: unknown;
  rawBody: string;
  /** Milliseconds since the epoch, from the server's clock (injectable for tests). */
  now: number;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
}

/** One emulated API. Its state must be plain JSON so `--state FILE` can persist it. */
export interface ApiEmulator {
  handle(req: SandboxRequest): SandboxResponse;
  snapshot(): unknown;
  restore(state: unknown): void;
}
