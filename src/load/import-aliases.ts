import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { PathsMatcher } from 'get-tsconfig';
import type { PathConditions, PathConditionsMap } from 'resolve-pkg-maps';
import { isPathSpecifier } from './resolve-import.ts';

/** What vigil reads of a package.json: the fields that map names onto the package's files. */
interface PackageScope {
  dir: string;
  name?: string;
  imports?: PathConditionsMap;
  exports?: PathConditions;
}

/** The conditions Node matches when it imports an ES module. */
const CONDITIONS = ['node', 'import'];

/** Where an aliased specifier may point: files to try in order, a package it stands for, or a problem to report. */
export type AliasTargets =
  | { files: string[]; from: 'tsconfig' | 'package-imports' | 'package-self' }
  | { package: string }
  | { problem: string };

/** The two readers, loaded on first need: most projects never alias, and loading them costs ~20 ms of start-up. */
let readers: Promise<{ tsconfig: typeof import('get-tsconfig'); maps: typeof import('resolve-pkg-maps') }> | undefined;

/** True when `specifier` may be an alias: neither vigil, a path, nor a Node built-in. */
export function mayBeAlias(specifier: string): boolean {
  return specifier !== 'vigil' && !isPathSpecifier(specifier) && !isBuiltin(specifier);
}

/**
 * Non-relative specifiers that a project maps onto its own files: tsconfig `paths` and `baseUrl` (the project's
 * tsconfig.json, `extends` followed, read by get-tsconfig), package.json `imports` (`#kits/http`, from the package
 * the importing file is in) and the package's own name through its `exports`. Each is read once, on the first
 * specifier that needs it: a project whose files import only 'vigil' and relative paths pays nothing.
 */
export class ImportAliases {
  private paths: PathsMatcher | null | undefined;
  private lib: Awaited<NonNullable<typeof readers>> | undefined;
  private readonly packages = new Map<string, PackageScope | null>();

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
    const self = this.selfReference(specifier, fromFile, lib.maps.resolveExports);
    if (self) return self;
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
    if (files.length > 0) return { files, from: 'package-imports' };
    // `"#dep": "some-package"` stands for a package, which Node resolves from the copy's place.
    return targets[0] ? { package: targets[0] } : { problem: `the "imports" field of ${name} maps it to nothing` };
  }

  /**
   * `org-monitors/kits/http` inside the package named `org-monitors`: Node lets a package import itself by name
   * through its "exports" field. Undefined when the specifier does not name the package the file is in.
   */
  private selfReference(specifier: string, fromFile: string, resolveExports: (typeof import('resolve-pkg-maps'))['resolveExports']): AliasTargets | undefined {
    const pkg = this.packageOf(dirname(fromFile));
    if (!pkg?.name || !pkg.exports || (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`))) return undefined;
    const subpath = specifier.slice(pkg.name.length + 1); // resolve-pkg-maps takes `kits/http`, or '' for the root
    let targets: string[];
    try {
      targets = resolveExports(pkg.exports, subpath, CONDITIONS);
    } catch {
      return { problem: `the "exports" field of ${relative(this.projectDir, join(pkg.dir, 'package.json'))} does not export "${subpath ? `./${subpath}` : '.'}"` };
    }
    const files = targets.filter((t) => t.startsWith('./')).map((t) => join(pkg.dir, t));
    return files.length > 0 ? { files, from: 'package-self' } : { problem: 'its "exports" entry names no file' };
  }

  /** The package a directory belongs to: the nearest package.json above it, as Node decides it. */
  private packageOf(dir: string): PackageScope | null {
    let found = this.packages.get(dir);
    if (found !== undefined) return found;
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Omit<PackageScope, 'dir'>;
      found = { dir, name: json.name, imports: json.imports, exports: json.exports };
    } catch {
      found = dirname(dir) === dir ? null : this.packageOf(dirname(dir));
    }
    this.packages.set(dir, found);
    return found;
  }
}
