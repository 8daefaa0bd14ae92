/**
 * vigil's error taxonomy for talking to providers: what failed, with the HTTP status when there was one, and whether
 * trying again can help. Messages never contain keys or tokens.
 */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A missing or invalid setting (keys, URL): the user must fix the environment. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** 429, 5xx and network failures (resets, timeouts, lost responses) are worth retrying; 4xx are not. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

/** The provider's error text, reduced to one line. */
export function describeBody(body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as { errors?: unknown; error?: { message?: unknown; errors?: unknown } };
    if (Array.isArray(b.errors)) return b.errors.map(String).join('; ');
    if (b.error) return [b.error.message, ...(Array.isArray(b.error.errors) ? b.error.errors : [])].filter(Boolean).join(': ');
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').replace(/\s+/g, ' ').slice(0, 300);
}
