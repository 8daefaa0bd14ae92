import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { root } from '../support/cases.ts';

type Obj = Record<string, any>; // parsed YAML: shapes are asserted, not typed

function load(path: string): Obj {
  const doc = parseDocument(readFileSync(join(root, path), 'utf8'), { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message), path).toEqual([]);
  return doc.toJS() as Obj;
}

/** Every string anywhere under `node`. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

const steps = (job: Obj): Obj[] => job.steps as Obj[];
const step = (job: Obj, name: string): Obj => {
  const found = steps(job).find((s) => s.name === name);
  expect(found, name).toBeDefined();
  return found!;
};

const ci = load('.github/workflows/ci.yml');
const review = load('.github/workflows/vigil-review.yml');
const caller = load('docs/examples/monitors-repo-workflow.yml');
const all: Array<[string, Obj]> = [['ci', ci], ['vigil-review', review], ['example caller', caller]];
const { review: plan, apply } = review.jobs as { review: Obj; apply: Obj };

describe('workflow files', () => {
  it('never splice an expression into a shell script (script injection), and pin every action to a version', () => {
    for (const [name, wf] of all) {
      for (const job of Object.values(wf.jobs as Obj)) {
        for (const s of (job.steps ?? []) as Obj[]) {
          if (s.run) expect(s.run, `${name}: ${s.name ?? s.run}`).not.toContain('${{');
          if (s.uses) expect(s.uses, name).toMatch(/@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
          if (s.uses === 'actions/checkout@v4') expect(s.with?.['persist-credentials'], name).toBe(false);
        }
      }
    }
  });

  it('every shell script parses with bash', () => {
    for (const [name, wf] of all) {
      for (const job of Object.values(wf.jobs as Obj)) {
        for (const s of ((job.steps ?? []) as Obj[]).filter((x) => x.run)) {
          const r = spawnSync('bash', ['-n'], { input: s.run, encoding: 'utf8' });
          expect(r.status, `${name}: ${s.name}: ${r.stderr}`).toBe(0);
        }
      }
    }
  });

  it('ci.yml installs, type-checks and tests on pushes to main and on pull requests, reading only', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push.branches).toEqual(['main']);
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(steps(ci.jobs.test).map((s) => s.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund', 'npm run typecheck', 'npx --no vigil validate --format github', 'npm test',
    ]);
  });
});

describe('the reusable review workflow', () => {
  it('is only callable, with the documented inputs and secrets; only DD_API_KEY is required', () => {
    expect(Object.keys(review.on)).toEqual(['workflow_call']);
    const { inputs, secrets } = review.on.workflow_call as { inputs: Obj; secrets: Obj };
    for (const i of ['node-version', 'working-directory', 'definitions-dir', 'vigil-source', 'max-delete-percent', 'allow-deletes', 'apply-environment']) {
      expect(inputs[i], i).toBeDefined();
      expect(inputs[i].description, i).toBeTruthy();
    }
    expect(inputs['max-delete-percent'].type).toBe('number');
    expect(inputs['allow-deletes']).toMatchObject({ type: 'boolean', default: false });
    expect(Object.keys(secrets).sort()).toEqual(['DD_API_KEY', 'DD_APP_KEY', 'DD_APP_KEY_READONLY', 'PAGERDUTY_TOKEN', 'PAGERDUTY_TOKEN_READONLY']);
    expect(Object.entries(secrets).filter(([, s]) => s.required).map(([k]) => k)).toEqual(['DD_API_KEY']);
  });

  it('grants nothing by default and each job the least it needs', () => {
    expect(review.permissions).toEqual({});
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(apply.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'read' });
  });

  it('keeps the write keys in the apply job only, and plans pull requests with the read-only key', () => {
    const writeKey = /secrets\.(DD_APP_KEY|PAGERDUTY_TOKEN)\b(?!_)/;
    expect(strings(plan).filter((s) => writeKey.test(s))).toEqual([]);
    expect(strings(apply).filter((s) => writeKey.test(s)).length).toBeGreaterThan(0);
    expect(strings(apply).filter((s) => s.includes('_READONLY'))).toEqual([]);
    expect(step(plan, 'Plan with the read-only key').env).toMatchObject({
      DD_APP_KEY: '${{ secrets.DD_APP_KEY_READONLY }}', PAGERDUTY_TOKEN: '${{ secrets.PAGERDUTY_TOKEN_READONLY }}',
    });
    // Every vigil command that reads Datadog reads PagerDuty too when the definitions manage PagerDuty objects.
    for (const name of ['Apply', 'Check that Datadog now matches the branch']) {
      expect(step(apply, name).env, name).toMatchObject({ DD_APP_KEY: '${{ secrets.DD_APP_KEY }}', PAGERDUTY_TOKEN: '${{ secrets.PAGERDUTY_TOKEN }}' });
    }
    // Nothing outside the jobs (workflow-level env) could hand a key to both.
    expect(review.env).toBeUndefined();
  });

  it('runs the plan job on pull requests and the apply job on the default branch, one apply at a time', () => {
    expect(plan.if).toBe("github.event_name == 'pull_request'");
    expect(apply.if).toContain("github.event_name == 'push'");
    expect(apply.if).toContain("format('refs/heads/{0}', github.event.repository.default_branch)");
    expect(apply.concurrency).toEqual({ group: 'vigil-apply-${{ github.repository }}-${{ inputs.comment-key }}', 'cancel-in-progress': false });
    expect(plan.concurrency['cancel-in-progress']).toBe(true);
    expect(plan.concurrency.group).toContain('github.event.pull_request.number');
    expect(apply.environment).toBe('${{ inputs.apply-environment }}');
  });

  it('validates with annotations, plans to markdown and JSON, comments, and uploads the plan under the name apply looks for', () => {
    expect(step(plan, 'Validate').run).toContain('npx --no vigil validate --typecheck --dir "$VIGIL_DIR" --format github --findings "$RUNNER_TEMP/vigil/findings.md"');
    const planStep = step(plan, 'Plan with the read-only key');
    expect(planStep.run).toMatch(/vigil plan --dir "\$VIGIL_DIR" --markdown "\$\{backtest\[@\]\}" --out "\$RUNNER_TEMP\/vigil\/plan\.json" \\\n\s+--findings "\$RUNNER_TEMP\/vigil\/findings\.md" > /);
    // The backtest input reaches the script through env, and adds the flag only when true.
    expect(planStep.env.VIGIL_BACKTEST).toBe('${{ inputs.backtest }}');
    expect(review.on.workflow_call.inputs.backtest).toMatchObject({ type: 'boolean', default: false });
    for (const [value, flag] of [['true', ' --backtest'], ['false', '']] as const) {
      const run = runStep(`mkdir -p "$RUNNER_TEMP/vigil"\n${planStep.run as string}`, { VIGIL_DIR: 'monitors', VIGIL_BACKTEST: value });
      expect(run.calls[0]).toBe(`npx --no vigil plan --dir monitors --markdown${flag} --out ${run.dir}/vigil/plan.json --findings ${run.dir}/vigil/findings.md`);
    }
    const comment = step(plan, 'Comment on the pull request');
    expect(comment.run).toContain('vigil comment --file');
    expect(comment.env.GITHUB_TOKEN).toBe('${{ github.token }}');
    expect(comment.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    const upload = step(plan, 'Upload the reviewed plan');
    expect(upload.uses).toBe('actions/upload-artifact@v4');
    expect(upload.with.name).toBe("vigil-plan-${{ inputs.comment-key || 'default' }}-${{ github.event.pull_request.head.sha }}");
    const find = step(apply, 'Find the reviewed plan');
    expect(find.env.KEY).toBe("${{ inputs.comment-key || 'default' }}");
    expect(find.run).toContain('name="vigil-plan-$KEY-$head"');
    expect(step(apply, 'Download the reviewed plan').uses).toBe('actions/download-artifact@v4');
  });
});

/** Runs one step's script as GitHub does (bash -eo pipefail) with fake `npx` and `gh` that log their arguments. */
function runStep(script: string, env: Record<string, string>, fakes: { gh?: string; npxExit?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-step-'));
  const log = join(dir, 'calls.log');
  const fake = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\necho "${name} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  fake('npx', `exit ${fakes.npxExit ?? 0}`);
  fake('gh', fakes.gh ?? 'exit 1');
  const output = join(dir, 'github-output');
  writeFileSync(output, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    encoding: 'utf8', cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(dir, 'summary'), RUNNER_TEMP: dir, ...env },
  });
  const calls = spawnSync('cat', [log], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
  return { code: r.status, stdout: r.stdout, calls, output: readFileSync(output, 'utf8'), dir };
}

describe('the review job\'s checks, run with fake npx', () => {
  it('runs the routing cases after a clean validation, and fails the job on a failed case without withholding the plan', () => {
    const route = step(plan, 'Test routing');
    expect(route).toMatchObject({ id: 'route', if: "steps.validate.outcome == 'success'", 'continue-on-error': true });
    expect(route.run).toContain('npx --no vigil route test --dir "$VIGIL_DIR" > "$RUNNER_TEMP/vigil/route.txt"');
    const names = steps(plan).map((s) => s.name);
    expect(names.indexOf('Test routing')).toBeGreaterThan(names.indexOf('Validate'));
    expect(names.indexOf('Add failed routing cases to the comment')).toBeLessThan(names.indexOf('Comment on the pull request'));
    const fail = step(plan, 'Fail when validation or the plan failed');
    expect(fail.if).toContain("steps.route.outcome == 'failure'");
    const routed = runStep(fail.run as string, { PLANNED: 'success', ROUTED: 'failure' });
    expect(routed.code).toBe(1);
    expect(routed.stdout).toBe('::error::Routing cases failed: see the Test routing step above.\n');
    expect(runStep(fail.run as string, { PLANNED: 'skipped', ROUTED: 'skipped' }).stdout).toBe('::error::No plan: see the Validate and Plan steps above.\n');
  });

  it('puts the failed routing cases into the comment, and every finding when there is no plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-review-'));
    mkdirSync(join(dir, 'vigil'));
    writeFileSync(join(dir, 'vigil', 'plan.md'), '## vigil plan\n');
    writeFileSync(join(dir, 'vigil', 'route.txt'), 'pass  sev1 pages\nFAIL  sev3 goes to slack\n      expected: @slack-x\n      actual:   nobody (decided by default)\n\n2 routing cases: 1 passed, 1 failed.\n');
    const added = runStep(step(plan, 'Add failed routing cases to the comment').run as string, { RUNNER_TEMP: dir });
    expect(added.code).toBe(0);
    expect(readFileSync(join(dir, 'vigil', 'plan.md'), 'utf8')).toBe('## vigil plan\n\n### Routing cases failed\n\n'
      + 'Routing sends these alerts somewhere other than their cases expect ("npx vigil route test"):\n\n```text\n'
      + 'FAIL  sev3 goes to slack\n      expected: @slack-x\n      actual:   nobody (decided by default)\n2 routing cases: 1 passed, 1 failed.\n```\n');

    writeFileSync(join(dir, 'vigil', 'findings.md'), '### Findings (12)\n\n> 2 of 12 findings are not annotated\n');
    const explain = step(plan, 'Explain a missing plan').run as string;
    runStep(explain, { RUNNER_TEMP: dir, VALIDATED: 'failure', RUN_URL: 'https://example/run' });
    expect(readFileSync(join(dir, 'vigil', 'plan.md'), 'utf8')).toBe('## vigil plan\n\n**No plan:** the definitions have errors. They are annotated on the changed lines; '
      + '"npx vigil validate" lists them. Details are in the [workflow run](https://example/run).\n\n### Findings (12)\n\n> 2 of 12 findings are not annotated\n');
  });
});

describe('the apply job\'s scripts, run with fake npx and gh', () => {
  const applyScript = step(apply, 'Apply').run as string;
  const base = { VIGIL_DIR: 'monitors', MAX_DELETE_PERCENT: '20', ALLOW_DELETES: 'true' };

  it('applies the reviewed plan when it was downloaded; by hand, a fresh plan; with the delete limits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reviewed-'));
    writeFileSync(join(dir, 'plan.json'), '{}');
    const reviewed = runStep(applyScript, { ...base, EVENT: 'push', REVIEWED: join(dir, 'plan.json') });
    expect(reviewed.calls).toEqual([`npx --no vigil apply --plan ${join(dir, 'plan.json')} --match-definitions --yes --max-delete-percent 20 --allow-deletes`]);
    const manual = runStep(applyScript, { ...base, EVENT: 'workflow_dispatch', ALLOW_DELETES: 'false', REVIEWED: '/nonexistent/plan.json' });
    expect(manual.calls).toEqual(['npx --no vigil apply --dir monitors --yes --max-delete-percent 20']);
  });

  it('fails the job with an annotation when vigil refuses the reviewed plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reviewed-'));
    writeFileSync(join(dir, 'plan.json'), '{}');
    const refused = runStep(applyScript, { ...base, EVENT: 'push', REVIEWED: join(dir, 'plan.json') }, { npxExit: 1 });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('::error::vigil apply refused or failed (exit 1)');
  });

  it('on a push without a reviewed plan, applies nothing: passes when nothing would change, fails otherwise', () => {
    const env = { ...base, EVENT: 'push', REVIEWED: '/nonexistent/plan.json' };
    const clean = runStep(applyScript, env);
    expect(clean.code).toBe(0);
    expect(clean.calls).toEqual(['npx --no vigil plan --dir monitors --detailed-exitcode']);
    const changes = runStep(applyScript, env, { npxExit: 2 });
    expect(changes.code).toBe(2);
    expect(changes.calls).toEqual(['npx --no vigil plan --dir monitors --detailed-exitcode']);
    expect(changes.stdout).toContain('::error::This commit would change Datadog or PagerDuty, but no reviewed plan was found for it');
  });

  it('finds the run that uploaded the plan of the merged pull request\'s last commit', () => {
    const find = step(apply, 'Find the reviewed plan').run as string;
    const head = 'abc123'.padEnd(40, '0');
    const gh = `case "$2" in
      repos/acme/monitors/commits/*/pulls) echo ${head} ;;
      "repos/acme/monitors/actions/artifacts?name=vigil-plan-default-${head}&per_page=10")
        # The filter must keep only artifacts of runs on the reviewed commit.
        case "$4" in *'.workflow_run.head_sha == "${head}"'*) echo 987654 ;; *) exit 3 ;; esac ;;
      *) exit 1 ;;
    esac`;
    const env = { REPO: 'acme/monitors', SHA: 'f00d', KEY: 'default' };
    const found = runStep(find, env, { gh });
    expect(found.code, found.stdout).toBe(0);
    expect(found.output).toBe(`name=vigil-plan-default-${head}\nrun-id=987654\n`);
    const odd = runStep(find, env, { gh: 'echo "abc; rm -rf /"' });
    expect(odd.code).toBe(1);
    expect(odd.output).toBe('');
    const none = runStep(find, env, { gh: 'exit 1' });
    expect(none.code).toBe(0);
    expect(none.output).toBe('');
    expect(none.stdout).toContain('::notice::No merged pull request for f00d: no reviewed plan.');
  });

  it('the check after apply fails on remaining changes (exit 2) and passes when Datadog matches', () => {
    const check = step(apply, 'Check that Datadog now matches the branch').run as string;
    const env = { VIGIL_DIR: 'monitors', GITHUB_REF_NAME: 'main' };
    const drift = runStep(check, env, { npxExit: 2 });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('::error::Datadog still differs from main after this apply.');
    expect(runStep(check, env).code).toBe(0);
    expect(runStep(check, env).calls).toEqual(['npx --no vigil plan --dir monitors --detailed-exitcode']);
  });
});

describe('the example caller workflow', () => {
  const job = caller.jobs.vigil as Obj;
  const declared = review.on.workflow_call as { inputs: Obj; secrets: Obj };

  it('calls the reusable workflow at a tag, on pull requests, pushes to main and by hand', () => {
    expect(job.uses).toMatch(/^[\w-]+\/vigil\/\.github\/workflows\/vigil-review\.yml@v\d+\.\d+\.\d+$/);
    expect(Object.keys(caller.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(caller.on.push.branches).toEqual(['main']);
  });

  it('passes only inputs and secrets the workflow declares, and every required one', () => {
    for (const k of Object.keys(job.with ?? {})) expect(declared.inputs, k).toHaveProperty([k]);
    for (const k of Object.keys(job.secrets ?? {})) expect(declared.secrets, k).toHaveProperty([k]);
    for (const [k, s] of Object.entries(declared.secrets)) if (s.required) expect(job.secrets, k).toHaveProperty([k]);
  });

  it('never hands the write keys to pull-request runs: they live in the apply environment', () => {
    expect(strings(caller).filter((s) => /secrets\.(DD_APP_KEY|PAGERDUTY_TOKEN)\b(?!_)/.test(s))).toEqual([]);
    expect(job.with['apply-environment']).toBeTruthy();
  });

  it('grants at least what the called jobs ask for (a called job cannot exceed its caller), and no more', () => {
    const wanted: Obj = {};
    for (const j of [plan, apply]) {
      for (const [scope, level] of Object.entries(j.permissions as Obj)) if (wanted[scope] !== 'write') wanted[scope] = level;
    }
    expect(job.permissions ?? caller.permissions).toEqual(wanted);
  });
});
