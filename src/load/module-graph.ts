import { readFileSync } from 'node:fs';
import { blankTypeScript } from './empty-file.ts';
import { decodeText, notUtf8Diagnostic } from './read-text.ts';
import { isBuiltin } from 'node:module';
import { dirname, join, parse as parsePath, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { init as lexerReady, parse as lexModule } from 'es-module-lexer';
import { transform, type OxcError } from 'oxc-transform';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { isPathSpecifier, resolvePathImport, type ImportKind, type ResolvedImport } from './resolve-import.ts';
import { Mappings } from './mappings.ts';
import { lineIndex } from './line-index.ts';
import { ImportAliases } from './import-aliases.ts';
import { LEGACY_PACKAGE_NAME, PACKAGE_NAME } from './vigil-package.ts';

/** A specifier rewrite on one generated line: columns after `endCol` moved by `delta`. */
export interface Edit {
  line: number;
  endCol: number;
  delta: number;
}

/** One user module, transformed and with its imports pointed at the other modules' copies. */
export interface UserModule {
  /** The user's file (absolute). */
  file: string;
  /** Where the runnable copy is written (absolute, `.mjs`). Set by {@link placeCopies}. */
  copy: string;
  /** The copy's file URL: what Node imports it by, and what its stack frames carry. Set by {@link placeCopies}. */
  url: string;
  /** The module's code as Node is to run it: `transformed` with its imports pointed at the copies. */
  code: string;
  /** The transformed code, before the import specifiers are rewritten. */
  transformed: string;
  /** Source-map mappings from the transformed code (before specifier rewrites) to the user's file; absent when the code is the file's own. */
  mappings?: string;
  edits: Edit[];
  /** User modules this one imports. */
  deps: ResolvedImport[];
  /** Specifiers to replace once the copies have a place (see {@link placeCopies}), in text order. */
  rewrites: Rewrite[];
  /** True when the module imports a package (not vigil, not a Node builtin): its copy must resolve it like the file. */
  usesPackages: boolean;
  /** The file holds only whitespace and comments (TypeScript only). */
  blank?: boolean;
  /** Why the module cannot run; it and every module importing it fail. */
  error?: Diagnostic;
  /** Problems that do not stop it from running (an import of vigil by its old name). */
  warnings?: Diagnostic[];
}

/** One span to replace: an import specifier (by a fixed URL, or the URL of a user module's copy), or `import.meta`. */
interface Rewrite {
  start: number;
  end: number;
  /** Dynamic imports report the whole argument, quotes included; static ones only the text inside the quotes. */
  quoted: boolean;
  url?: string;
  copyOf?: string;
  /** Replacement text as it is. */
  text?: string;
}

/**
 * `import.meta` in a copy would describe the copy: it is replaced by a call to this function, appended to the module,
 * which gives `import.meta` with the user's file as `url`, `filename` and `dirname`, and a `resolve` that places
 * relative names beside it, so files beside it are found.
 */
const META_FUNCTION = '__vigilImportMeta';

function metaFunction(file: string): string {
  const url = JSON.stringify(pathToFileURL(file).href);
  const own = `url: ${url}, filename: ${JSON.stringify(file)}, dirname: ${JSON.stringify(dirname(file))}`;
  // resolve() places a relative name beside the user's file; anything else is Node's to resolve.
  const resolve = `resolve: (s) => /^\\.{0,2}\\//.test(s) ? new URL(s, ${url}).href : import.meta.resolve(s)`;
  return `\nfunction ${META_FUNCTION}() { return ${META_FUNCTION}.meta ??= Object.assign(Object.create(null), import.meta, { ${own}, ${resolve} }); }\n`;
}

export interface GraphOptions {
  projectDir: string;
  /** The file URL `import … from '@vigil-monitors/vigil'` (and the deprecated `'vigil'`) resolves to. */
  vigilUrl: string;
}

/** What building one graph shares across its modules. */
interface GraphContext extends GraphOptions {
  /** Specifiers the project maps onto its files (tsconfig `paths`, package.json `imports` and `exports`). */
  aliases: ImportAliases;
}

/**
 * Transforms the entry files and every user module they import: TypeScript through oxc (types removed, imports
 * used only as types dropped, as TypeScript does), each file on its own so one file's cost and one file's error stay
 * its own. Relative imports are resolved the way TypeScript projects write them; {@link placeCopies} then points
 * them at the copies, so Node loads the whole graph as ES modules. Packages keep their bare names.
 */
export async function buildModuleGraph(entries: readonly string[], options: GraphOptions): Promise<Map<string, UserModule>> {
  await lexerReady;
  const context: GraphContext = { ...options, aliases: new ImportAliases(options.projectDir) };
  const modules = new Map<string, UserModule>();
  const queued = new Set<string>(entries);
  let wave: ResolvedImport[] = entries.map((path) => ({ path, kind: 'typescript' }));
  while (wave.length) {
    const built = await Promise.all(wave.map((m) => prepareModule(m.path, m.kind, context)));
    wave = [];
    for (const module of built) {
      modules.set(module.file, module);
      for (const dep of module.deps) {
        if (!queued.has(dep.path)) {
          queued.add(dep.path);
          wave.push(dep);
        }
      }
    }
  }
  return modules;
}

/**
 * Gives every module its copy's path below `copyRoot` (each file keeps its absolute path there) and the copy's URL,
 * and points the imports between user modules at those copies. Every user module runs from its copy as an ES module,
 * so Node's module semantics hold for all of them (live bindings, top-level await, one instance per module). A
 * specifier changes length, so the columns after it on its line move: each change is recorded as an edit, which the
 * source maps undo.
 */
export function placeCopies(modules: Map<string, UserModule>, copyRoot: string): void {
  for (const m of modules.values()) {
    m.copy = `${join(copyRoot, relative(parsePath(m.file).root, m.file))}.mjs`;
    m.url = pathToFileURL(m.copy).href;
  }
  for (const m of modules.values()) placeCode(m, modules);
}

/** The module's code with its rewrites made, and the edits that record them. */
function placeCode(m: UserModule, modules: Map<string, UserModule>): void {
  m.code = m.transformed;
  m.edits = [];
  if (m.rewrites.length === 0) return;
  const lines = lineIndex(m.transformed);
  let code = '';
  let copied = 0;
  let shift = 0; // total change in length on the current line so far
  let shiftLine = -1;
  for (const r of m.rewrites) {
    const url = r.text === undefined ? r.url ?? modules.get(r.copyOf!)!.url : '';
    const replacement = r.text ?? (r.quoted ? JSON.stringify(url) : url);
    code += m.transformed.slice(copied, r.start) + replacement;
    copied = r.end;
    const { line, col } = lines(r.end);
    if (line !== shiftLine) {
      shiftLine = line;
      shift = 0;
    }
    const delta = replacement.length - (r.end - r.start);
    shift += delta;
    m.edits.push({ line, endCol: col - 1 + shift, delta });
  }
  m.code = code + m.transformed.slice(copied);
}

async function prepareModule(file: string, kind: ImportKind, options: GraphContext): Promise<UserModule> {
  const module: UserModule = {
    file, copy: '', url: '', code: '', transformed: '', edits: [], deps: [], rewrites: [], usesPackages: false,
  };
  const shortFile = relativeToProject(file, options.projectDir);
  let text: string;
  try {
    // Read here, not through the thread pool: the pool is busy with the transforms, and a promise-based read is four
    // trips through it. Measured on the 10,000-monitor benchmark: load 66-225 ms faster (16 paired runs).
    const read = decodeText(readFileSync(file), { keepBom: true });
    if (typeof read !== 'string') {
      module.error = notUtf8Diagnostic(shortFile, read);
      return module;
    }
    text = read;
  } catch (err) {
    module.error = loadError(`cannot read this file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      'check that the file exists and is readable', { file: shortFile, line: 1, col: 1 });
    return module;
  }
  if (kind === 'typescript' && blankTypeScript(text)) module.blank = true;
  if (kind === 'json') {
    module.transformed = `export default ${text.trim() || 'null'};\n`;
    return module;
  }
  if (kind === 'typescript') {
    let out;
    try {
      out = await transform(file, text, { lang: 'ts', sourceType: 'module', sourcemap: true, target: 'node20' });
    } catch (err) {
      module.error = loadError(`cannot compile this file: the TypeScript transform failed: ${(err as Error).message ?? String(err)}`,
        'simplify the construct at fault, and report the file to vigil if it is valid TypeScript', { file: shortFile, line: 1, col: 1 });
      return module;
    }
    const error = out.errors.find((e) => e.severity === 'Error');
    if (error) {
      module.error = syntaxDiagnostic(error, text, shortFile);
      return module;
    }
    module.transformed = out.code;
    module.mappings = out.map?.mappings;
  } else {
    module.transformed = text;
  }
  await readImports(module, kind, shortFile, options);
  return module;
}

/** Lexes the module's code for its imports and exports, and resolves each import; sets `error` when one fails. */
async function readImports(module: UserModule, kind: ImportKind, shortFile: string, options: GraphContext): Promise<void> {
  const { file } = module;
  let imports;
  let hasModuleSyntax;
  try {
    [imports, , , hasModuleSyntax] = lexModule(module.transformed, file);
  } catch (err) {
    const at = lineIndex(module.transformed)((err as { idx?: number }).idx ?? 0);
    module.error = loadError('cannot compile this file: it is not valid JavaScript here', 'fix the syntax error at this position',
      { file: shortFile, ...at });
    return;
  }
  if (kind === 'javascript' && !hasModuleSyntax) {
    // CommonJS: Node loads it; the copy only re-exports it, so it is still one module for everyone importing it.
    const url = JSON.stringify(pathToFileURL(file).href);
    module.transformed = `export * from ${url};\nexport { default } from ${url};\n`;
    return;
  }

  let usesMeta = false;
  for (const imp of imports) {
    if (imp.t === 3) {
      module.rewrites.push({ start: imp.s, end: imp.e, quoted: false, text: `${META_FUNCTION}()` });
      usesMeta = true;
      continue;
    }
    if (imp.n === undefined || (imp.t !== 1 && imp.t !== 2)) continue;
    const target = await rewriteTarget(imp.n, file, imp.a > -1, options);
    if ('problem' in target) {
      const where = locateGenerated(module, lineIndex(module.transformed)(imp.s), shortFile);
      module.error = loadError(`cannot compile this file: cannot find the module "${imp.n}"${target.problem ? `: ${target.problem}` : ''}`,
        target.hint, where);
      return;
    }
    if (imp.n === LEGACY_PACKAGE_NAME) {
      (module.warnings ??= []).push(legacyImportWarning(locateGenerated(module, lineIndex(module.transformed)(imp.s), shortFile)));
    }
    if (target.package) module.usesPackages = true;
    if (target.dep) module.deps.push(target.dep);
    if (target.url === undefined && !target.dep) continue;
    const quoted = imp.d > -1 && /['"`]/.test(module.transformed[imp.s]!);
    module.rewrites.push({ start: imp.s, end: imp.e, quoted, ...(target.dep ? { copyOf: target.dep.path } : { url: target.url! }) });
  }
  if (usesMeta) module.transformed += metaFunction(file);
}

interface RewriteTarget {
  /** New specifier text; undefined (and no `dep`) leaves the import as written. */
  url?: string;
  /** A user module: the specifier becomes its copy's URL. */
  dep?: ResolvedImport;
  /** A package, resolved by Node from where the copy is. */
  package?: boolean;
}

/** An import that cannot be resolved: what is wrong (may be empty) and how to fix it. */
interface Unresolved {
  problem: string;
  hint: string;
}

const PATH_HINT = 'check the path; imports are resolved from the importing file, and a .js name also finds the .ts file';

async function rewriteTarget(specifier: string, file: string, hasAttributes: boolean, options: GraphContext): Promise<RewriteTarget | Unresolved> {
  if (specifier === PACKAGE_NAME || specifier === LEGACY_PACKAGE_NAME) return { url: options.vigilUrl };
  if (isPathSpecifier(specifier)) return fileTarget(resolvePathImport(specifier, file), hasAttributes) ?? { problem: '', hint: PATH_HINT };
  if (isBuiltin(specifier)) return {};
  const aliased = await options.aliases.targets(specifier, file);
  if (aliased === undefined) return { package: true };
  if ('problem' in aliased) return { problem: aliased.problem, hint: 'map it in your package.json, or import the file by its path' };
  if ('package' in aliased) return { url: aliased.package, package: true };
  for (const candidate of aliased.files) {
    const target = fileTarget(resolvePathImport(candidate, file), hasAttributes);
    if (target) return target;
  }
  // TypeScript, too, falls back to packages when no `paths` target exists; package.json maps have no such fallback.
  if (aliased.from === 'tsconfig') return { package: true };
  const field = aliased.from === 'package-imports' ? 'imports' : 'exports';
  return { problem: `"${field}" maps it to ${aliased.files.map((f) => relative(options.projectDir, f)).join(', ')}, which does not exist`, hint: PATH_HINT };
}

function fileTarget(resolved: ResolvedImport | undefined, hasAttributes: boolean): RewriteTarget | undefined {
  if (!resolved) return undefined;
  // JSON imported with `with { type: 'json' }` is Node's to load; without, it becomes a module (esbuild's behaviour).
  if (resolved.kind === 'native' || (resolved.kind === 'json' && hasAttributes)) return { url: pathToFileURL(resolved.path).href };
  return { dep: resolved };
}

/** A 1-based position in a module's transformed code, mapped back to the user's file. */
function locateGenerated(module: UserModule, at: { line: number; col: number }, shortFile: string): SourceLocation {
  if (module.mappings === undefined) return { file: shortFile, ...at };
  const original = new Mappings(module.mappings).find(at.line - 1, at.col - 1);
  return original ? { file: shortFile, line: original.line + 1, col: original.col + 1 } : { file: shortFile, line: 1, col: 1 };
}

function syntaxDiagnostic(error: OxcError, text: string, file: string): Diagnostic {
  const label = error.labels[0];
  // oxc reports UTF-8 byte offsets; positions are counted in characters.
  const offset = label ? Buffer.from(text).subarray(0, label.start).toString('utf8').length : 0;
  const hint = error.helpMessage
    ?? (label?.message ? `fix the syntax at this position: ${label.message}` : 'fix the TypeScript syntax error at this position');
  return loadError(`cannot compile this file: ${error.message}`, hint, { file, ...lineIndex(text)(offset) });
}

function legacyImportWarning(location: SourceLocation): Diagnostic {
  return {
    severity: 'warning', code: 'deprecated-import', id: '-', location,
    message: `imports the DSL from "${LEGACY_PACKAGE_NAME}", vigil's old name; the package is "${PACKAGE_NAME}"`,
    hint: `write from '${PACKAGE_NAME}': "${LEGACY_PACKAGE_NAME}" on npm is an unrelated package, so TypeScript and editors do not find vigil's types under it, and a later release stops loading it`,
  };
}

function loadError(message: string, hint: string, location: SourceLocation): Diagnostic {
  return { severity: 'error', code: 'load-syntax', id: '-', message, hint, location };
}
