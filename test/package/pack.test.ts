// The package as a team gets it: `npm pack` of this checkout, installed from the tarball into a fresh project that
// `vigil init` wrote, with TypeScript 5 beside it. One pack and one install, shared by every check in this file:
// the tarball's contents, `tsc --noEmit` on the definitions (NodeNext and Bundler, strict, no skipLibCheck), and the
// installed CLI's validate --typecheck, demo and init. Needs the npm registry (or npm's cache) for the dependencies.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/load/vigil-package.ts';
import { root } from '../support/cases.ts';

const vigilPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; types: string; exports: Record<string, any> };
const TYPESCRIPT = 'typescript@5';

interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: Array<{ path: string }>;
}

let work: string;
let packed: Packed;
let project: string;

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', timeout: 240_000,
    // npm settings of the `npm test` that started this run are not the consumer's.
    env: { ...withoutNpmLifecycle(process.env), NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return r;
}

function withoutNpmLifecycle(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_(lifecycle|package|config_(prefix|global|workspace))/i.test(k)));
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  expect(r.status, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

const npm = (args: string[], cwd: string) => run('npm', args, cwd);
const npx = (args: string[], cwd: string) => run('npx', ['--no', '--', ...args], cwd);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vigil-package-'));
  // dist/ was built for this run by test/support/global-setup.ts; packing must not rebuild it under running tests.
  const pack = ok(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root), 'npm pack');
  packed = (JSON.parse(pack) as Packed[])[0]!;
  console.log(`npm pack: ${packed.filename}, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked`);

  // A new monitors repository, then the package from the tarball and TypeScript 5 installed into it.
  project = join(work, 'team-monitors');
  ok(run(process.execPath, [join(root, 'bin', 'vigil.js'), 'init', project], work), 'vigil init');
  ok(npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename), TYPESCRIPT], project), 'npm install');
}, 300_000);

describe('the npm package, installed from its tarball', () => {
  it('holds the built JavaScript, declarations with maps and their sources, schemas, templates, README and licence, and nothing else', () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(packed.entryCount).toBe(paths.length);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'bin/vigil.js', 'dist/index.js', 'dist/index.d.ts', 'dist/index.d.ts.map',
      'dist/cli.js', 'dist/yaml-worker.js', 'templates/init/monitors/routing.ts', 'templates/init/_github/workflows/monitors.yml',
      'docs/github-review.md']) {
      expect(paths, f).toContain(f);
    }
    for (const schema of readdirSync(join(root, 'schemas'))) expect(paths).toContain(`schemas/${schema}`);
    const allowed = /^(package\.json|README\.md|LICENSE|bin\/vigil\.js|dist\/.+\.(js|js\.map|d\.ts|d\.ts\.map)|dist\/src\/.+\.ts|schemas\/[\w.-]+\.json|templates\/init\/.+|docs\/.+\.(md|yml))$/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    expect(paths.filter((p) => /^(test|bench|scripts|monitors|src|node_modules)\//.test(p))).toEqual([]);
    // Every source a declaration map leads to is in the package.
    const installed = join(project, 'node_modules', PACKAGE_NAME);
    for (const map of paths.filter((p) => p.endsWith('.d.ts.map'))) {
      for (const source of (JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[] }).sources) {
        const target = resolve(dirname(join(installed, map)), source);
        expect(existsSync(target), `${map} → ${source}`).toBe(true);
      }
    }
    // Entry points name built files that are in the package.
    expect(vigilPackage.types).toBe('./dist/index.d.ts');
    expect(vigilPackage.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
  });

  it('the CLI on the PATH is the installed package, not this checkout', () => {
    const bin = realpathSync(join(project, 'node_modules', '.bin', 'vigil'));
    expect(bin).toBe(realpathSync(join(project, 'node_modules', PACKAGE_NAME, 'bin', 'vigil.js')));
    expect(ok(npx(['vigil', '--version'], project), 'vigil --version').trim()).toBe(vigilPackage.version);
  });

  it('type-checks the definitions with TypeScript 5, strict, NodeNext and Bundler, without skipLibCheck', () => {
    expect(ok(npx(['tsc', '--version'], project), 'tsc --version')).toMatch(/^Version 5\./);
    const tsconfig = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    expect(tsconfig.compilerOptions).toMatchObject({ strict: true, module: 'NodeNext', moduleResolution: 'NodeNext' });
    expect(tsconfig.compilerOptions.skipLibCheck).toBeUndefined();
    writeFileSync(join(project, 'tsconfig.bundler.json'), JSON.stringify({
      extends: './tsconfig.json', compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' },
    }));
    for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
      const r = npx(['tsc', '--noEmit', '-p', config], project);
      expect(r.stdout + r.stderr, config).toBe('');
      expect(r.status, config).toBe(0);
    }
    // The types are vigil's, not `any`: a wrong severity is an error in the user's file, under both resolutions.
    writeFileSync(join(project, 'monitors', 'wrong.ts'), [
      `import { metricAlert } from '${PACKAGE_NAME}';`,
      "export const wrong = metricAlert({ id: 'w', name: 'w', severity: 'sev9', query: 'avg(last_5m):avg:a{*} > 1', message: 'm' });",
      '',
    ].join('\n'));
    try {
      for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
        const r = npx(['tsc', '--noEmit', '-p', config], project);
        expect(r.status, config).not.toBe(0);
        expect(r.stdout.trim(), config).toMatch(/^monitors\/wrong\.ts\(2,\d+\): error TS2322: Type '"sev9"' is not assignable to type '"sev1" \| "sev2" \| "sev3" \| "sev4" \| "sev5"/);
        expect(r.stdout.trim().split('\n'), config).toHaveLength(1);
      }
    } finally {
      rmSync(join(project, 'monitors', 'wrong.ts'));
    }
  }, 120_000);

  it('vigil validate --typecheck resolves the installed types, and vigil demo plans and applies', () => {
    expect(ok(npx(['vigil', 'validate', '--typecheck'], project), 'validate --typecheck'))
      .toBe('Valid: 9 definitions in 5 files (and 3 alerts derived from SLOs).\n');
    const demo = ok(npx(['vigil', 'demo'], project), 'vigil demo');
    expect(demo).toContain('Plan: 15 to create, 0 to update, 0 to delete, 0 unchanged.');
    expect(demo).toContain('Plan: 0 to create, 0 to update, 0 to delete, 15 unchanged.');
  }, 120_000);

  it('vigil init from the installed package writes the same project', () => {
    const again = join(work, 'again');
    const init = ok(npx(['vigil', 'init', again], project), 'installed vigil init');
    expect(init).toContain('Next:\n  cd ');
    expect(init).not.toContain('runs from its own repository');
    for (const f of ['monitors/checkout/monitors.ts', 'monitors/checkout/queue.yaml', 'monitors/routing.ts', '.github/workflows/monitors.yml', 'tsconfig.json']) {
      expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(project, f), 'utf8'));
    }
    const manifest = JSON.parse(readFileSync(join(again, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ [PACKAGE_NAME]: `^${vigilPackage.version}` });
    // The YAML's editor schema is where the installed package keeps it.
    const schema = /\$schema=(\S+)/.exec(readFileSync(join(project, 'monitors/checkout/queue.yaml'), 'utf8'))![1]!;
    expect(existsSync(resolve(project, 'monitors/checkout', schema))).toBe(true);
  });
});
