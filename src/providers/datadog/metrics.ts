// Reads metric history for backtests: `GET /api/v1/query` through the official client's `MetricsApi.queryMetrics`
// request builder (json-reads.ts), in as few calls as the API allows. Several expressions travel in one call
// (comma-separated; each answer series names its `query_index`), and the period is cut into chunks of a day, because
// Datadog returns at most 1,500 points per series and coarsens a finer rollup beyond that. Pacing by the endpoint's
// rate-limit headers and retries are the transport's (http.ts).
import type { Series } from '../../backtest/types.ts';
import type { DatadogClient } from './client.ts';
import { readJson } from './json-reads.ts';
import { ProviderError } from '../errors.ts';

/** 1,440 one-minute points: under Datadog's 1,500-point cap with room for the bucket that straddles a boundary. */
export const CHUNK_SECONDS = 86_400;
/** Expressions per call, and characters of them: the query travels in the URL. */
export const BATCH_QUERIES = 16;
export const BATCH_CHARS = 2_400;
/** Calls in flight at once. */
export const CONCURRENCY = 4;

export interface MetricReadOptions {
  chunkSeconds?: number;
  batchQueries?: number;
  concurrency?: number;
}

/** What one expression's read gave: its series, or why Datadog would not answer it. */
export type SeriesRead = { series: Series[] } | { error: string };

/**
 * The 60-second series of each expression from `from` to `to` (unix seconds, whole minutes), keyed by expression.
 * An expression Datadog refuses (a 400 for its query) is reported with the refusal, without failing the others:
 * a batch that is refused is read again one expression at a time. Other failures (network, keys) throw.
 */
export async function readMetricSeries(
  dd: DatadogClient, expressions: readonly string[], period: { from: number; to: number }, options: MetricReadOptions = {},
): Promise<Map<string, SeriesRead>> {
  const unique = [...new Set(expressions)];
  const out = new Map<string, SeriesRead>();
  for (const e of unique) out.set(e, { series: [] });
  const chunks = chunksOf(period, options.chunkSeconds ?? CHUNK_SECONDS);
  const tasks: Array<() => Promise<void>> = [];
  for (const batch of batchesOf(unique, options.batchQueries ?? BATCH_QUERIES)) {
    for (const chunk of chunks) tasks.push(() => readBatch(dd, batch, chunk, out));
  }
  await runLimited(tasks, options.concurrency ?? CONCURRENCY);
  return out;
}

async function readBatch(dd: DatadogClient, batch: string[], chunk: { from: number; to: number }, out: Map<string, SeriesRead>): Promise<void> {
  let answer: Record<string, unknown>;
  try {
    answer = await queryOnce(dd, batch.join(','), chunk);
  } catch (err) {
    if (!(err instanceof ProviderError) || err.status !== 400) throw err;
    if (batch.length > 1) {
      for (const one of batch) await readBatch(dd, [one], chunk, out);
      return;
    }
    out.set(batch[0] as string, { error: err.message });
    return;
  }
  for (const s of Array.isArray(answer['series']) ? answer['series'] : []) {
    if (!isObject(s)) continue;
    const expression = batch[typeof s['query_index'] === 'number' ? s['query_index'] : 0];
    const read = expression === undefined ? undefined : out.get(expression);
    if (!read || !('series' in read)) continue;
    const tags = Array.isArray(s['tag_set']) ? s['tag_set'].filter((t): t is string => typeof t === 'string') : [];
    const points = (Array.isArray(s['pointlist']) ? s['pointlist'] : [])
      .filter((p): p is [number, number | null] => Array.isArray(p) && typeof p[0] === 'number')
      .map(([ms, v]) => [Math.round(ms / 1000), typeof v === 'number' ? v : null] as [number, number | null]);
    read.series.push({ group: [...tags].sort().join(','), points });
  }
}

function queryOnce(dd: DatadogClient, query: string, chunk: { from: number; to: number }): Promise<Record<string, unknown>> {
  const r = dd.readers;
  return readJson(dd, `query metric history from ${chunk.from} to ${chunk.to}`, r.metricRequests.queryMetrics(chunk.from, chunk.to, query),
    (res) => r.metricErrors.queryMetrics(res), (body) => (isObject(body) ? body : undefined));
}

/** Consecutive spans of at most `seconds`, from `from` to `to`, that do not overlap (each `to` is inclusive). */
export function chunksOf(period: { from: number; to: number }, seconds: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let start = period.from; start <= period.to; start += seconds) out.push({ from: start, to: Math.min(period.to, start + seconds - 1) });
  return out;
}

/** Expressions packed into calls of at most `size` expressions and BATCH_CHARS characters. */
export function batchesOf(expressions: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const e of expressions) {
    if (current.length > 0 && (current.length >= size || chars + e.length + 1 > BATCH_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(e);
    chars += e.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Runs the tasks with at most `limit` in flight; the first failure rejects after the running ones settle. */
async function runLimited(tasks: ReadonlyArray<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < tasks.length) {
      const task = tasks[next++] as () => Promise<void>;
      try {
        await task();
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failure !== undefined) throw failure;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
