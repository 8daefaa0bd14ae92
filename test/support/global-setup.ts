import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Definition files import 'vigil', which resolves to the built dist/; the CLI tests run bin/vigil.js. Build once.
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'inherit' });
}
