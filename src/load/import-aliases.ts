import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { PathsMatcher } from 'get-tsconfig';
import type { PathConditions, PathConditionsMap } from 'resolve-pkg-maps';

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
type Readers = { tsconfig: typeof import('get-tsconfig'); maps: typeof import('resolve-pkg-maps') };
let readers: Promise<Readers> | undefined;

/**
 * Non-relative specifiers that a project maps onto its own files: tsconfig `paths` and `baseUrl` (the project's
 * tsconfig.json, `extends` followed, read by get-tsconfig), package.json `imports` (`#kits/http`, from the package
 * the importing file is in) and the package's own name through its `exports`. Each is read once, on the first
 * specifier that needs it: a project whose files import only 'vigil' and relative paths pays nothing.
 */
export class ImportAliases {
  private paths: PathsMatcher | null | undefined;
  private readonly packages = new Map<string, PackageScope | null>();

  constructor(private readonly projectDir: string) {}

  /** The targets of bare `specifier` imported from `fromFile`; undefined when no alias applies (it is a package then). */
  async targets(specifier: string, fromFile: string): Promise<AliasTargets | undefined> {
    readers ??= Promise.all([import('get-tsconfig'), import('resolve-pkg-maps')]).then(([tsconfig, maps]) => ({ tsconfig, maps }));
    const { tsconfig, maps } = await readers;
    const pkg = this.packageOf(dirname(fromFile));
    if (specifier.startsWith('#')) return this.packageImport(specifier, pkg, maps.resolveImports);
    const self = pkg && this.selfReference(specifier, pkg, maps.resolveExports);
    if (self) return self;
    if (this.paths === undefined) {
      const found = tsconfig.getTsconfig(this.projectDir);
      this.paths = found ? tsconfig.createPathsMatcher(found) : null;
    }
    const files = this.paths?.(specifier) ?? [];
    return files.length > 0 ? { files, from: 'tsconfig' } : undefined;
  }

  private packageImport(specifier: string, pkg: PackageScope | null, resolveImports: Readers['maps']['resolveImports']): AliasTargets {
    if (!pkg) return { problem: 'no package.json is above this file' };
    if (!pkg.imports) return { problem: `${this.manifest(pkg)} has no "imports" field` };
    let targets: string[];
    try {
      targets = resolveImports(pkg.imports, specifier, CONDITIONS);
    } catch {
      return { problem: `the "imports" field of ${this.manifest(pkg)} does not map it` };
    }
    const files = packageFiles(pkg, targets);
    if (files.length > 0) return { files, from: 'package-imports' };
    // `"#dep": "some-package"` stands for a package, which Node resolves from the copy's place.
    return targets[0] ? { package: targets[0] } : { problem: `the "imports" field of ${this.manifest(pkg)} maps it to nothing` };
  }

  /**
   * `org-monitors/kits/http` inside the package named `org-monitors`: Node lets a package import itself by name
   * through its "exports" field. Undefined when the specifier does not name the package the file is in.
   */
  private selfReference(specifier: string, pkg: PackageScope, resolveExports: Readers['maps']['resolveExports']): AliasTargets | undefined {
    if (!pkg.name || !pkg.exports || (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`))) return undefined;
    const subpath = specifier.slice(pkg.name.length + 1); // resolve-pkg-maps takes `kits/http`, or '' for the root
    let targets: string[];
    try {
      targets = resolveExports(pkg.exports, subpath, CONDITIONS);
    } catch {
      return { problem: `the "exports" field of ${this.manifest(pkg)} does not export "${subpath ? `./${subpath}` : '.'}"` };
    }
    const files = packageFiles(pkg, targets);
    return files.length > 0 ? { files, from: 'package-self' } : { problem: 'its "exports" entry names no file' };
  }

  /** The package's package.json, as a message names it. */
  private manifest(pkg: PackageScope): string {
    return relative(this.projectDir, join(pkg.dir, 'package.json'));
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

/** The targets that are the package's own files (`./…`), as absolute paths. */
function packageFiles(pkg: PackageScope, targets: readonly string[]): string[] {
  return targets.filter((t) => t.startsWith('./')).map((t) => join(pkg.dir, t));
}
