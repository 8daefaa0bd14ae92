import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** vigil's name on the npm registry: what definition files import the DSL from, and what projects depend on. */
export const PACKAGE_NAME = '@vigil-monitors/vigil';

/**
 * The name definition files imported before vigil was a package. The loader still maps it onto this copy of vigil,
 * with a `deprecated-import` warning: on the registry `vigil` is an unrelated package, so TypeScript and editors
 * resolve it to that one (or to nothing).
 */
export const LEGACY_PACKAGE_NAME = 'vigil';

/**
 * This copy of vigil's root, found from this module's location whether it runs from dist/, from source (the tests,
 * which build dist/ first), bundled into a benchmark, or installed in a project's node_modules.
 */
export const VIGIL_ROOT = vigilRoot(dirname(fileURLToPath(import.meta.url)));

/** The module user files get for `import … from '@vigil-monitors/vigil'`: the built entry of this very copy of vigil. */
export const VIGIL_URL = pathToFileURL(join(VIGIL_ROOT, 'dist', 'index.js')).href;

function vigilRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    } catch {
      // no readable package.json here; keep walking up
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${from}`);
  }
}
