/**
 * The wait before retry number `attempt` (1 for the first retry): exponential from `baseMs`, with jitter so that
 * parallel retries spread out. Both transports (Datadog's and PagerDuty's) wait this way.
 */
export function backoffDelay(attempt: number, baseMs: number): number {
  const base = baseMs * 2 ** (attempt - 1);
  return base / 2 + Math.random() * (base / 2);
}
