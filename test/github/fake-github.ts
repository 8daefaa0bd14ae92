// A fake of the few GitHub REST endpoints `vigil comment` uses, on loopback, with GitHub's shapes: comment
// objects as the API returns them, Link-header pagination through /repositories/{id}/… URLs (as GitHub sends
// them), 401/403/404/422 bodies with `message` and `documentation_url`, and the 65,536-character body limit.
// Also the two reads the review workflow's apply job makes with `gh api`: the pull requests associated with a
// commit, and the repository's artifacts filtered by name (fed by the local workflow runner's artifact store).
import { createHash } from 'node:crypto';
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

/** A pull request as the fake knows it; `pushToPull` and `mergePull` move it along. */
export interface FakePull {
  number: number;
  /** The branch and its last commit. */
  headRef: string;
  headSha: string;
  /** Every head commit pushed, oldest first: GitHub associates each of them with the pull request. */
  headShas: string[];
  baseRef: string;
  /** The commit the merge made on the base branch, once merged. */
  mergeCommitSha: string | null;
  mergedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An artifact of a workflow run, in the fields GitHub's artifact object is made from. */
export interface FakeArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  /** `sha256:…` of the archive, as upload-artifact v4 records it. */
  digest?: string;
  runId: number;
  headBranch: string | null;
  headSha: string | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface FakeGitHub {
  url: string;
  token: string;
  repository: string;
  comments: Map<number, FakeComment>;
  requests: RecordedRequest[];
  faults: Fault[];
  pulls: Map<number, FakePull>;
  /** Opens pull request `number` with head commit `sha`, or pushes `sha` to it as its new head. */
  pushToPull(number: number, sha: string, headRef?: string): FakePull;
  /** Merges the pull request: `mergeSha` is the commit that lands on the base branch (the push event's sha). */
  mergePull(number: number, mergeSha: string): FakePull;
  /** Makes a commit known that no pull request is associated with (e.g. a direct push to the default branch). */
  addCommit(sha: string): void;
  /** Adds comments by other people (or by vigil, when the body has the marker) to a pull request. */
  seed(issue: number, bodies: string[], login?: string): void;
  /** Comments on a pull request, oldest first. */
  on(issue: number): FakeComment[];
  close(): Promise<void>;
}

const REPO_ID = 1296269;
const DOCS_ROOT = 'https://docs.github.com/rest';
const DOCS = `${DOCS_ROOT}/issues/comments`;

export interface FakeGitHubOptions {
  token?: string;
  repository?: string;
  /** Pull requests that exist from the start, each with a made-up head commit. Default [7]. */
  pulls?: number[];
  /** The artifacts of the repository's workflow runs, read on every list request. Default none. */
  artifacts?: () => readonly FakeArtifact[];
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghs_fake-token-that-must-never-be-printed-0123456789';
  const repository = options.repository ?? 'acme/monitors';
  const artifacts = options.artifacts ?? (() => []);
  const pulls = new Map<number, FakePull>();
  const commits = new Set<string>();
  const comments = new Map<number, FakeComment>();
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let nextId = 1000;
  let clock = Date.UTC(2025, 0, 1);
  const stamp = () => new Date((clock += 1000)).toISOString().replace(/\.\d+Z$/, 'Z');
  let base = '';

  const pushToPull = (number: number, sha: string, headRef = `feature-${number}`): FakePull => {
    const at = stamp();
    const pull = pulls.get(number)
      ?? { number, headRef, headSha: sha, headShas: [], baseRef: 'main', mergeCommitSha: null, mergedAt: null, createdAt: at, updatedAt: at };
    if (pull.mergedAt) throw new Error(`fake GitHub: pull request #${number} is merged already`);
    Object.assign(pull, { headRef, headSha: sha, updatedAt: at });
    pull.headShas.push(sha);
    pulls.set(number, pull);
    commits.add(sha);
    return pull;
  };
  const mergePull = (number: number, mergeSha: string): FakePull => {
    const pull = pulls.get(number);
    if (!pull || pull.mergedAt) throw new Error(`fake GitHub: no open pull request #${number} to merge`);
    Object.assign(pull, { mergeCommitSha: mergeSha, mergedAt: stamp() });
    pull.updatedAt = pull.mergedAt!;
    commits.add(mergeSha);
    return pull;
  };
  for (const n of options.pulls ?? [7]) pushToPull(n, createHash('sha1').update(`pull ${n} head`).digest('hex'));

  const repoShape = () => {
    const [owner, name] = repository.split('/') as [string, string];
    return {
      id: REPO_ID, node_id: Buffer.from(`Repository${REPO_ID}`).toString('base64'), name, full_name: repository, private: true,
      owner: { login: owner, id: 9919, type: 'Organization', site_admin: false },
      html_url: `https://github.com/${repository}`, url: `${base}/repos/${repository}`, fork: false, default_branch: 'main',
    };
  };
  // A "pull request simple" object, as list endpoints return them.
  const pullShape = (p: FakePull) => {
    const owner = repository.split('/')[0]!;
    const user = { login: 'octocat', id: 583231, type: 'User', site_admin: false };
    return {
      url: `${base}/repos/${repository}/pulls/${p.number}`,
      id: 1_000_000 + p.number,
      node_id: Buffer.from(`PullRequest${p.number}`).toString('base64'),
      html_url: `https://github.com/${repository}/pull/${p.number}`,
      issue_url: `${base}/repos/${repository}/issues/${p.number}`,
      number: p.number,
      state: p.mergedAt ? 'closed' : 'open',
      locked: false,
      title: `Change monitors (#${p.number})`,
      user,
      body: null,
      labels: [],
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      closed_at: p.mergedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      draft: false,
      head: { label: `${owner}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user, repo: repoShape() },
      base: { label: `${owner}:${p.baseRef}`, ref: p.baseRef, sha: createHash('sha1').update(`base of ${p.number}`).digest('hex'), user, repo: repoShape() },
      author_association: 'MEMBER',
      auto_merge: null,
    };
  };
  const artifactShape = (a: FakeArtifact) => ({
    id: a.id,
    node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url: `${base}/repos/${repository}/actions/artifacts/${a.id}`,
    archive_download_url: `${base}/repos/${repository}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    ...(a.digest ? { digest: a.digest } : {}),
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt,
    workflow_run: { id: a.runId, repository_id: REPO_ID, head_repository_id: REPO_ID, head_branch: a.headBranch, head_sha: a.headSha },
  });

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
    const commitPulls = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    const artifactList = /^\/repos\/([^/]+\/[^/]+)\/actions\/artifacts$/.exec(url.pathname);
    const list = /^\/(?:repos\/([^/]+\/[^/]+)|repositories\/(\d+))\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const notFound = () => send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    if (commitPulls && commitPulls[1] === repository && req.method === 'GET') {
      // GitHub: the merged pull request that brought a commit to the default branch; for other commits, the pull
      // requests whose branches contain it. Oldest first is an assumption; the workflow filters, never relies on it.
      const sha = commitPulls[2]!;
      if (!commits.has(sha)) {
        return send(res, 422, { message: `No commit found for SHA: ${sha}`, documentation_url: `${DOCS_ROOT}/commits/commits#list-pull-requests-associated-with-a-commit`, status: '422' });
      }
      const merged = [...pulls.values()].filter((p) => p.mergeCommitSha === sha);
      const found = merged.length > 0 ? merged : [...pulls.values()].filter((p) => p.headShas.includes(sha));
      return send(res, 200, found.sort((a, b) => a.number - b.number).map(pullShape));
    }
    if (artifactList && artifactList[1] === repository && req.method === 'GET') {
      // Newest first; `name` filters by exact name.
      const name = url.searchParams.get('name');
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
      const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
      const all = artifacts().filter((a) => name === null || a.name === name).sort((a, b) => b.id - a.id);
      return send(res, 200, { total_count: all.length, artifacts: all.slice((page - 1) * perPage, page * perPage).map(artifactShape) });
    }
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
    url: base, token, repository, comments, requests, faults, pulls, pushToPull, mergePull,
    addCommit: (sha) => void commits.add(sha),
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
