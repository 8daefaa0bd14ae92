// A local run of one job of a real workflow file, close enough to GitHub's hosted ubuntu runner to test a workflow
// end to end without Docker or GitHub: expressions and `if:` by GitHub's own expression library, `run:` steps by
// bash as the runner starts them, the runner's variables and file commands, outcome vs conclusion under
// `continue-on-error`, and the few actions the review workflow uses (runner/actions.ts). A `gh` stand-in is on PATH
// (runner/gh-shim.mjs), answered by whatever GitHub API `apiUrl` points to. What is not emulated fails loudly.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { runAction } from './runner/actions.ts';
import { condition, interpolate, interpolateString, type Contexts, type JobStatus } from './runner/expressions.ts';
import {
  fileCommandFiles, githubContext, isDir, makeRunnerDirs, runHead, runnerEnvironment, SERVER_URL, type RunOptions,
} from './runner/machine.ts';
import { parseFileCommand, parseWorkflowCommand, runShell } from './runner/shell.ts';
import { callerJob, checkPermissions, passedSecrets, typedInputs } from './runner/workflow-call.ts';

type Obj = Record<string, any>; // parsed workflow YAML: shapes are checked where used

export type { RunOptions, WorkflowEvent } from './runner/machine.ts';

export interface RunJobOptions extends RunOptions {
  workflow: string;
  job: string;
  /** For a reusable workflow: the inputs and secrets its caller passes (runCalledJob works them out). */
  inputs?: Record<string, unknown>;
  secrets?: Record<string, string>;
}

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepResult {
  name: string;
  id: string | undefined;
  outcome: Outcome;
  conclusion: Outcome;
  outputs: Record<string, string>;
  log: string[];
  /** Wall time of the step. */
  ms: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
  step: string;
}

export interface JobResult {
  result: 'success' | 'failure' | 'skipped';
  steps: StepResult[];
  /** Every line the steps printed, in order. */
  log: string[];
  annotations: Annotation[];
  /** The job summary: every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  environment: string;
  concurrency: string | undefined;
  /** Names of the secrets the job could read (passed by the caller, or of its environment), sorted. */
  secrets: string[];
  step(name: string): StepResult;
}

/** Runs one job of `workflow`. Rejects on anything the emulation does not cover; a failing step is a result. */
export async function runJob(options: RunJobOptions): Promise<JobResult> {
  const workflow = parse(readFileSync(options.workflow, 'utf8'), { uniqueKeys: true }) as Obj;
  const job = (workflow.jobs as Obj)[options.job] as Obj | undefined;
  if (!job) throw new Error(`no job "${options.job}" in ${options.workflow}`);
  for (const key of ['strategy', 'container', 'services', 'uses', 'needs']) {
    if (job[key] !== undefined) throw new Error(`jobs.${options.job}.${key} is not emulated by the local runner`);
  }
  if (JSON.stringify(workflow.defaults ?? {}).includes('${{')) throw new Error('the workflow-level defaults.run cannot use expressions (GitHub refuses it)');
  const runner = makeRunnerDirs();
  try {
    writeFileSync(runner.eventPath, JSON.stringify(options.event.payload));
    const github = githubContext(options, workflow, options.job, runner.eventPath);
    const isCall = workflow.on?.workflow_call !== undefined;
    const inputs = isCall ? typedInputs(workflow, options.inputs ?? {}, github) : {};
    const empty = { vars: {}, needs: {}, strategy: {}, matrix: {} };
    const base: Contexts = { github, inputs, ...empty };
    const result: JobResult = {
      result: 'success', steps: [], log: [], annotations: [], summary: '', environment: '', concurrency: undefined, secrets: [],
      step(name) {
        const s = this.steps.find((x) => x.name === name);
        if (!s) throw new Error(`no step "${name}" in this run (steps: ${this.steps.map((x) => x.name).join(', ')})`);
        return s;
      },
    };
    if (!condition(job.if, 'jobIf', base, () => 'success')) {
      result.result = 'skipped';
      return result;
    }
    const runsOn = String(interpolate(job['runs-on'], 'jobRunsOn', base));
    if (!/^ubuntu-/.test(runsOn)) throw new Error(`runs-on: ${runsOn} is not emulated (ubuntu runners only)`);
    const environment = job.environment;
    result.environment = String(interpolate(typeof environment === 'object' && environment ? environment.name : environment ?? '', 'jobEnvironment', base) ?? '');
    const concurrency = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group;
    if (concurrency !== undefined) result.concurrency = interpolateString(concurrency, 'jobConcurrency', base);
    const timeoutMinutes = Number(interpolate(job['timeout-minutes'] ?? 360, 'jobTimeout', base));

    // Environment secrets win over the ones passed by a caller, as GitHub documents for reusable workflows.
    const secrets = {
      ...(isCall ? passedSecrets(workflow, options.secrets ?? {}, {}) : options.secrets ?? {}),
      ...(result.environment ? options.environments?.[result.environment] ?? {} : {}),
      GITHUB_TOKEN: options.token,
    };
    result.secrets = Object.keys(secrets).sort();
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries((workflow.env ?? {}) as Obj)) env[k] = interpolateString(v, 'jobEnv', { ...base, secrets });
    for (const [k, v] of Object.entries((job.env ?? {}) as Obj)) env[k] = interpolateString(v, 'jobEnv', { ...base, secrets });
    const defaults = { ...(workflow.defaults?.run ?? {}), ...(job.defaults?.run ?? {}) } as Obj;
    const defaultDir = defaults['working-directory'] === undefined ? undefined : interpolateString(defaults['working-directory'], 'jobDefaultsRun', { ...base, env });
    const paths: string[] = [];
    const steps: Record<string, { outcome: Outcome; conclusion: Outcome; outputs: Record<string, string> }> = {};
    let status: JobStatus = 'success';
    const deadline = Date.now() + timeoutMinutes * 60_000;

    for (const [index, step] of ((job.steps ?? []) as Obj[]).entries()) {
      const id = step.id as string | undefined;
      const contexts = (stepEnv: Record<string, string> = {}): Contexts => ({
        ...base, secrets, steps, env: { ...env, ...stepEnv },
        job: { status, container: {}, services: {} },
        runner: { os: 'Linux', arch: 'X64', name: 'local-runner', environment: 'github-hosted', temp: runner.temp, tool_cache: runner.toolCache, debug: '' },
      });
      const name = step.name !== undefined ? interpolateString(step.name, 'stepName', contexts())
        : step.uses ? `Run ${step.uses}` : `Run ${String(step.run).split('\n')[0]}`;
      const record: StepResult = { name, id, outcome: 'skipped', conclusion: 'skipped', outputs: {}, log: [], ms: 0 };
      const started = Date.now();
      result.steps.push(record);
      const say = (line: string) => {
        record.log.push(line);
        result.log.push(line);
        const cmd = parseWorkflowCommand(line);
        if (cmd && (cmd.command === 'error' || cmd.command === 'warning' || cmd.command === 'notice')) {
          const p = cmd.properties;
          result.annotations.push({
            level: cmd.command, message: cmd.message, step: name,
            ...(p.file ? { file: p.file } : {}), ...(p.line ? { line: Number(p.line) } : {}),
            ...(p.col ? { col: Number(p.col) } : {}), ...(p.title ? { title: p.title } : {}),
          });
        }
      };
      if (!condition(step.if, 'stepIf', contexts(), () => status)) {
        if (id) steps[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
        continue;
      }
      const stepEnv = Object.fromEntries(Object.entries((step.env ?? {}) as Obj).map(([k, v]) => [k, interpolateString(v, 'stepEnv', contexts())]));
      const ctx = contexts(stepEnv);
      const continueOnError = interpolate(step['continue-on-error'] ?? false, 'stepContinueOnError', ctx) === true;
      const files = fileCommandFiles(runner.temp, index);
      let ok: boolean;
      if (step.uses) {
        const withInputs = Object.fromEntries(Object.entries((step.with ?? {}) as Obj).map(([k, v]) => [k, interpolateString(v, 'stepWith', ctx)]));
        const r = runAction(String(step.uses), {
          inputs: withInputs, workspace: options.workspace, home: runner.home, runId: options.runId, repository: options.repository,
          serverUrl: SERVER_URL, token: options.token, sha: options.sha, refName: github.ref_name, store: options.artifacts, log: say,
          runHead: runHead(options),
        });
        ok = r.ok;
        record.outputs = r.outputs;
      } else if (step.run !== undefined) {
        const dir = step['working-directory'] !== undefined ? interpolateString(step['working-directory'], 'stepWorkingDirectory', ctx) : defaultDir;
        const cwd = resolve(options.workspace, dir ?? '.');
        if (!isDir(cwd)) {
          say(`::error::An error occurred trying to start process '/usr/bin/bash' with working directory '${cwd}'. No such file or directory`);
          ok = false;
        } else {
          const processEnv = {
            ...runnerEnvironment(options, runner, github, paths), ...env, ...stepEnv,
            GITHUB_ACTION: id ?? `__run${index ? `_${index}` : ''}`,
            GITHUB_OUTPUT: files.output, GITHUB_ENV: files.env, GITHUB_PATH: files.path, GITHUB_STEP_SUMMARY: files.summary, GITHUB_STATE: files.state,
          };
          const run = await runShell({
            shell: step.shell ?? defaults.shell, script: interpolateString(step.run, 'stepRun', ctx), cwd, env: processEnv, tempDir: runner.temp,
            timeoutMs: Math.max(0, Math.min(deadline - Date.now(), options.stepTimeoutMs ?? 60_000)), onLine: say,
          });
          if (run.timedOut) say(`::error::The step "${name}" was stopped: it ran out of time (timeout-minutes or the test's step limit).`);
          else if (run.code !== 0) say(`::error::Process completed with exit code ${run.code}.`);
          ok = run.code === 0 && !run.timedOut;
        }
        record.outputs = Object.fromEntries(parseFileCommand(readFileSync(files.output, 'utf8'), 'GITHUB_OUTPUT'));
        for (const [k, v] of parseFileCommand(readFileSync(files.env, 'utf8'), 'GITHUB_ENV')) env[k] = v;
        paths.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse());
        const summary = readFileSync(files.summary, 'utf8');
        if (Buffer.byteLength(summary) > 1024 * 1024) say('::error::$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got more.');
        else result.summary += summary;
      } else {
        throw new Error(`step ${index + 1} of ${options.job} has neither run nor uses`);
      }
      record.ms = Date.now() - started;
      record.outcome = ok ? 'success' : 'failure';
      record.conclusion = ok || continueOnError ? 'success' : 'failure';
      if (id) steps[id] = { outcome: record.outcome, conclusion: record.conclusion, outputs: record.outputs };
      if (record.conclusion === 'failure') status = 'failure';
    }
    result.result = status === 'success' ? 'success' : 'failure';
    return result;
  } finally {
    rmSync(runner.root, { recursive: true, force: true });
  }
}

export interface CalledJobOptions extends RunOptions {
  /** The caller workflow (e.g. the documented example), its calling job, and the called workflow's job to run. */
  caller: string;
  callerJob: string;
  job: string;
  /** The repository's secrets, as the caller's `secrets` context sees them. */
  repositorySecrets: Record<string, string>;
  /** The local file for the caller's `uses:` reference. */
  resolveUses(uses: string): string;
}

/** Runs one job of the reusable workflow that `callerJob` of the caller workflow calls, as GitHub starts it. */
export async function runCalledJob(options: CalledJobOptions): Promise<JobResult> {
  const caller = parse(readFileSync(options.caller, 'utf8'), { uniqueKeys: true }) as Obj;
  const github = githubContext(options, caller, options.callerJob, '');
  const call = callerJob(caller, options.callerJob, { name: options.event.name, ref: options.ref }, { github, secrets: options.repositorySecrets });
  const workflow = options.resolveUses(call.uses);
  const called = parse(readFileSync(workflow, 'utf8'), { uniqueKeys: true }) as Obj;
  checkPermissions(options.job, called.jobs?.[options.job]?.permissions, call.permissions);
  const secrets = passedSecrets(called, call.secrets, options.repositorySecrets);
  return runJob({ ...options, workflow, inputs: call.inputs, secrets });
}
