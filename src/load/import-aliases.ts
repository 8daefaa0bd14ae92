import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { PathsMatcher } from 'get-tsconfig';
import type { PathConditionsMap } from 'resolve-pkg-maps';
import { isPathSpecifier } from './resolve-import.ts';

/** The conditions Node matches when it imports an ES module. */
const CONDITIONS = ['node', 'import'];

/** Where an aliased specifier may point: files to try in order, or a problem to report. */
export type AliasTargets = { files: string[]; from: 'tsconfig' | 'package-imports' } | { problem: string };

/** The two readers, loaded on first need: most projects never alias, and loading them costs ~20 ms of start-up. */
let readers: Promise<{ tsconfig: typeof import('get-tsconfig'); maps: typeof import('resolve-pkg-maps') }> | undefined;

/** True when `specifier` may be an alias: neither vigil, a path, nor a Node built-in. */
export function mayBeAlias(specifier: string): boolean {
  return specifier !== 'vigil' && !isPathSpecifier(specifier) && !isBuiltin(specifier);
}

/**
 * Non-relative specifiers that a project maps onto its own files: tsconfig `paths` and `baseUrl` (the project's
 * tsconfig.json, `extends` followed, read by get-tsconfig) and package.json `imports` (`#kits/http`, from the
 * package the importing file is in). Both are read once, on the first specifier that needs them: a project whose
 * files import only 'vigil' and relative paths pays nothing.
 */
export class ImportAliases {
  private paths: PathsMatcher | null | undefined;
  private lib: Awaited<NonNullable<typeof readers>> | undefined;
  private readonly packages = new Map<string, { dir: string; imports?: PathConditionsMap } | null>();

  constructor(private readonly projectDir: string) {}

  /** Loads the readers; `targets` needs it done. */
  async load(): Promise<void> {
    readers ??= Promise.all([import('get-tsconfig'), import('resolve-pkg-maps')]).then(([tsconfig, maps]) => ({ tsconfig, maps }));
    this.lib ??= await readers;
  }

  /** The targets of `specifier` imported from `fromFile`; undefined when no alias applies (it is a package then). */
  targets(specifier: string, fromFile: string): AliasTargets | undefined {
    const lib = this.lib;
    if (!lib) throw new Error('ImportAliases.load() must finish before targets()');
    if (specifier.startsWith('#')) return this.packageImport(specifier, fromFile, lib.maps.resolveImports);
    if (this.paths === undefined) {
      const tsconfig = lib.tsconfig.getTsconfig(this.projectDir);
      this.paths = tsconfig ? lib.tsconfig.createPathsMatcher(tsconfig) : null;
    }
    const files = this.paths?.(specifier) ?? [];
    return files.length > 0 ? { files, from: 'tsconfig' } : undefined;
  }

  private packageImport(specifier: string, fromFile: string, resolveImports: (typeof import('resolve-pkg-maps'))['resolveImports']): AliasTargets {
    const pkg = this.packageOf(dirname(fromFile));
    if (!pkg) return { problem: 'no package.json is above this file' };
    const name = relative(this.projectDir, join(pkg.dir, 'package.json'));
    if (!pkg.imports) return { problem: `${name} has no "imports" field` };
    let targets: string[];
    try {
      targets = resolveImports(pkg.imports, specifier, CONDITIONS);
    } catch {
      return { problem: `the "imports" field of ${name} does not map it` };
    }
    const files = targets.filter((t) => t.startsWith('./')).map((t) => join(pkg.dir, t));
    // A target naming a package (`"#dep": "some-package"`) is not a file of this project.
    return files.length > 0 ? { files, from: 'package-imports' } : { problem: 'it maps to a package, which vigil does not follow' };
  }

  /** The package a directory belongs to: the nearest package.json above it, as Node decides it. */
  private packageOf(dir: string): { dir: string; imports?: PathConditionsMap } | null {
    let found = this.packages.get(dir);
    if (found !== undefined) return found;
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { imports?: PathConditionsMap };
      found = { dir, ...(json.imports ? { imports: json.imports } : {}) };
    } catch {
      found = dirname(dir) === dir ? null : this.packageOf(dirname(dir));
    }
    this.packages.set(dir, found);
    return found;
  }
}
