// A throw-away checkout of a "monitors repository", the kind docs/examples/monitors-repo-workflow.yml lives in:
// package.json and package-lock.json pinning vigil, and a definitions folder. The review workflow installs vigil
// with a plain "npm ci", so the checkout is made for that step to work as written, offline:
//
//   <tmp>/vigil-package/  vigil as a published package would look (package.json without scripts; bin/, dist/ and
//                         schemas/ linked to this repository, dist/ built by test/support/global-setup.ts)
//   <tmp>/checkout/       package.json + package-lock.json with "@vigil-monitors/vigil": "file:../vigil-package",
//                         and the files
//
// npm ci then links node_modules/@vigil-monitors/vigil to the package and `npx --no vigil` runs this repository's built CLI. The
// package.json has no scripts because npm runs `prepare` for a linked folder (which would rebuild dist/ here in the
// middle of the test run) but never for a package from the registry, which is what a real lockfile pins.
// The alternative, the workflow's `vigil-source` input, would skip the step users rely on by default.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from '../support/cases.ts';

const vigil = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;

/** Makes a checkout holding `files` (path → text, relative to the checkout) and returns its folder. */
export function monitorsRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-monitors-repo-'));
  const pkg = join(dir, 'vigil-package');
  mkdirSync(pkg);
  const { scripts: _scripts, devDependencies: _dev, ...published } = vigil;
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
  for (const d of ['bin', 'dist', 'schemas']) symlinkSync(join(root, d), join(pkg, d), 'dir');

  const checkout = join(dir, 'checkout');
  const manifest = { name: 'acme-monitors', private: true, devDependencies: { [vigil.name]: 'file:../vigil-package' } };
  const lock = {
    name: manifest.name,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: manifest.name, devDependencies: manifest.devDependencies },
      '../vigil-package': {
        name: vigil.name, version: vigil.version, dev: true, license: vigil.license,
        dependencies: vigil.dependencies, bin: vigil.bin, engines: vigil.engines,
      },
      [`node_modules/${vigil.name}`]: { resolved: '../vigil-package', link: true },
    },
  };
  const all: Record<string, string> = {
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`,
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(checkout, path)), { recursive: true });
    writeFileSync(join(checkout, path), text);
  }
  return checkout;
}
