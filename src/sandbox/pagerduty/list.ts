import { invalidInput } from './errors.ts';
import type { Json, JsonObject } from './json.ts';

/** Classic pagination (dev docs "Pagination"): default 25, at most 100, and offset + limit may not pass 10,000. */
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
export const MAX_RECORDS = 10_000;

export interface ListParams {
  limit: number;
  offset: number;
  total: boolean;
}

function readCount(query: URLSearchParams, key: string, fallback: number, details: string[]): number {
  const raw = query.get(key);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) {
    details.push(`"${key}" must be a non-negative integer (got ${JSON.stringify(raw)}).`);
    return fallback;
  }
  return Number(raw);
}

export function readListParams(query: URLSearchParams): ListParams {
  const details: string[] = [];
  // A limit above 100 is clamped (and echoed as 100), not rejected: "cannot exceed 100" in the docs.
  const limit = Math.min(readCount(query, 'limit', DEFAULT_LIMIT, details), MAX_LIMIT) || DEFAULT_LIMIT;
  const offset = readCount(query, 'offset', 0, details);
  if (details.length === 0 && offset + limit > MAX_RECORDS) {
    details.push(
      `"offset" + "limit" must not exceed ${MAX_RECORDS} (got ${offset} + ${limit} = ${offset + limit}). ` +
        'Narrow the results with a filter such as "query" or "team_ids[]".',
    );
  }
  if (details.length > 0) throw invalidInput(details);
  return { limit, offset, total: query.get('total') === 'true' };
}

/** Values of an array parameter; pdjs sends `team_ids[]=a&team_ids[]=b`, and the bracketless form is accepted too. */
export function readArrayParam(query: URLSearchParams, key: string): string[] {
  return [...query.getAll(`${key}[]`), ...query.getAll(key)].flatMap((v) => v.split(',')).filter((v) => v !== '');
}

/** `query`: case-insensitive substring of the name (the API's documented filter for these collections). */
export function matchesQuery(query: URLSearchParams, ...texts: string[]): boolean {
  const q = query.get('query');
  if (q === null || q === '') return true;
  const needle = q.toLowerCase();
  return texts.some((t) => t.toLowerCase().includes(needle));
}

/** Stable order: name case-insensitively, then exact name, then id (the API lists services by name). */
export function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  const la = a.name.toLowerCase(), lb = b.name.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One page of an already filtered and sorted collection, in the API's list envelope. */
export function page<T>(key: string, items: readonly T[], params: ListParams, render: (item: T) => Json): JsonObject {
  const slice = items.slice(params.offset, params.offset + params.limit);
  return {
    [key]: slice.map(render),
    limit: params.limit,
    offset: params.offset,
    more: params.offset + slice.length < items.length,
    total: params.total ? items.length : null,
  };
}
