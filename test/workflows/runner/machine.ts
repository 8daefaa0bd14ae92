// The runner machine a job gets, as GitHub's hosted ubuntu runner sets it up: fresh folders (RUNNER_TEMP, a home,
// the event file), `gh` on PATH (the stand-in in gh-shim.mjs), the `github` context, and the variables every step
// starts with, which come from the run and never from the test process's own environment.
// https://docs.github.com/actions/reference/variables-reference
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArtifactStore } from './artifact-store.ts';

type Obj = Record<string, any>; // webhook payloads and parsed workflow YAML

export interface WorkflowEvent {
  name: 'pull_request' | 'push' | 'workflow_dispatch';
  /** The webhook payload, as GITHUB_EVENT_PATH holds it and `github.event` shows it. */
  payload: Obj;
}

export interface RunOptions {
  event: WorkflowEvent;
  /** `github.sha` and `github.ref` (for a pull request: its test merge commit and refs/pull/N/merge). */
  sha: string;
  ref: string;
  /** Artifacts are kept per run; the jobs of one workflow run share an id. */
  runId: number;
  repository: string;
  /** The checkout, prepared by the test: actions/checkout does nothing here. */
  workspace: string;
  /** Secrets of deployment environments: a job with `environment: <name>` sees these over the passed ones. */
  environments?: Record<string, Record<string, string>>;
  /** The job's GITHUB_TOKEN and the API it works with (GITHUB_API_URL; here the fake GitHub). */
  token: string;
  apiUrl: string;
  artifacts: ArtifactStore;
  /** Variables of the runner machine's own environment (e.g. where the sandbox listens), below the workflow's `env:`. */
  runnerEnv?: Record<string, string>;
  /** Upper bound for one step, below the job's timeout-minutes; default 60 s, so a hung step fails a test soon. */
  stepTimeoutMs?: number;
}

export const SERVER_URL = 'https://github.com';
const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const GH_SHIM = join(import.meta.dirname, 'gh-shim.mjs');

export interface RunnerDirs {
  root: string;
  temp: string;
  home: string;
  toolCache: string;
  bin: string;
  eventPath: string;
}

/** A fresh runner for each job, as on GitHub: its own temp folder, home, event file and `gh`. */
export function makeRunnerDirs(): RunnerDirs {
  const root = mkdtempSync(join(tmpdir(), 'vigil-runner-'));
  const dirs = {
    root, temp: join(root, '_temp'), home: join(root, 'home'), toolCache: join(root, '_tool'), bin: join(root, 'bin'),
    eventPath: join(root, '_temp', '_github_workflow', 'event.json'),
  };
  for (const d of [dirs.temp, dirs.home, dirs.toolCache, dirs.bin, dirname(dirs.eventPath), join(dirs.temp, '_runner_file_commands')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.bin, 'gh'), `#!/usr/bin/env bash\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(GH_SHIM)} "$@"\n`, { mode: 0o755 });
  return dirs;
}

export function githubContext(options: RunOptions, workflow: Obj, job: string, eventPath: string) {
  const pr = options.event.payload.pull_request as Obj | undefined;
  const refName = options.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
  const [owner] = options.repository.split('/');
  return {
    action: '', actor: 'octocat', triggering_actor: 'octocat', api_url: options.apiUrl, graphql_url: `${options.apiUrl}/graphql`,
    base_ref: pr ? String(pr.base?.ref ?? '') : '', head_ref: pr ? String(pr.head?.ref ?? '') : '',
    event: options.event.payload, event_name: options.event.name, event_path: eventPath,
    job, ref: options.ref, ref_name: refName, ref_type: options.ref.startsWith('refs/tags/') ? 'tag' : 'branch', ref_protected: false,
    repository: options.repository, repository_owner: owner, retention_days: '90',
    run_id: String(options.runId), run_number: '1', run_attempt: '1', secret_source: 'Actions', server_url: SERVER_URL, sha: options.sha,
    token: options.token, workflow: String(workflow.name ?? ''), workspace: options.workspace,
  };
}

/** What the runner itself puts in every step's environment: a clean machine, not the test process's variables. */
export function runnerEnvironment(options: RunOptions, runner: RunnerDirs, github: ReturnType<typeof githubContext>, paths: string[]): Record<string, string> {
  const path = [...paths, runner.bin, dirname(process.execPath), ...SYSTEM_PATH].filter((p, i, all) => all.indexOf(p) === i).join(':');
  return {
    PATH: path, HOME: runner.home, LANG: 'C.UTF-8', CI: 'true', GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_NAME: 'local-runner', RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runner.temp, RUNNER_TOOL_CACHE: runner.toolCache,
    GITHUB_WORKSPACE: options.workspace, GITHUB_REPOSITORY: options.repository, GITHUB_REPOSITORY_OWNER: github.repository_owner!,
    GITHUB_EVENT_NAME: options.event.name, GITHUB_EVENT_PATH: runner.eventPath, GITHUB_SHA: options.sha, GITHUB_REF: options.ref,
    GITHUB_REF_NAME: github.ref_name, GITHUB_REF_TYPE: github.ref_type, GITHUB_HEAD_REF: github.head_ref, GITHUB_BASE_REF: github.base_ref,
    GITHUB_RUN_ID: github.run_id, GITHUB_RUN_NUMBER: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_ACTOR: 'octocat', GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_WORKFLOW: github.workflow, GITHUB_SERVER_URL: SERVER_URL, GITHUB_API_URL: options.apiUrl, GITHUB_GRAPHQL_URL: github.graphql_url,
    GITHUB_RETENTION_DAYS: '90',
    ...options.runnerEnv,
  };
}

export function fileCommandFiles(temp: string, index: number) {
  const at = (kind: string) => {
    const f = join(temp, '_runner_file_commands', `${kind}_${index}`);
    writeFileSync(f, '');
    return f;
  };
  return { output: at('set_output'), env: at('set_env'), path: at('add_path'), summary: at('step_summary'), state: at('save_state') };
}

/** The commit and branch a run is for, as its artifacts record them: a pull request's head, not its test merge. */
export function runHead(options: RunOptions): { sha: string; branch: string } {
  const head = options.event.payload.pull_request?.head as Obj | undefined;
  if (head) return { sha: String(head.sha), branch: String(head.ref) };
  return { sha: options.sha, branch: options.ref.replace(/^refs\/heads\//, '') };
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
