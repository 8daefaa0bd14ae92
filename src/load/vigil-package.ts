import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * This copy of vigil's root, found from this module's location whether it runs from dist/, from source (the tests,
 * which build dist/ first) or bundled into a benchmark.
 */
export const VIGIL_ROOT = vigilRoot(dirname(fileURLToPath(import.meta.url)));

/** The module user files get for `import … from 'vigil'`: the built entry of this very copy of vigil. */
export const VIGIL_URL = pathToFileURL(join(VIGIL_ROOT, 'dist', 'index.js')).href;

function vigilRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'vigil') return dir;
    } catch {
      // no readable package.json here; keep walking up
    }
    if (dirname(dir) === dir) throw new Error('cannot find the vigil package root above ' + from);
  }
}
