// The local runner itself: GitHub's semantics that the end-to-end test of the review workflow relies on, each on a
// small workflow of bash steps (no vigil), so a wrong emulation fails here with a clear cause.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.ts';
import { runJob, type JobResult, type RunJobOptions } from './local-runner.ts';
import { ArtifactStore } from './runner/artifact-store.ts';
import { condition, interpolate } from './runner/expressions.ts';
import { checkPermissions } from './runner/workflow-call.ts';

let gh: FakeGitHub;
const dirs: string[] = [];
beforeAll(async () => {
  gh = await startFakeGitHub({ pulls: [] });
});
afterAll(async () => {
  await gh.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const push = { name: 'push' as const, payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/monitors', default_branch: 'main' } } };

/** Runs job `j` of a workflow given as YAML text. */
function run(yaml: string, options: Partial<RunJobOptions> = {}): Promise<JobResult> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-runner-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'workflow.yml'), yaml);
  const workspace = join(dir, 'checkout');
  mkdirSync(join(workspace, 'sub'), { recursive: true });
  return runJob({
    workflow: join(dir, 'workflow.yml'), job: 'j', event: push, sha: 'f'.repeat(40), ref: 'refs/heads/main', runId: 11,
    repository: 'acme/monitors', workspace, token: gh.token, apiUrl: gh.url, artifacts: new ArtifactStore(), ...options,
  });
}

const job = (steps: string, extra = '') => `on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;

describe('the local workflow runner', () => {
  it('continue-on-error: a failed step has outcome failure and conclusion success, and later steps still run', async () => {
    const r = await run(job(`      - id: a
        run: exit 3
        continue-on-error: true
      - name: after
        run: echo "outcome=\${A_OUTCOME} conclusion=\${A_CONCLUSION}"
        env:
          A_OUTCOME: \${{ steps.a.outcome }}
          A_CONCLUSION: \${{ steps.a.conclusion }}
`));
    expect(r.result).toBe('success');
    expect(r.steps.map((s) => [s.outcome, s.conclusion])).toEqual([['failure', 'success'], ['success', 'success']]);
    expect(r.step('after').log).toEqual(['outcome=failure conclusion=success']);
  });

  it('a failure skips the steps without a status function; failure() and always() run; the job fails', async () => {
    const r = await run(job(`      - name: fails
        run: exit 1
      - name: plain
        run: echo plain
      - name: implicit success
        if: github.ref == 'refs/heads/main'
        run: echo implicit
      - name: on failure
        if: \${{ failure() }}
        run: echo failure
      - name: always
        if: always() && job.status == 'failure'
        run: echo always
`));
    expect(r.result).toBe('failure');
    expect(Object.fromEntries(r.steps.map((s) => [s.name, s.outcome]))).toEqual({
      fails: 'failure', plain: 'skipped', 'implicit success': 'skipped', 'on failure': 'success', always: 'success',
    });
    expect(r.annotations).toEqual([{ level: 'error', message: 'Process completed with exit code 1.', step: 'fails' }]);
  });

  it('runs scripts as "bash -e {0}" (no pipefail unless shell: bash), in defaults.run.working-directory, without the test\'s environment', async () => {
    process.env.VIGIL_RUNNER_TEST_LEAK = 'leaked';
    const r = await run(job(`      - name: pipe
        run: |
          false | true
          echo "$PWD" "\${VIGIL_RUNNER_TEST_LEAK:-clean}" "$GITHUB_WORKSPACE" "$RUNNER_TEMP" "$GITHUB_REF_NAME"
      - name: pipefail
        shell: bash
        run: false | true
`, `    defaults:\n      run:\n        working-directory: sub\n`));
    delete process.env.VIGIL_RUNNER_TEST_LEAK;
    expect(r.step('pipe').outcome).toBe('success');
    const [cwd, leak, workspace, temp, refName] = r.step('pipe').log[0]!.split(' ');
    expect(cwd).toBe(join(workspace!, 'sub'));
    expect(leak).toBe('clean');
    expect(temp).toMatch(/_temp$/);
    expect(refName).toBe('main');
    expect(r.step('pipefail').outcome).toBe('failure');
  });

  it('file commands: multi-line outputs, GITHUB_ENV for later steps, the step summaries joined in order', async () => {
    const r = await run(job(`      - id: out
        name: writes
        run: |
          { echo 'text<<EOF'; echo one; echo two; echo EOF; echo 'flag=yes'; } >> "$GITHUB_OUTPUT"
          echo 'LATER=from-env-file' >> "$GITHUB_ENV"
          echo '# first' >> "$GITHUB_STEP_SUMMARY"
      - name: reads
        if: steps.out.outputs.flag == 'yes'
        env:
          TEXT: \${{ steps.out.outputs.text }}
        run: |
          echo "$TEXT|$LATER"
          echo '# second' >> "$GITHUB_STEP_SUMMARY"
`));
    expect(r.step('writes').outputs).toEqual({ text: 'one\ntwo', flag: 'yes' });
    expect(r.step('reads').log).toEqual(['one', 'two|from-env-file']);
    expect(r.summary).toBe('# first\n# second\n');
  });

  it('parses workflow commands into annotations, unescaping properties and data', async () => {
    const r = await run(job(`      - name: annotate
        run: |
          echo '::error file=monitors/a%2Cb.ts,line=4,col=2,title=vigil x%3A y::first%0Asecond 100%25'
          echo '::notice::just so you know'
`));
    expect(r.annotations).toEqual([
      { level: 'error', file: 'monitors/a,b.ts', line: 4, col: 2, title: 'vigil x: y', message: 'first\nsecond 100%', step: 'annotate' },
      { level: 'notice', message: 'just so you know', step: 'annotate' },
    ]);
  });

  it('reusable workflows: declared defaults and types, unknown inputs and secrets refused, secrets empty unless passed', async () => {
    const called = `on:
  workflow_call:
    inputs:
      flag: { type: boolean, default: false }
      percent: { type: number, default: 50 }
      key: { type: string, default: '' }
    secrets:
      TOKEN: { required: false }
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$FLAG $PERCENT $KEY [$TOKEN]"
        env:
          FLAG: \${{ inputs.flag }}
          PERCENT: \${{ inputs.percent }}
          KEY: \${{ inputs.key || 'default' }}
          TOKEN: \${{ secrets.TOKEN }}
`;
    expect((await run(called)).steps[0]!.log).toEqual(['false 50 default []']);
    expect((await run(called, { inputs: { flag: true, percent: 20 }, secrets: { TOKEN: 't' } })).steps[0]!.log).toEqual(['true 20 default [t]']);
    await expect(run(called, { inputs: { nope: 'x' } })).rejects.toThrow('Invalid input, nope is not defined in the referenced workflow.');
    await expect(run(called, { inputs: { flag: 'yes' } })).rejects.toThrow('The input "flag" of type boolean cannot take "yes"');
    await expect(run(called, { secrets: { OTHER: 'x' } })).rejects.toThrow('Invalid secret, OTHER is not defined in the referenced workflow.');
  });

  it('refuses what it does not emulate, and contexts GitHub does not offer at a place', async () => {
    await expect(run(job('      - uses: actions/cache@v4\n'))).rejects.toThrow('does not emulate "uses: actions/cache@v4"');
    await expect(run(job('      - uses: actions/upload-artifact@v3\n        with: { path: x }\n'))).rejects.toThrow('does not emulate');
    await expect(run(job('      - if: secrets.X != \'\'\n        run: echo\n'))).rejects.toThrow("Unrecognized named-value: 'secrets'");
    await expect(run(job('      - run: echo\n', '    container: node:20\n'))).rejects.toThrow('jobs.j.container is not emulated');
    expect(() => interpolate('${{ hashFiles(\'x\') }}', 'stepEnv', {})).toThrow("Unrecognized function: 'hashFiles'");
    expect(condition('${{ 1 == 1 }}', 'stepIf', {}, () => 'failure')).toBe(false); // implicit success()
  });

  it('artifacts: upload from a path, refuse a missing file with if-no-files-found: error, download another run\'s with a token', async () => {
    const store = new ArtifactStore();
    const upload = await run(job(`      - run: mkdir -p "$RUNNER_TEMP/out" && echo '{}' > "$RUNNER_TEMP/out/plan.json"
      - id: up
        uses: actions/upload-artifact@v4
        with:
          name: plan-\${{ github.sha }}
          path: \${{ runner.temp }}/out/plan.json
          if-no-files-found: error
      - name: again
        uses: actions/upload-artifact@v4
        with: { name: 'plan-\${{ github.sha }}', path: '\${{ runner.temp }}/out/plan.json' }
        continue-on-error: true
      - name: missing
        uses: actions/upload-artifact@v4
        with: { name: other, path: '\${{ runner.temp }}/nothing.json', if-no-files-found: error }
`), { artifacts: store, runId: 100 });
    expect(upload.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'failure', 'failure']);
    expect(upload.annotations.map((a) => a.message)).toEqual([
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
      expect.stringMatching(/^No files were found with the provided path: .*nothing\.json\. No artifacts will be uploaded\.$/),
    ]);
    expect(store.list().map((a) => [a.name, a.runId, [...a.files.keys()]])).toEqual([[`plan-${'f'.repeat(40)}`, 100, ['plan.json']]]);

    const download = (token: string) => run(job(`      - uses: actions/download-artifact@v4
        with:
          name: plan-${'f'.repeat(40)}
          run-id: 100
          github-token: ${token}
          path: \${{ runner.temp }}/got
      - run: cat "$RUNNER_TEMP/got/plan.json"
`), { artifacts: store, runId: 200 });
    expect((await download(gh.token)).steps[1]!.log).toEqual(['{}']);
    // Without a token, download-artifact v4 looks in the current run, where there is no such artifact.
    const noToken = await download("''");
    expect(noToken.result).toBe('failure');
    expect(noToken.annotations[0]!.message).toBe(`Unable to download artifact(s): Artifact not found for name: plan-${'f'.repeat(40)}`);
  });

  it('gh api: GET under GITHUB_API_URL with GH_TOKEN, filtered by jq; HTTP errors and a missing token exit like gh', async () => {
    gh.pushToPull(3, 'a'.repeat(40));
    gh.mergePull(3, 'b'.repeat(40));
    const r = await run(job(`      - env:
          GH_TOKEN: \${{ github.token }}
        run: |
          gh api "repos/acme/monitors/commits/${'b'.repeat(40)}/pulls" --jq '.[0].head.sha'
          gh api repos/acme/monitors/actions/artifacts?name=x --jq '.total_count'
          gh api repos/acme/monitors/commits/${'c'.repeat(40)}/pulls --jq . || echo "exit $?"
          GH_TOKEN=wrong gh api repos/acme/monitors/actions/artifacts --jq . || echo "exit $?"
          GH_TOKEN= gh api repos/acme/monitors/actions/artifacts --jq . || echo "exit $?"
          gh pr list || echo "exit $?"
`));
    expect(r.steps[0]!.log).toEqual([
      'a'.repeat(40),
      '0',
      `gh: No commit found for SHA: ${'c'.repeat(40)} (HTTP 422)`, 'exit 1',
      'gh: Bad credentials (HTTP 401)', 'exit 1',
      'gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable. Example:', '  env:', '    GH_TOKEN: ${{ github.token }}', 'exit 4',
      'gh (local shim): only "gh api <path> --jq <filter>" is emulated; got: gh pr list', 'exit 2',
    ]);
  });

  it('a called job may not ask for more token permissions than its caller grants', () => {
    expect(() => checkPermissions('review', { contents: 'read', 'pull-requests': 'write' }, { contents: 'read', 'pull-requests': 'write', actions: 'read' })).not.toThrow();
    expect(() => checkPermissions('review', { 'pull-requests': 'write' }, { 'pull-requests': 'read' }))
      .toThrow("The nested job 'review' is requesting 'pull-requests: write', but is only allowed 'pull-requests: read'.");
    expect(() => checkPermissions('apply', { actions: 'read' }, 'read-all')).not.toThrow();
  });
});
