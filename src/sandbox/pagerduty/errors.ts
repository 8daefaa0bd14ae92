import type { SandboxResponse } from '../http-types.ts';

/**
 * A PagerDuty error answer. Handlers throw it; the dispatcher rolls back the write and renders
 * `{"error":{"message","code","errors"}}` (dev docs "Errors").
 */
export class PdError extends Error {
  override readonly name = 'PdError';

  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
  }

  toResponse(): SandboxResponse {
    const error: Record<string, unknown> = { message: this.message, code: this.code };
    if (this.details && this.details.length > 0) error['errors'] = [...this.details];
    return { status: this.status, body: { error } };
  }
}

/** 400 / 2001 "Invalid Input Provided" with one human detail per problem. */
export function invalidInput(details: readonly string[]): PdError {
  return new PdError(400, 2001, 'Invalid Input Provided', details);
}

/** 404 / 2100 — the code the API uses for a missing route or id (resource-specific codes like 5002 are not used). */
export function notFound(detail: string): PdError {
  return new PdError(404, 2100, 'Not Found', [detail]);
}

/** Exact body from the dev docs (code 2006); the real API adds no `errors` list here. */
export const AUTH_FAILED = new PdError(401, 2006, 'Authentication failed');

/** Invented detail text; message and code 2010 are from the dev docs' code table. */
export function accessDenied(method: string): PdError {
  return new PdError(403, 2010, 'Access Denied', [`This API token is read-only; it cannot make ${method} requests.`]);
}

/** Exact body from the dev docs' rate-limit page (no `errors` list). */
export const RATE_LIMITED = new PdError(429, 2020, 'Rate Limit Exceeded');

export function internalError(cause: unknown): SandboxResponse {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new PdError(500, 2000, 'An internal error has occurred. PagerDuty team has been notified.', [
    `sandbox bug: ${detail}`,
  ]).toResponse();
}
