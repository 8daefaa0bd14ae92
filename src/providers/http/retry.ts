// The one retry policy for Datadog and PagerDuty traffic. Each request is retried in its transport, and only there:
// reads and idempotent writes (GET, PUT, PATCH, DELETE) on 429, 5xx and network failures, `RETRY.attempts` times in
// all, waiting `backoffDelay` between tries (or the rate-limit window). A create (POST) is sent once by the transport:
// it is not idempotent, so apply retries it itself, after looking the object up by its logical id (apply/execute.ts),
// again at most `RETRY.attempts` times. A change therefore costs a bounded number of requests: at most `attempts` for
// an update or delete, and `attempts` creates each preceded by a lookup of at most `attempts` reads for a create.

export const RETRY = {
  /** Tries of one request (or, for a create, of create-after-lookup), the first included. */
  attempts: 5,
  /** Base of the exponential backoff between tries, in milliseconds. */
  backoffMs: 250,
} as const;

/** Methods a transport may send again: repeating them changes nothing the first success did not. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/**
 * The wait before retry number `attempt` (1 for the first retry): exponential from `baseMs`, with jitter so that
 * parallel retries spread out.
 */
export function backoffDelay(attempt: number, baseMs: number = RETRY.backoffMs): number {
  const base = baseMs * 2 ** (attempt - 1);
  return base / 2 + Math.random() * (base / 2);
}
