#!/usr/bin/env node
// Runs a TypeScript benchmark or script: `node bench/run.js bench/sandbox-list.ts`. Node 20 cannot run .ts files,
// so the file is bundled with esbuild (dependencies left external) into node_modules/.cache/vigil-bench/ and imported.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node bench/run.js bench/<name>.ts\n');
  process.exit(1);
}
// One bundle per process, removed at exit: two checkouts sharing node_modules (or two runs at once) must not run
// each other's bundle.
const outfile = resolve('node_modules/.cache/vigil-bench', `${basename(entry, '.ts')}-${process.pid}.mjs`);
process.on('exit', () => rmSync(outfile, { force: true }));
await build({
  entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
  packages: 'external', sourcemap: 'inline', logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
