import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationPath, formatAnnotation } from '../../src/github/annotations.ts';
import { ANNOTATIONS_PER_STEP } from '../../src/github/findings.ts';
import type { Diagnostic } from '../../src/ir/diagnostic.ts';
import { root } from '../support/cases.ts';

const bin = join(root, 'bin', 'vigil.js');

describe('diagnostics as GitHub annotations', () => {
  const d: Diagnostic = {
    severity: 'error', code: 'threshold-order', id: 'web-errors',
    message: '"thresholds.warning" must be below 100%, got 4,5: see\nbelow', hint: 'swap them',
    location: { file: 'monitors/a.yaml', line: 10, col: 9 },
  };

  it('formats an error as ::error with file, line, col and a title, escaping what workflow commands need', () => {
    expect(formatAnnotation(d, { projectDir: '/repo' })).toBe(
      '::error file=monitors/a.yaml,line=10,col=9,title=vigil threshold-order (web-errors)::"thresholds.warning" must be below 100%25, got 4,5: see%0Abelow Hint: swap them',
    );
  });

  it('escapes ":" and "," in properties so a path cannot inject another property', () => {
    const line = formatAnnotation({ ...d, location: { file: 'monitors/a,line=1:x.yaml', line: 2, col: 1 } }, { projectDir: '/repo' });
    expect(line.startsWith('::error file=monitors/a%2Cline=1%3Ax.yaml,line=2,col=1,')).toBe(true);
  });

  it('uses ::warning for warnings and annotates the run when there is no location', () => {
    expect(formatAnnotation({ severity: 'warning', code: 'lint', id: '-', message: 'm' }, { projectDir: '/r' })).toBe('::warning title=vigil lint::m');
  });

  it('makes paths relative to GITHUB_WORKSPACE when the project is in a subfolder of the checkout', () => {
    expect(annotationPath('monitors/a.yaml', { projectDir: '/ws/infra', workspace: '/ws' })).toBe('infra/monitors/a.yaml');
    expect(annotationPath('monitors/a.yaml', { projectDir: '/elsewhere', workspace: '/ws' })).toBe('monitors/a.yaml');
  });

  it('vigil validate --format github prints one annotation per contract line, and exits as the text format does', () => {
    const project = join(root, 'test', 'diagnostics', 'cases', 'threshold-order');
    const run = (...extra: string[]) => spawnSync(process.execPath, [bin, 'validate', '--project', project, ...extra], {
      encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: root },
    });
    const plain = run();
    const github = run('--format', 'github');
    expect(github.status).toBe(1);
    expect(github.status).toBe(plain.status);
    const lines = plain.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning) /.test(l));
    // GitHub keeps the first 10 of each level per step; the rest are plain lines.
    const used = { error: 0, warning: 0 };
    const contract = lines.filter((l) => {
      const level = / error /.test(l) ? 'error' : 'warning';
      return ++used[level] <= ANNOTATIONS_PER_STEP[level];
    });
    const annotations = github.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    expect(annotations).toHaveLength(contract.length);
    expect(contract.filter((l) => / error threshold-order /.test(l))).toHaveLength(3);
    // Same problems, same places, in the same order; paths now relative to the checkout.
    annotations.forEach((a, i) => {
      const [, file, line, col, severity, code] = /^(\S+):(\d+):(\d+) (error|warning) (\S+) /.exec(contract[i]!)!;
      expect(a.startsWith(`::${severity} file=test/diagnostics/cases/threshold-order/${file},line=${line},col=${col},title=vigil ${code}`)).toBe(true);
    });
    expect(annotations.find((a) => a.includes('title=vigil threshold-order'))).toMatch(/::"thresholds\.warning" must be below "thresholds\.critical"/);
    expect(github.stdout.split('\n').at(-2)).toBe(plain.stdout.split('\n').at(-2));
  });

  it('vigil validate rejects an unknown --format in one line', () => {
    const r = spawnSync(process.execPath, [bin, 'validate', '--format', 'xml'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('vigil validate: --format must be "text" or "github" (got "xml")\n');
  });
});
