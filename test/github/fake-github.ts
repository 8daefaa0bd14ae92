// A fake of the few GitHub REST endpoints `vigil comment` uses, on loopback, with GitHub's shapes: comment
// objects as the API returns them, Link-header pagination through /repositories/{id}/… URLs (as GitHub sends
// them), 401/403/404/422 bodies with `message` and `documentation_url`, and the 65,536-character body limit.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
  body?: { body?: string };
}

export interface Fault {
  method?: string;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail; default every one. */
  times?: number;
}

export interface FakeGitHub {
  url: string;
  token: string;
  repository: string;
  comments: Map<number, FakeComment>;
  requests: RecordedRequest[];
  faults: Fault[];
  /** Adds comments by other people (or by vigil, when the body has the marker) to a pull request. */
  seed(issue: number, bodies: string[], login?: string): void;
  /** Comments on a pull request, oldest first. */
  on(issue: number): FakeComment[];
  close(): Promise<void>;
}

const REPO_ID = 1296269;
const DOCS = 'https://docs.github.com/rest/issues/comments';

export async function startFakeGitHub(options: { token?: string; repository?: string; pulls?: number[] } = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghs_fake-token-that-must-never-be-printed-0123456789';
  const repository = options.repository ?? 'acme/monitors';
  const pulls = new Set(options.pulls ?? [7]);
  const comments = new Map<number, FakeComment>();
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let nextId = 1000;
  let clock = Date.UTC(2025, 0, 1);
  const stamp = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');
  let base = '';

  const shape = (c: FakeComment) => ({
    url: `${base}/repos/${repository}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repository}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${repository}/issues/${c.issue}`,
    id: c.id,
    node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
    user: { login: c.login, id: c.login === 'github-actions[bot]' ? 41898282 : 583231, type: c.login.endsWith('[bot]') ? 'Bot' : 'User', site_admin: false },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    body: c.body,
    reactions: { total_count: 0 },
    performed_via_github_app: null,
  });
  const add = (issue: number, body: string, login: string): FakeComment => {
    const at = stamp();
    const c = { id: nextId++, issue, body, login, created_at: at, updated_at: at };
    comments.set(c.id, c);
    return c;
  };
  const on = (issue: number) => [...comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const raw = await readAll(req);
    const body = raw ? JSON.parse(raw) : undefined;
    requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorization: req.headers.authorization, accept: req.headers.accept, ...(body ? { body } : {}) });
    const fault = faults.find((f) => (!f.method || f.method === req.method) && (f.times ?? 1) > 0);
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      return send(res, fault.status, fault.body, fault.headers);
    }
    if (req.headers.authorization !== `Bearer ${token}` && req.headers.authorization !== `token ${token}`) {
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    const list = /^\/(?:repos\/([^/]+\/[^/]+)|repositories\/(\d+))\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const notFound = () => send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    if (list) {
      if ((list[1] && list[1] !== repository) || (list[2] && Number(list[2]) !== REPO_ID)) return notFound();
      const issue = Number(list[3]);
      if (!pulls.has(issue)) return notFound();
      if (req.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
        const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
        const all = on(issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) => `<${base}/repositories/${REPO_ID}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [];
        if (page > 1) links.push(link(page - 1, 'prev'));
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'));
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(shape), links.length ? { link: links.join(', ') } : {});
      }
      if (req.method === 'POST') {
        const invalid = validateBody(body);
        if (invalid) return send(res, 422, invalid);
        return send(res, 201, shape(add(issue, body.body, 'github-actions[bot]')), { location: `${base}/repos/${repository}/issues/comments/${nextId - 1}` });
      }
    }
    if (one && one[1] === repository) {
      const c = comments.get(Number(one[2]));
      if (!c) return notFound();
      if (req.method === 'PATCH') {
        const invalid = validateBody(body);
        if (invalid) return send(res, 422, invalid);
        c.body = body.body;
        c.updated_at = stamp();
        return send(res, 200, shape(c));
      }
      if (req.method === 'DELETE') {
        comments.delete(c.id);
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'GET') return send(res, 200, shape(c));
    }
    return notFound();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base, token, repository, comments, requests, faults,
    seed: (issue, bodies, login = 'octocat') => void bodies.forEach((b) => add(issue, b, login)),
    on,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function validateBody(body: unknown): unknown {
  const b = body as { body?: unknown } | undefined;
  if (typeof b?.body !== 'string' || b.body === '') {
    return { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: DOCS, status: '422' };
  }
  if ([...b.body].length > 65_536) {
    return {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: DOCS, status: '422',
    };
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...headers });
  res.end(JSON.stringify(body));
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (data += d));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
