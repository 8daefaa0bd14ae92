// Calling the reusable workflow from another repository: the `uses:` line the docs, the example caller and the
// scaffold of `vigil init` give; that a caller written by `vigil init` fits the workflow's declared inputs, secrets
// and permissions; and that the workflow installs vigil as a package, never from vigil's own repository.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_NAME } from '../../src/load/vigil-package.ts';
import { githubRepository, scaffoldFiles } from '../../src/scaffold/scaffold.ts';
import { root } from '../support/cases.ts';

type Obj = Record<string, any>; // parsed YAML: shapes are asserted, not typed

const text = (path: string) => readFileSync(join(root, path), 'utf8');
const vigil = JSON.parse(text('package.json')) as { version: string; repository: unknown };
const repository = githubRepository(vigil.repository)!;
const USES = `${repository}/.github/workflows/vigil-review.yml@v${vigil.version}`;

const review = parse(text('.github/workflows/vigil-review.yml')) as Obj;
const declared = review.on.workflow_call as { inputs: Obj; secrets: Obj };
const example = parse(text('docs/examples/monitors-repo-workflow.yml')) as Obj;
const scaffolded = parse(scaffoldFiles(join(root, 'templates', 'init'), {
  name: 'team-monitors', package: PACKAGE_NAME, version: vigil.version, repository,
}).find((f) => f.path === '.github/workflows/monitors.yml')!.text) as Obj;

describe('calling vigil-review.yml from another repository', () => {
  it('the docs, the workflow\'s header, the example caller and vigil init give one uses: line, at the tag of this version', () => {
    expect(repository).toBe('vigil-monitors/vigil');
    expect(example.jobs.vigil.uses).toBe(USES);
    expect(scaffolded.jobs.vigil.uses).toBe(USES);
    expect(text('docs/github-review.md')).toContain(`    uses: ${USES}\n`);
    expect(text('.github/workflows/vigil-review.yml')).toContain(`#       uses: ${USES}\n`);
  });

  for (const [name, caller] of [['the example caller', example], ['the caller vigil init writes', scaffolded]] as const) {
    it(`${name}: declared inputs and secrets only, every required one, no write key, the permissions the jobs need`, () => {
      const job = caller.jobs.vigil as Obj;
      for (const k of Object.keys(job.with ?? {})) expect(declared.inputs, k).toHaveProperty([k]);
      for (const k of Object.keys(job.secrets ?? {})) expect(declared.secrets, k).toHaveProperty([k]);
      for (const [k, s] of Object.entries(declared.secrets)) if (s.required) expect(job.secrets, k).toHaveProperty([k]);
      // Write keys live in the apply environment, where pull-request runs cannot read them.
      expect(Object.keys(job.secrets).filter((k) => k === 'DD_APP_KEY' || k === 'PAGERDUTY_TOKEN')).toEqual([]);
      expect(job.with['apply-environment']).toBeTruthy();
      const wanted: Obj = {};
      for (const j of Object.values(review.jobs as Obj)) {
        for (const [scope, level] of Object.entries(j.permissions as Obj)) if (wanted[scope] !== 'write') wanted[scope] = level;
      }
      expect(caller.permissions).toEqual(wanted);
      expect(Object.keys(caller.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    });
  }

  it('installs vigil with the caller\'s lockfile or the vigil-source spec, and never checks out or clones vigil', () => {
    for (const [jobName, job] of Object.entries(review.jobs as Record<string, Obj>)) {
      const steps = job.steps as Obj[];
      for (const s of steps.filter((s) => String(s.uses ?? '').startsWith('actions/checkout@'))) {
        // The caller's own repository: no other one is checked out.
        expect(s.with?.repository, jobName).toBeUndefined();
      }
      for (const s of steps) expect(String(s.run ?? ''), `${jobName}: ${s.name}`).not.toMatch(/git clone|github\.com|vigil-monitors\/vigil(?!@)/);
      const install = steps.find((s) => s.name === 'Install vigil');
      expect(install, jobName).toBeDefined();
      expect(install!.env.VIGIL_SOURCE).toBe('${{ inputs.vigil-source }}');
      expect(runInstall(install!.run, '')).toEqual(['npm ci --no-audit --no-fund']);
      expect(runInstall(install!.run, `${PACKAGE_NAME}@${vigil.version}`))
        .toEqual([`npm install --no-save --no-audit --no-fund ${PACKAGE_NAME}@${vigil.version}`]);
    }
  });
});

/** Runs an install script as GitHub does (bash -e) with a fake `npm` that logs its arguments; returns the calls. */
function runInstall(script: string, source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-install-'));
  const log = join(dir, 'calls.log');
  writeFileSync(join(dir, 'npm'), `#!/usr/bin/env bash\necho "npm $*" >> "${log}"\n`);
  chmodSync(join(dir, 'npm'), 0o755);
  writeFileSync(log, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', script], {
    encoding: 'utf8', cwd: dir, env: { PATH: `${dir}:${process.env.PATH}`, RUNNER_TEMP: dir, VIGIL_SOURCE: source },
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
}
