/**
 * vigil's error taxonomy for talking to providers: what failed, with the HTTP status when there was one, and whether
 * trying again can help. Messages never contain keys or tokens.
 */
export class ProviderError extends Error {
  override name = 'ProviderError';
  /** The request that failed, as messages show it (`POST https://api.datadoghq.com/api/v1/monitor`), when known. */
  readonly request: string | undefined;
  /** What vigil was doing (`create monitor`), once the message says it. */
  readonly action: string | undefined;
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    options?: ProviderErrorOptions,
  ) {
    super(message, options);
    this.request = options?.request;
    this.action = options?.action;
  }

  /** The same failure, saying what vigil was doing: `could not create monitor: POST …: …`. */
  during(what: string): ProviderError {
    return new ProviderError(`could not ${what}: ${this.message}`, this.status, this.retryable, this.optionsDuring(what));
  }

  protected optionsDuring(action: string): ProviderErrorOptions {
    return { cause: this.cause, action, ...(this.request ? { request: this.request } : {}) };
  }
}

export interface ProviderErrorOptions {
  cause?: unknown;
  request?: string;
  action?: string;
}

/**
 * A write refused with 403: the key may read but not write. Apply stops at the first one instead of failing every
 * change the same way; `key` names the environment variable holding the key (never its value).
 */
export class PermissionError extends ProviderError {
  override name = 'PermissionError';
  constructor(message: string, readonly key: 'DD_APP_KEY' | 'PAGERDUTY_TOKEN', options?: ProviderErrorOptions) {
    super(message, 403, false, options);
  }

  override during(what: string): PermissionError {
    return new PermissionError(`could not ${what}: ${this.message}`, this.key, this.optionsDuring(what));
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
