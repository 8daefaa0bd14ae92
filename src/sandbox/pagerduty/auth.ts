/** Token access levels: account tokens are either full access or read-only (dev docs "Authentication"). */
export type Access = 'full' | 'read-only';

export interface AuthOptions {
  /** Accepted full-access tokens; when absent, any non-empty token is accepted. */
  tokens?: readonly string[];
  readOnlyTokens?: readonly string[];
}

/** The token of `Authorization: Token token=<t>` (what pdjs sends) or `Bearer <t>` (OAuth-style). */
export function tokenFrom(header: string | undefined): string | undefined {
  const match = /^\s*(?:Token\s+token=|Bearer\s+)(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function accessFor(token: string | undefined, options: AuthOptions): Access | undefined {
  if (token === undefined || token === '') return undefined;
  if (options.readOnlyTokens?.includes(token)) return 'read-only';
  if (options.tokens === undefined || options.tokens.includes(token)) return 'full';
  return undefined;
}
