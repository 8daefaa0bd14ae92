import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/plan/render/markdown.ts';
import type { Plan } from '../../src/plan/types.ts';
import { root } from '../support/cases.ts';
import { startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const bin = join(root, 'bin', 'vigil.js');
const MARKER = '<!-- vigil-plan -->';

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs `vigil comment` as a child process, so this process keeps serving the fake GitHub. */
function vigil(gh: FakeGitHub, args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    // The test's own environment may be a GitHub Actions run: nothing of it leaks into these runs.
    const env: NodeJS.ProcessEnv = {
      ...process.env, GITHUB_API_URL: gh.url, GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: gh.repository, GITHUB_EVENT_PATH: undefined, ...options.env,
    };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [bin, 'comment', ...args], { cwd: root, env });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-comment-')), 'plan.md');
  writeFileSync(path, text);
  return path;
}

/** A plan with `n` creates, each with a payload big enough that the markdown spans several comments. */
function bigPlan(n: number): Plan {
  const changes = Array.from({ length: n }, (_, i) => ({
    action: 'create' as const, kind: 'datadog.monitor' as const, id: `svc-prod-monitor-${i}`,
    payload: { name: `[prod] monitor ${i}`, type: 'query alert', query: `avg(last_5m):avg:m.${i}{*} > 1`, message: 'z'.repeat(1500), tags: ['managed-by:vigil'] },
  }));
  return { version: 1, summary: { create: n, update: 0, delete: 0, unchanged: 0 }, changes, drift: [], remoteIds: {}, remoteVersions: {} };
}
const noChanges: Plan = { version: 1, summary: { create: 0, update: 0, delete: 0, unchanged: 27 }, changes: [], drift: [], remoteIds: {}, remoteVersions: {} };

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('vigil comment against a fake GitHub on loopback', () => {
  it('creates the comment once, then updates it in place, and leaves an unchanged comment alone', async () => {
    gh = await startFakeGitHub();
    gh.seed(7, ['Looks good to me', 'Can you add a runbook?']);
    const first = await vigil(gh, ['--pr', '7', '--file', file('## vigil plan\n\n3 to create\n')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Plan comment created on pull request #7: 1 part \(1 created, 0 updated, 0 unchanged, 0 deleted\)\.\nhttps:\/\/github\.com\/acme\/monitors\/pull\/7#issuecomment-\d+\n$/);
    const mine = gh.on(7).filter((c) => c.body.startsWith(MARKER));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toBe(`${MARKER}\n<!-- vigil-plan-part 1/1 -->\n## vigil plan\n\n3 to create\n`);
    for (const r of gh.requests) {
      expect(r.authorization).toBe(`Bearer ${gh.token}`);
      expect(r.accept).toBe('application/vnd.github+json');
    }
    expect(gh.requests[0]!.path).toBe('/repos/acme/monitors/issues/7/comments?per_page=100');

    const second = await vigil(gh, ['--pr', '7'], { stdin: '## vigil plan\n\n4 to create\n' });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Plan comment updated on pull request #7: 1 part (0 created, 1 updated, 0 unchanged, 0 deleted).');
    expect(gh.on(7)).toHaveLength(3);
    expect(gh.comments.get(mine[0]!.id)!.body).toContain('4 to create');

    const before = gh.requests.length;
    const third = await vigil(gh, ['--pr', '7'], { stdin: '## vigil plan\n\n4 to create\n' });
    expect(third.stdout).toContain('Plan comment unchanged');
    expect(gh.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
    for (const r of [first, second, third]) expect(r.stdout + r.stderr).not.toContain(gh.token);
  });

  it('finds its comment on a later page of a long thread, through the Link header', async () => {
    gh = await startFakeGitHub();
    gh.seed(7, Array.from({ length: 150 }, (_, i) => `comment ${i}`));
    gh.seed(7, [`${MARKER}\n<!-- vigil-plan-part 1/1 -->\nold plan\n`], 'github-actions[bot]');
    gh.seed(7, Array.from({ length: 100 }, (_, i) => `later comment ${i}`));
    const ours = gh.on(7).find((c) => c.body.startsWith(MARKER))!;
    const r = await vigil(gh, ['--pr', '7'], { stdin: 'new plan\n' });
    expect(r.code).toBe(0);
    const gets = gh.requests.filter((q) => q.method === 'GET').map((q) => q.path);
    expect(gets).toEqual([
      '/repos/acme/monitors/issues/7/comments?per_page=100',
      '/repositories/1296269/issues/7/comments?per_page=100&page=2',
      '/repositories/1296269/issues/7/comments?per_page=100&page=3',
    ]);
    expect(gh.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`)).toEqual([`PATCH /repos/acme/monitors/issues/comments/${ours.id}`]);
    expect(gh.comments.get(ours.id)!.body).toContain('new plan');
  });

  it('splits a plan longer than 65,536 characters into parts, and deletes leftover parts when it shrinks', async () => {
    gh = await startFakeGitHub();
    const big = renderMarkdown(bigPlan(100));
    expect(big.length).toBeGreaterThan(150_000);
    const event = file(JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: 'abc' } } }));
    const r = await vigil(gh, [], { stdin: big, env: { GITHUB_EVENT_PATH: event } });
    expect(r.code).toBe(0);
    const parts = gh.on(7);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toContain(`${parts.length} parts (${parts.length} created, 0 updated, 0 unchanged, 0 deleted)`);
    parts.forEach((p, i) => {
      expect([...p.body].length).toBeLessThanOrEqual(65_536);
      expect(p.body.startsWith(`${MARKER}\n<!-- vigil-plan-part ${i + 1}/${parts.length} -->\n`)).toBe(true);
      expect(p.body.match(/<details>/g)?.length).toBe(p.body.match(/<\/details>/g)?.length);
    });
    const all = parts.map((p) => p.body).join('');
    for (let i = 0; i < 100; i++) expect(all).toContain(`<code>svc-prod-monitor-${i}</code>`);

    const ids = parts.map((p) => p.id);
    const shrink = await vigil(gh, ['--pr', '7'], { stdin: renderMarkdown(noChanges) });
    expect(shrink.code).toBe(0);
    expect(shrink.stdout).toContain(`1 part (0 created, 1 updated, 0 unchanged, ${ids.length - 1} deleted)`);
    const left = gh.on(7);
    expect(left.map((c) => c.id)).toEqual([ids[0]]);
    expect(left[0]!.body).toContain('**No changes.** 27 objects already match the code.');
    expect(gh.requests.filter((q) => q.method === 'DELETE').map((q) => q.path)).toEqual(ids.slice(1).map((id) => `/repos/acme/monitors/issues/comments/${id}`));
  });

  it('keeps one comment per --key, so two vigil projects on one pull request do not overwrite each other', async () => {
    gh = await startFakeGitHub();
    expect((await vigil(gh, ['--pr', '7', '--key', 'payments'], { stdin: 'payments plan' })).code).toBe(0);
    expect((await vigil(gh, ['--pr', '7', '--key', 'search'], { stdin: 'search plan' })).code).toBe(0);
    expect((await vigil(gh, ['--pr', '7', '--key', 'payments'], { stdin: 'payments plan, again' })).code).toBe(0);
    expect(gh.on(7).map((c) => c.body.split('\n')[0])).toEqual(['<!-- vigil-plan:payments -->', '<!-- vigil-plan:search -->']);
    expect(gh.on(7)[0]!.body).toContain('payments plan, again');
  });

  it('a 403 from GitHub is one clear line and exit 1, without the token', async () => {
    gh = await startFakeGitHub();
    gh.faults.push({ method: 'POST', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' } });
    const r = await vigil(gh, ['--pr', '7'], { stdin: 'plan' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('vigil comment: GitHub answered 403 to POST /repos/acme/monitors/issues/7/comments: Resource not accessible by integration. Hint: the token may not write pull-request comments: give the job "permissions: pull-requests: write" (a pull request from a fork gets a read-only token).\n');
    expect(r.stderr).not.toContain(gh.token);
    expect(gh.on(7)).toHaveLength(0);
  });

  it('reports bad credentials, an unknown pull request and GitHub\'s validation errors in one line each', async () => {
    gh = await startFakeGitHub();
    const bad = await vigil(gh, ['--pr', '7'], { stdin: 'plan', env: { GITHUB_TOKEN: 'ghp_wrong-token-value' } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('vigil comment: GitHub answered 401 to GET /repos/acme/monitors/issues/7/comments: Bad credentials. Hint: GITHUB_TOKEN is missing, expired or wrong.\n');
    expect(bad.stderr).not.toContain('ghp_wrong-token-value');
    const missing = await vigil(gh, ['--pr', '99'], { stdin: 'plan' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^vigil comment: GitHub answered 404 to GET \/repos\/acme\/monitors\/issues\/99\/comments: Not Found\. Hint: check GITHUB_REPOSITORY/);
    gh.faults.push({ method: 'POST', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], status: '422' } });
    const invalid = await vigil(gh, ['--pr', '7'], { stdin: 'plan' });
    expect(invalid.stderr).toBe('vigil comment: GitHub answered 422 to POST /repos/acme/monitors/issues/7/comments: Validation Failed: body is too long (maximum is 65536 characters).\n');
    for (const r of [bad, missing, invalid]) expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('refuses, before calling GitHub, without a token, a pull request, a repository or any markdown', async () => {
    gh = await startFakeGitHub();
    const cases: Array<[string[], { stdin?: string; env?: NodeJS.ProcessEnv }, string]> = [
      [['--pr', '7'], { stdin: 'plan', env: { GITHUB_TOKEN: undefined } }, 'vigil comment: GITHUB_TOKEN is not set. In a workflow step, add "env: GITHUB_TOKEN: ${{ github.token }}".\n'],
      [[], { stdin: 'plan' }, 'vigil comment: no pull request to comment on: pass --pr N, or run in a workflow started by a pull_request event (GITHUB_EVENT_PATH is not set).\n'],
      [[], { stdin: 'plan', env: { GITHUB_EVENT_PATH: file(JSON.stringify({ ref: 'refs/heads/main' })) } }, 'vigil comment: no pull request to comment on: pass --pr N, or run in a workflow started by a pull_request event (the event has no pull_request.number).\n'],
      [['--pr', '7'], { stdin: 'plan', env: { GITHUB_REPOSITORY: 'not a repo' } }, 'vigil comment: GITHUB_REPOSITORY must be "owner/name" (got "not a repo"); GitHub Actions sets it.\n'],
      [['--pr', '7'], { stdin: '  \n' }, 'vigil comment: the markdown on stdin is empty; nothing to post\n'],
      [['--pr', 'seven'], { stdin: 'plan' }, 'vigil comment: --pr must be a pull request number (got "seven")\n'],
    ];
    for (const [args, options, message] of cases) {
      const r = await vigil(gh, args, options);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(message);
    }
    expect(gh.requests).toHaveLength(0);
  });

  it('answers --help', async () => {
    gh = await startFakeGitHub();
    const r = await vigil(gh, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: vigil comment /);
    expect(r.stdout).toContain('<!-- vigil-plan -->');
  });
});
