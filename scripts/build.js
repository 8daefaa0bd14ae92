// Builds dist/ from src/: the JavaScript with esbuild (one ESM file per entry, node_modules left external so the
// Datadog client is only loaded by the commands that talk to Datadog), and the type declarations of the public entry
// with the TypeScript compiler (dist/index.d.ts and the files it reaches, with declaration maps), which is what a
// project installing the package type-checks its definitions against. The build goes to a temporary folder that
// replaces dist/ in one rename, so a CLI started while another build runs (parallel test runs) never finds dist/
// half-written or missing.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
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
  shipSourcesOfDeclarationMaps(tmp);
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

/**
 * Declaration maps lead an editor's "go to definition" from a .d.ts to the TypeScript source. The package ships only
 * dist/, so each source a map names is copied to dist/src/ and the map pointed at the copy: exactly the sources the
 * public types come from, and no others.
 */
function shipSourcesOfDeclarationMaps(out) {
  for (const map of filesUnder(out).filter((f) => f.endsWith('.d.ts.map'))) {
    const json = JSON.parse(readFileSync(map, 'utf8'));
    json.sources = json.sources.map((source) => {
      const original = resolve(dirname(map), source);
      const copy = join(out, 'src', relative(join(root, 'src'), original));
      mkdirSync(dirname(copy), { recursive: true });
      copyFileSync(original, copy);
      return relative(dirname(map), copy).split('\\').join('/');
    });
    writeFileSync(map, JSON.stringify(json));
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
