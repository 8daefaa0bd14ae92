/**
 * Runs `task` once for each item, at most `limit` at a time, starting them in order: for independent lookups (one GET
 * per name) that the client's rate limiter paces further.
 */
export async function eachAtOnce<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
