// `vigil init`: the files it writes, that the project works at once (validate, type-check, route test, demo), and
// that it never overwrites anything. The same scaffold installed from the packed package is covered by
// test/package/pack.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_NAME } from '../../src/load/vigil-package.ts';
import { root } from '../support/cases.ts';
import { tempProject } from '../support/temp-project.ts';

const bin = join(root, 'bin', 'vigil.js');
const vigilPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function vigil(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

const SCAFFOLD = [
  '.github/workflows/monitors.yml', '.gitignore', 'README.md', 'monitors/checkout/monitors.ts', 'monitors/checkout/queue.yaml',
  'monitors/checkout/slos.ts', 'monitors/pagerduty.ts', 'monitors/routing.ts', 'package.json', 'tsconfig.json',
];

describe('vigil init', () => {
  it('writes a monitors repository that validates, type-checks, passes its routing cases and plans and applies in the demo', () => {
    const parent = tempProject({});
    const r = vigil(['init', 'Team Monitors'], parent);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(parent, 'Team Monitors');
    expect(filesUnder(dir)).toEqual(SCAFFOLD);
    expect(r.stdout).toContain(`Created a vigil project in Team Monitors:\n${SCAFFOLD.map((f) => `  ${f}\n`).join('')}`);
    expect(r.stdout).toContain('\nNext:\n  cd Team Monitors\n  npm install\n  npx vigil demo');
    // Run from this checkout, not an installed package: it says how to install vigil before it is on the registry.
    expect(r.stdout).toContain(`This vigil runs from its own repository (${root}). If npm cannot find ${PACKAGE_NAME}, run "npm pack" there`);

    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'team-monitors', private: true, type: 'module', dependencies: { [PACKAGE_NAME]: `^${vigilPackage.version}` } });
    // Every definition file imports the DSL by the package name; no placeholder is left anywhere.
    for (const f of SCAFFOLD) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/\{\{(name|package|version|repository)\}\}/);
    for (const f of SCAFFOLD.filter((p) => p.endsWith('.ts'))) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toMatch(new RegExp(`^import \\{[^}]+\\} from '${PACKAGE_NAME}';$`, 'm'));
    }
    // The YAML file names the schema the package ships, by its path once installed.
    const yamlFile = readFileSync(join(dir, 'monitors/checkout/queue.yaml'), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(yamlFile)?.[1];
    expect(schema).toBe(`../../node_modules/${PACKAGE_NAME}/schemas/vigil-file.schema.json`);
    expect(existsSync(join(root, 'schemas', 'vigil-file.schema.json'))).toBe(true);
    // The workflow calls the reusable workflow at the release tag of this version, and installs with the lockfile.
    const workflow = parse(readFileSync(join(dir, '.github/workflows/monitors.yml'), 'utf8'));
    expect(workflow.jobs.vigil.uses).toBe(`vigil-monitors/vigil/.github/workflows/vigil-review.yml@v${vigilPackage.version}`);
    expect(workflow.jobs.vigil.with['vigil-source']).toBeUndefined();

    // Works at once: the definitions load without a warning and the routing cases pass.
    const validate = vigil(['validate'], dir);
    expect(validate.stdout).toBe('Valid: 9 definitions in 5 files (and 3 alerts derived from SLOs).\n');
    expect(validate.code).toBe(0);
    const routes = vigil(['route', 'test'], dir);
    expect(routes.stdout).toContain('4 routing cases: 4 passed, 0 failed.');
    expect(routes.code).toBe(0);
    const demo = vigil(['demo'], dir);
    expect(demo.stderr).toContain('created datadog.monitor checkout-prod-payment-queue'); // apply's progress
    expect(demo.stderr).not.toMatch(/internal error|warning|\n\s+at /);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Plan: 15 to create, 0 to update, 0 to delete, 0 unchanged.');
    expect(demo.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 15 unchanged.');
  }, 60_000);

  it('type-checks against the package found in node_modules, as a team\'s editor and CI do', () => {
    const dir = join(tempProject({}), 'monitors-repo');
    expect(vigil(['init', dir], root).code).toBe(0);
    // The package as npm installs it: its folder under node_modules (here this checkout, whose dist/ holds the
    // declarations the package's "types" point at).
    mkdirSync(join(dir, 'node_modules', dirname(PACKAGE_NAME)), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', PACKAGE_NAME), 'dir');
    expect(vigil(['validate', '--typecheck'], dir)).toMatchObject({ code: 0, stdout: 'Valid: 9 definitions in 5 files (and 3 alerts derived from SLOs).\n' });
    const file = join(dir, 'monitors/checkout/monitors.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("thresholds: { warning: 2.5 }", "thresholds: { warning: '2.5' }"));
    const broken = vigil(['validate', '--typecheck'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^monitors\/checkout\/monitors\.ts:\d+:\d+ error typecheck -: TS2322: Type 'string' is not assignable to type 'number/m);
  }, 60_000);

  it('refuses to overwrite a file: names each one, writes nothing, exits 1', () => {
    const dir = tempProject({ 'package.json': '{"name":"ours"}\n', 'monitors/routing.ts': '// ours\n' });
    const r = vigil(['init'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      'vigil init: monitors/routing.ts already exists; vigil init never overwrites a file.',
      'vigil init: package.json already exists; vigil init never overwrites a file.',
      'Nothing was written. Hint: run vigil init in a new or empty directory (e.g. "vigil init monitors-repo"), or move those files away first.',
      '',
    ].join('\n'));
    expect(filesUnder(dir)).toEqual(['monitors/routing.ts', 'package.json']);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"name":"ours"}\n');
  });

  it('says plainly when the directory is a file or the arguments are wrong, without a stack trace', () => {
    const dir = tempProject({ 'notes.txt': 'x\n' });
    const file = vigil(['init', 'notes.txt'], dir);
    expect(file).toMatchObject({ code: 1, stdout: '' });
    expect(file.stderr).toBe('vigil init: "notes.txt" is a file, not a directory. Hint: name a new or existing directory\n');
    const two = vigil(['init', 'a', 'b'], dir);
    expect(two).toMatchObject({ code: 1, stderr: 'vigil init: takes one directory, got 2: a b\n' });
    const flag = vigil(['init', '--force'], dir);
    expect(flag).toMatchObject({ code: 1, stderr: "vigil init: Unknown option '--force'.\n" });
    // A folder of the scaffold that is a file here: a clear message, not an internal error.
    const blocked = tempProject({ monitors: 'not a folder\n' });
    const r = vigil(['init'], blocked);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^vigil init: cannot write monitors\/checkout\/monitors\.ts: a file is in the way of it or of its folder\. Hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(vigil(['init', '--help'], dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: vigil init \[DIR\]/) });
  });
});
