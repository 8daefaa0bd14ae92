// Builds dist/ from src/ with esbuild: one ESM file per entry, node_modules left external so the Datadog client is
// only loaded by the commands that talk to Datadog. The build goes to a temporary folder that replaces dist/ in one
// rename, so a CLI started while another build runs (parallel test runs) never finds dist/ half-written or missing.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}dist.tmp-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;
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
try {
  renameSync(`${root}dist`, old);
} catch {
  // no previous build
}
renameSync(tmp, `${root}dist`);
rmSync(old, { recursive: true, force: true });
