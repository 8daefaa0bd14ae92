import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/cases.ts';

// vigil ships its schemas compiled (src/validate/generated/); scripts/generate-validators.ts writes them, and its
// --check mode is the guard run here.
const generated = join(root, 'src', 'validate', 'generated');
const generator = (...args: string[]) =>
  spawnSync(process.execPath, ['bench/run.js', 'scripts/generate-validators.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('compiled schema validators', () => {
  it('are what schemas/ compile to', () => {
    const r = generator('--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('count string lengths with vigil\'s helper, not ajv\'s', () => {
    const code = readFileSync(join(generated, 'validators.js'), 'utf8');
    expect(code).not.toContain('ucs2length');
    expect(code).toContain('codePointLength');
  });

  it('--check fails, writing nothing, when a file is not what schemas/ compile to, and says how to fix it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-validators-'));
    copyFileSync(join(generated, 'validators.js'), join(dir, 'validators.js'));
    const edited = `${readFileSync(join(generated, 'validators.d.ts'), 'utf8')}export declare const stale: 1;\n`;
    writeFileSync(join(dir, 'validators.d.ts'), edited);
    const r = generator('--check', '--dir', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/validators\.d\.ts is not what schemas\/ compile to\. Run "npm run validators" and commit the result\.\n$/);
    expect(r.stderr).not.toContain('validators.js ');
    expect(readFileSync(join(dir, 'validators.d.ts'), 'utf8')).toBe(edited);
  });
});
