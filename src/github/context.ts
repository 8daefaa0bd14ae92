// Where `vigil comment` posts: the repository, the pull request and the API root, from the variables GitHub
// Actions sets (https://docs.github.com/actions/reference/variables-reference), so a workflow step needs no flags.
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../providers/errors.ts';

export interface GitHubTarget {
  apiUrl: string;
  token: string;
  /** `owner/name`. */
  repository: string;
  pullRequest: number;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Reads the target from the environment; `pr` (the `--pr` flag) wins over the event file. */
export async function githubTarget(env: NodeJS.ProcessEnv, pr?: number): Promise<GitHubTarget> {
  const token = env.GITHUB_TOKEN;
  if (!token) {
    throw new ConfigError('GITHUB_TOKEN is not set. In a workflow step, add "env: GITHUB_TOKEN: ${{ github.token }}".');
  }
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!REPOSITORY.test(repository)) {
    throw new ConfigError(`GITHUB_REPOSITORY must be "owner/name" (got ${repository ? `"${repository}"` : 'nothing'}); GitHub Actions sets it.`);
  }
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  if (!/^https?:\/\//.test(apiUrl) || !URL.canParse(apiUrl)) {
    throw new ConfigError(`GITHUB_API_URL must be an http(s) URL (got "${apiUrl}").`);
  }
  return { apiUrl, token, repository, pullRequest: pr ?? (await eventPullRequest(env.GITHUB_EVENT_PATH)) };
}

/** `pull_request.number` of the event that started the workflow (pull_request and pull_request_target events). */
async function eventPullRequest(path: string | undefined): Promise<number> {
  const none = 'no pull request to comment on: pass --pr N, or run in a workflow started by a pull_request event';
  if (!path) throw new ConfigError(`${none} (GITHUB_EVENT_PATH is not set).`);
  let event: { pull_request?: { number?: unknown } };
  try {
    event = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`cannot read the event file GITHUB_EVENT_PATH="${path}": ${(err as Error).message}`);
  }
  const n = event?.pull_request?.number;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw new ConfigError(`${none} (the event has no pull_request.number).`);
  return n;
}
