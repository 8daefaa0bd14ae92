// Builds dist/ from src/: the JavaScript with esbuild (one ESM file per entry, node_modules left external so the
// Datadog client is only loaded by the commands that talk to Datadog), and the type declarations of the public entry
// with the TypeScript compiler (dist/index.d.ts and the files it reaches, with declaration maps), which is what a
// project installing the package type-checks its definitions against. The build goes to a temporary folder that
// replaces dist/ in one rename, so a CLI started while another build runs (parallel test runs) never finds dist/
// half-written or missing.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}dist.tmp-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;
try {
  await build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'yaml-worker': 'src/load/yaml-worker.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'scripts', 'tsconfig.declarations.json'), '--outDir', tmp], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8',
    });
  } catch (err) {
    process.stderr.write(`build: the type declarations of src/index.ts did not compile:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    process.exit(1);
  }
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  throw err;
}
try {
  renameSync(`${root}dist`, old);
} catch {
  // no previous build
}
renameSync(tmp, `${root}dist`);
rmSync(old, { recursive: true, force: true });
