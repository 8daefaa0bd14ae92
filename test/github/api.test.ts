import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient, nextLink } from '../../src/github/api.ts';
import { ProviderError } from '../../src/providers/errors.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const client = (g: FakeGitHub, token = g.token) => new GitHubClient({ apiUrl: g.url, token, backoffMs: 1 });

describe('the GitHub REST client', () => {
  it('parses Link headers as GitHub writes them', () => {
    expect(nextLink('<https://api.github.com/repositories/1/issues/7/comments?page=2>; rel="next", <https://api.github.com/repositories/1/issues/7/comments?page=5>; rel="last"'))
      .toBe('https://api.github.com/repositories/1/issues/7/comments?page=2');
    expect(nextLink('<https://x/?page=1>; rel="prev", <https://x/?page=1>; rel="first"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('retries a GET on 502 and on a rate-limit answer with retry-after, and then succeeds', async () => {
    gh = await startFakeGitHub();
    gh.faults.push({ method: 'GET', status: 502, body: { message: 'Server Error' }, times: 1 });
    gh.faults.push({ method: 'GET', status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'retry-after': '0' }, times: 1 });
    const list = await client(gh).listAll('repos/acme/monitors/issues/7/comments?per_page=100');
    expect(list).toEqual([]);
    expect(gh.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('never retries a POST (a lost answer could mean a duplicate comment)', async () => {
    gh = await startFakeGitHub();
    gh.faults.push({ method: 'POST', status: 502, body: { message: 'Server Error' }, times: 1 });
    const err = await client(gh).request('POST', 'repos/acme/monitors/issues/7/comments', { body: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(502);
    expect(err.retryable).toBe(true);
    expect(gh.requests).toHaveLength(1);
  });

  it('refuses to follow a Link to another host, which would receive the token', async () => {
    const seen: string[] = [];
    const evil = createServer((req, res) => {
      seen.push(String(req.headers.authorization));
      res.end('[]');
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}/steal`;
    const home = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', link: `<${evilUrl}>; rel="next"` });
      res.end('[]');
    });
    await new Promise<void>((r) => home.listen(0, '127.0.0.1', r));
    try {
      const c = new GitHubClient({ apiUrl: `http://127.0.0.1:${(home.address() as AddressInfo).port}`, token: 'secret-token' });
      const err = await c.listAll('repos/a/b/issues/1/comments').catch((e) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect(err.message).toMatch(/^GitHub pointed to http:\/\/127\.0\.0\.1:\d+, not http:\/\/127\.0\.0\.1:\d+; refusing to send the token there$/);
      expect(seen).toEqual([]);
    } finally {
      await new Promise((r) => evil.close(r));
      await new Promise((r) => home.close(r));
    }
  });

  it('keeps the API path of GitHub Enterprise (GITHUB_API_URL ending in /api/v3)', async () => {
    const paths: string[] = [];
    const ghe = createServer((req, res) => {
      paths.push(String(req.url));
      res.end('[]');
    });
    await new Promise<void>((r) => ghe.listen(0, '127.0.0.1', r));
    try {
      await new GitHubClient({ apiUrl: `http://127.0.0.1:${(ghe.address() as AddressInfo).port}/api/v3`, token: 't' }).listAll('repos/a/b/issues/1/comments?per_page=100');
      expect(paths).toEqual(['/api/v3/repos/a/b/issues/1/comments?per_page=100']);
    } finally {
      await new Promise((r) => ghe.close(r));
    }
  });

  it('never repeats the token in an error, even when the server echoes it', async () => {
    gh = await startFakeGitHub();
    gh.faults.push({ status: 400, body: { message: `bad header: Bearer ${gh.token}` } });
    const err = await client(gh).request('GET', 'repos/acme/monitors/issues/7/comments').catch((e) => e);
    expect(err.message).toBe('GitHub answered 400 to GET /repos/acme/monitors/issues/7/comments: bad header: Bearer ***.');
  });

  it('says which host it could not reach when the connection fails', async () => {
    gh = await startFakeGitHub();
    const url = gh.url;
    await gh.close();
    gh = undefined;
    const err = await new GitHubClient({ apiUrl: url, token: 't', retries: 0 }).request('GET', 'repos/a/b').catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(`cannot reach GitHub at ${url} (GET /repos/a/b): ECONNREFUSED`);
  });
});
