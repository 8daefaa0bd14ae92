import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Definition files import 'vigil', which resolves to the built dist/; the CLI tests run bin/vigil.js. Build once.
// Every temporary directory a test makes (and the CLIs it starts make) goes under one directory for the run, through
// TMPDIR, which the test workers and their children inherit; it is removed when the run ends, so tests need no
// clean-up of their own and a run leaves nothing behind.
export default function setup(): () => void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'inherit' });
  const root = mkdtempSync(join(tmpdir(), 'vigil-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
