import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';

const bin = join(root, 'bin', 'vigil.js');
const fixture = join(import.meta.dirname, 'cases', 'two-teams');

function vigil(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, 'docs', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-docs-'));
  cpSync(join(fixture, 'monitors'), join(dir, 'monitors'), { recursive: true });
  return dir;
}

describe('vigil docs from the command line', () => {
  it('writes docs/catalog in the project, matching the golden files, then --check finds it current', () => {
    const dir = project();
    const r = vigil([], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Catalog in docs/catalog: 3 team pages and an index; 4 written, 0 unchanged, 0 removed.\n');
    const out = join(dir, 'docs', 'catalog');
    expect(readdirSync(out).sort()).toEqual(['README.md', 'discovery.md', 'no-team.md', 'payments.md']);
    for (const name of readdirSync(out)) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(fixture, 'expected', name), 'utf8'));
    }
    const check = vigil(['--check'], dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('The catalog in docs/catalog is up to date (4 files).\n');
    expect(vigil([], dir).stdout).toContain('0 written, 4 unchanged, 0 removed');
  });

  it('--check names each out-of-date file and exits 1; a rerun removes pages vigil made but keeps hand-written files', () => {
    const dir = project();
    const out = join(dir, 'site');
    expect(vigil(['--out', 'site'], dir).code).toBe(0);
    writeFileSync(join(out, 'payments.md'), 'edited by hand');
    writeFileSync(join(out, 'old-team.md'), readFileSync(join(out, 'discovery.md'), 'utf8'));
    writeFileSync(join(out, 'notes.md'), 'our own notes');
    const check = vigil(['--out', 'site', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('site/payments.md is out of date.\nsite/old-team.md belongs to no team any more.\n\nThe catalog in site is out of date; run "vigil docs --out site" and commit the result.\n');
    expect(readFileSync(join(out, 'payments.md'), 'utf8')).toBe('edited by hand'); // --check writes nothing
    const again = vigil(['--out', 'site'], dir);
    expect(again.stdout).toContain('1 written, 3 unchanged, 1 removed');
    expect(existsSync(join(out, 'old-team.md'))).toBe(false);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('our own notes');
  });

  it('refuses to document definitions that have errors', () => {
    const r = vigil(['--project', join(root, 'test', 'diagnostics', 'cases', 'threshold-order'), '--out', mkdtempSync(join(tmpdir(), 'vigil-docs-'))], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error threshold-order web-errors');
    expect(r.stderr).toContain('No docs: 3 errors in the definitions. Fix them first (vigil validate).');
    expect(r.stdout).toBe('');
  });

  it('answers --help and rejects unknown flags in one line', () => {
    expect(vigil(['--help'], root).stdout).toMatch(/^Usage: vigil docs \[--out DIR\] \[--check\]/);
    const bad = vigil(['--nope'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("vigil docs: Unknown option '--nope'.\n");
  });
});
