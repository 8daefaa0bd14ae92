// A small GitHub REST client over Node's fetch: the few calls `vigil comment` makes do not justify Octokit.
import { ProviderError } from '../providers/errors.ts';

export interface GitHubOptions {
  /** API root, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3` (GitHub's `GITHUB_API_URL`). */
  apiUrl: string;
  token: string;
  /** Retries of idempotent calls (GET, PATCH, DELETE) on 5xx, 429 and network errors. Default 2. */
  retries?: number;
  /** First retry delay; doubles each time, or GitHub's `retry-after` when it sends one. Default 1000 ms. */
  backoffMs?: number;
  timeoutMs?: number;
}

export interface GitHubResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

const IDEMPOTENT = new Set(['GET', 'PATCH', 'DELETE', 'PUT']);

export class GitHubClient {
  private readonly base: URL;

  constructor(private readonly options: GitHubOptions) {
    this.base = new URL(options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`);
  }

  /** `path` is relative to the API root (`repos/o/r/…`), or an absolute URL from a Link header on the same origin. */
  async request<T>(method: string, path: string, body?: unknown): Promise<GitHubResponse<T>> {
    const url = this.resolve(path);
    const attempts = 1 + (IDEMPOTENT.has(method) ? (this.options.retries ?? 2) : 0);
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: {
            // The token goes in this header and nowhere else: no message below ever includes it.
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'vigil',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        });
      } catch (err) {
        if (attempt < attempts) {
          await sleep(this.delay(attempt));
          continue;
        }
        const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
        throw new ProviderError(`cannot reach GitHub at ${url.origin} (${method} ${url.pathname}): ${cause}`, undefined, true, { cause: err });
      }
      const data = await readBody(res);
      if (res.ok) return { status: res.status, data: data as T, headers: res.headers };
      const limited = res.status === 429 || (res.status === 403 && res.headers.get('x-ratelimit-remaining') === '0');
      if ((res.status >= 500 || limited) && attempt < attempts) {
        await sleep(this.delay(attempt, res.headers.get('retry-after')));
        continue;
      }
      throw new ProviderError(this.redact(describeFailure(method, url, res, data, limited)), res.status, res.status >= 500 || limited);
    }
  }

  /** Every item of a list endpoint, following `Link: <…>; rel="next"` as GitHub sends it. */
  async listAll<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    for (let next: string | undefined = path; next;) {
      const res: GitHubResponse<T[]> = await this.request<T[]>('GET', next);
      if (!Array.isArray(res.data)) throw new ProviderError(`GitHub answered GET ${this.resolve(next).pathname} with something other than a list`, res.status, false);
      items.push(...res.data);
      next = nextLink(res.headers.get('link'));
    }
    return items;
  }

  private resolve(path: string): URL {
    const url = new URL(path, this.base);
    // Link headers are absolute: never follow one to another host, which would receive the token.
    if (url.origin !== this.base.origin) {
      throw new ProviderError(`GitHub pointed to ${url.origin}, not ${this.base.origin}; refusing to send the token there`, undefined, false);
    }
    return url;
  }

  private delay(attempt: number, retryAfter?: string | null): number {
    const seconds = Number(retryAfter);
    if (retryAfter && Number.isFinite(seconds)) return Math.min(seconds, 60) * 1000;
    return (this.options.backoffMs ?? 1000) * 2 ** (attempt - 1);
  }

  private redact(message: string): string {
    return this.options.token ? message.split(this.options.token).join('***') : message;
  }
}

/** The `rel="next"` URL of a Link header, if any. */
export function nextLink(header: string | null): string | undefined {
  for (const part of header?.split(',') ?? []) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part);
    if (m && m[2]!.split(/\s+/).includes('next')) return m[1];
  }
  return undefined;
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // a proxy's HTML error page, say
  }
}

const HINTS: Record<number, string> = {
  401: 'GITHUB_TOKEN is missing, expired or wrong.',
  403: 'the token may not write pull-request comments: give the job "permissions: pull-requests: write" (a pull request from a fork gets a read-only token).',
  404: 'check GITHUB_REPOSITORY and the pull request number; GitHub also answers 404 when the token cannot see the repository.',
};

function describeFailure(method: string, url: URL, res: Response, body: unknown, limited: boolean): string {
  const b = (body && typeof body === 'object' ? body : {}) as { message?: unknown; errors?: unknown };
  const details = Array.isArray(b.errors)
    ? b.errors.map((e) => (typeof e === 'object' && e && 'message' in e ? String(e.message) : JSON.stringify(e))).join('; ')
    : '';
  const said = typeof b.message === 'string' ? b.message : typeof body === 'string' ? body.replace(/\s+/g, ' ').slice(0, 200) : '';
  const text = ([said, details].filter(Boolean).join(': ') || 'no details').replace(/\.$/, '');
  const hint = limited ? 'GitHub rate limit reached; try again later.' : HINTS[res.status];
  return `GitHub answered ${res.status} to ${method} ${url.pathname}: ${text}.${hint ? ` Hint: ${hint}` : ''}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
