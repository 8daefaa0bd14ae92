// Datadog error answers: always `{"errors": [string, …]}` with status 4xx (OBSERVED). The texts used across routes
// live here so each is written once, with where it comes from.
import type { SandboxResponse } from '../http-types.ts';

export function ddError(status: number, ...messages: string[]): SandboxResponse {
  return { status, body: { errors: messages } };
}

export const ok = (body: unknown): SandboxResponse => ({ status: 200, body });

/** The JSON:API error form of newer v2 services (OBSERVED on team notification rules): each error an object with the
 * status as a string, usually a title, and the detail; served with the JSON:API content type like their answers. Some
 * of the server's answers carry no title (OBSERVED), hence optional. */
export function jsonApiError(status: number, detail: string, title?: string): SandboxResponse {
  const error = title === undefined ? { status: String(status), detail } : { status: String(status), title, detail };
  return { status, headers: { 'content-type': 'application/vnd.api+json' }, body: { errors: [error] } };
}

/** 204 with the content type the real API sends on empty answers (OBSERVED: `text/html; charset=utf-8`). */
export const noContent = (): SandboxResponse => ({ status: 204, headers: { 'content-type': 'text/html; charset=utf-8' }, rawBody: '' });

export const MESSAGES = {
  apiKeyRequired: 'API key required', // OBSERVED (GET /api/v1/validate without a key)
  forbidden: 'Forbidden', // real body for a rejected key (client issue reports); reused for read-only keys
  monitorNotFound: 'Monitor not found', // OBSERVED
  invalidGroupStates: 'Invalid group_state filters.', // OBSERVED
  monitorIdsRequired: 'monitor_ids are required', // OBSERVED (Go cassette)
  invalidJson: 'Invalid JSON', // spec description of the 400 on validate
  queryInvalid: "The value provided for parameter 'query' is invalid", // OBSERVED (datadogpy integration test)
  alertStatusRequired: 'Alert status is required.', // reported real answer to a warning without a critical
  notFound: 'Not found', // invented: unknown paths
} as const;

/** `The value provided for parameter 'x' is invalid` – the real wording for query; reused (invented) for others. */
export function invalidParameter(name: string, detail?: string): string {
  return `The value provided for parameter '${name}' is invalid${detail === undefined ? '' : `: ${detail}`}`;
}

/** Python's float repr, which the real API uses inside messages: `90` → `90.0`, `0.5` → `0.5`. */
export function pyFloat(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}

/** OBSERVED: `SLO not found: <id> not found`. */
export const sloNotFound = (id: string): SandboxResponse => ddError(404, `SLO not found: ${id} not found`);
