import { readFileSync } from 'node:fs';
import { blankTypeScript } from './empty-file.ts';
import { decodeText, notUtf8Diagnostic } from './read-text.ts';
import { isBuiltin } from 'node:module';
import { dirname, join, parse as parsePath, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { init as lexerReady, parse as lexModule, type ExportSpecifier } from 'es-module-lexer';
import { transform, type OxcError } from 'oxc-transform';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { isPathSpecifier, resolvePathImport, type ImportKind, type ResolvedImport } from './resolve-import.ts';
import { Mappings } from './mappings.ts';
import { lineIndex } from './line-index.ts';
import { ImportAliases } from './import-aliases.ts';
import { inlineUrl, scriptName } from './inline-url.ts';
import { LEGACY_PACKAGE_NAME, PACKAGE_NAME } from './vigil-package.ts';
import { compileScript, scriptForm, type ScriptForm, type ScriptFunction, type StaticImport } from './script-module.ts';

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
  /** Where the runnable copy is written (absolute, `.mjs`); empty for an inline copy. Set by {@link placeCopies}. */
  copy: string;
  /**
   * What Node imports the copy by: the copy's file URL, or a data: URL holding its code; for a module run as a
   * function, the name its stack frames carry. Set by {@link placeCopies}.
   */
  url: string;
  /** Runs from memory (as a function or from a data: URL), with no file (see {@link markInline}). */
  inline: boolean;
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
  /** Its static import and `export … from` statements, with what each names: for running it as a function. */
  statics: StaticImport[];
  /** What it exports, as es-module-lexer found it. */
  exports: readonly ExportSpecifier[];
  /** Uses `import()` or `import.meta`, or is not TypeScript or JavaScript of its own: only Node's loader runs it. */
  needsLoader: boolean;
  /**
   * Set for an inline module that runs as a function (see script-module.ts): by {@link placeCopies}, or already while
   * the graph is built for a TypeScript file that runs from its own text (see {@link ownScript}).
   */
  script?: { fn: ScriptFunction; form: ScriptForm };
  /** TypeScript that is JavaScript as written: it runs from its own text, with no transform and no source map. */
  own?: boolean;
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
  /** The load number, and the count of script modules compiled so far, that name this graph's own-text scripts. */
  load: number;
  scripts: number;
}

/**
 * Transforms the entry files and every user module they import: TypeScript through oxc (types removed, imports
 * used only as types dropped, as TypeScript does), each file on its own so one file's cost and one file's error stay
 * its own. A TypeScript file that is JavaScript as written is not transformed (see {@link ownScript}). Relative
 * imports are resolved the way TypeScript projects write them; {@link placeCopies} then points them at the copies,
 * so Node loads the whole graph natively. Packages keep their bare names.
 */
export async function buildModuleGraph(entries: readonly string[], options: GraphOptions): Promise<Map<string, UserModule>> {
  await lexerReady;
  const context: GraphContext = { ...options, aliases: new ImportAliases(options.projectDir), load: ++loads, scripts: 0 };
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
  // A module run from its own text keeps every import it writes, where the transform drops an import used only as a
  // type. Each name it imports must be one its module exports; where one is not (or cannot be told), it is transformed.
  const exported = await exportedNames(modules, options.vigilUrl);
  for (const m of modules.values()) {
    if (m.own && !m.script!.form.imports.every(({ statement, bindings }) => importsExist(statement, bindings, exported))) {
      modules.set(m.file, await prepareModule(m.file, 'typescript', context, false));
    }
  }
  return modules;
}

/**
 * Decides which copies need a file. A module no other module imports, and which imports no package, runs from
 * memory: as a function when it is plain enough (see script-module.ts), else from a data: URL holding its code.
 * Nothing is written, read back or removed for it. Imported modules need a fixed URL for their importers, and
 * packages resolve only from a file.
 */
export function markInline(modules: Map<string, UserModule>): void {
  const imported = new Set<string>();
  for (const m of modules.values()) for (const d of m.deps) imported.add(d.path);
  for (const m of modules.values()) m.inline = !imported.has(m.file) && !m.usesPackages;
}

/** Numbers the loads of this process: a data: URL names its load, so every load gets fresh module instances. */
let loads = 0;

/**
 * Gives every module that needs a file its copy's path below `copyRoot` (each file keeps its absolute path there),
 * points the imports between user modules at those copies, and gives every module the URL Node imports it by, or
 * for an inline module that runs as a function, the function and the name its frames carry. A specifier changes
 * length, so the columns after it on its line move: each change is recorded as an edit, which the source maps undo.
 * `copyRoot` may be undefined when every module that is to run is inline.
 */
export function placeCopies(modules: Map<string, UserModule>, copyRoot: string | undefined): void {
  const load = ++loads;
  for (const m of modules.values()) {
    // Without a directory, only modules that will not run (they failed) can lack an inline copy: they get no place.
    m.copy = m.inline || copyRoot === undefined ? '' : `${join(copyRoot, relative(parsePath(m.file).root, m.file))}.mjs`;
  }
  let n = 0;
  for (const m of modules.values()) {
    if (m.own) {
      // Compiled while the graph was built. Imported by another module after all: it runs from its text as a module.
      if (m.inline) continue;
      m.script = undefined;
    }
    const form = m.inline && !m.needsLoader ? scriptForm(m.transformed, m.statics, m.exports) : undefined;
    if (form && runAsFunction(m, form, scriptName(load, n, m.file))) {
      n++;
      continue;
    }
    placeCode(m, modules);
    m.url = m.inline ? inlineUrl(load, n++, m.code) : m.copy && pathToFileURL(m.copy).href;
  }
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
    const url = r.text === undefined ? r.url ?? pathToFileURL(modules.get(r.copyOf!)!.copy).href : '';
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

async function prepareModule(file: string, kind: ImportKind, options: GraphContext, allowOwn = true): Promise<UserModule> {
  const module: UserModule = {
    file, copy: '', url: '', inline: false, code: '', transformed: '', edits: [], deps: [], rewrites: [], usesPackages: false,
    statics: [], exports: [], needsLoader: true,
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
  if (kind === 'typescript' && allowOwn) {
    const own = await ownScript(file, text, options);
    if (own) {
      own.blank = module.blank;
      return own;
    }
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

/**
 * A TypeScript file that is JavaScript as written, made ready to run from its own text: no transform, no source map
 * to read when a definition is located, and every position already the user's. Undefined for anything else, which
 * takes the transform. The file qualifies when it has no `<` anywhere (TypeScript reads `f<T>(x)` as a generic call,
 * JavaScript as two comparisons), is plain enough to run as a function (see script-module.ts), names every import it
 * binds somewhere past its imports (the transform drops one that is never used, as TypeScript does), and V8 compiles
 * it: every other piece of TypeScript syntax is a syntax error in JavaScript. The names it imports are checked once
 * the graph is built.
 */
async function ownScript(file: string, text: string, options: GraphContext): Promise<UserModule | undefined> {
  if (text.includes('<') || LOOKS_TYPED.test(text)) return undefined;
  const module: UserModule = {
    file, copy: '', url: '', inline: false, code: '', transformed: text, edits: [], deps: [], rewrites: [],
    usesPackages: false, statics: [], exports: [], needsLoader: true, own: true,
  };
  await readImports(module, 'typescript', relativeToProject(file, options.projectDir), options);
  if (module.error || module.needsLoader || module.usesPackages) return undefined;
  const form = scriptForm(text, module.statics, module.exports);
  if (!form) return undefined;
  for (const { bindings } of form.imports) {
    if (!bindings.every((b) => mentions(form.body, form.prefix, b.local))) return undefined;
  }
  return runAsFunction(module, form, scriptName(options.load, options.scripts++, file)) ? module : undefined;
}

/** Compiles the module's function form under `name` and makes it the module's way to run; false if V8 rejects it. */
function runAsFunction(m: UserModule, form: ScriptForm, name: string): boolean {
  const fn = compileScript(form, name);
  if (!fn) return false;
  m.script = { fn, form };
  m.url = name;
  // What the form puts before the first line (the strict directive, the imports) moves that line's columns.
  m.edits = [{ line: 1, endCol: form.prefix, delta: form.prefix }];
  return true;
}

/**
 * The commonest type syntax: a type-only import or export, a declared interface or type alias, `as const`, or an
 * annotation with a built-in type. Only a shortcut past the checks above, which V8 settles: trying a typed file
 * (lexing it, building its function form, failing to compile it) cost 180-230 ms over 400 files, measured; this
 * check costs 17-35 ms over the benchmark's 400 plain files, measured alone. A plain file that matches (the words in
 * a string, say) is only transformed, as any TypeScript file is.
 */
const LOOKS_TYPED = /(?:import|export) type\b|import \{[^}]*\btype |^[ \t]*(?:export )?(?:interface|type) [\w$]|as const\b|:[ \t]*(?:string|number|boolean|unknown|any|void|never)\b/m;

/** True when `name` occurs in `text` from `from` on as a whole identifier (comments and strings count too). */
function mentions(text: string, from: number, name: string): boolean {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!IDENT_CHAR.test(text[at - 1] ?? '') && !IDENT_CHAR.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

const IDENT_CHAR = /^[\p{ID_Continue}$\u200c\u200d]$/u;

/**
 * What each module an own-text script imports exports, by import target: vigil's names, a builtin's, and a user
 * module's as es-module-lexer found them. Undefined where the names cannot be told (`export * from`, a module that
 * failed): its importers are transformed.
 */
async function exportedNames(modules: Map<string, UserModule>, vigilUrl: string): Promise<(statement: StaticImport) => Set<string> | undefined> {
  const known = new Map<string, Set<string> | undefined>();
  const namesOf = async (url: string) => {
    try {
      return new Set(Object.keys(await import(url)));
    } catch {
      return undefined; // not importable here: its importers are transformed, and Node reports it when they run
    }
  };
  for (const m of modules.values()) {
    if (!m.own) continue;
    for (const { statement } of m.script!.form.imports) {
      if (statement.copyOf !== undefined) {
        const target = modules.get(statement.copyOf);
        const reexports = target?.statics.some((s) => target.transformed.startsWith('export', s.start));
        known.set(statement.copyOf, !target || target.error || reexports ? undefined : new Set(target.exports.map((e) => e.n)));
      } else {
        const url = statement.url ?? statement.specifier;
        if (!known.has(url)) known.set(url, url === vigilUrl || statement.url === undefined ? await namesOf(url) : undefined);
      }
    }
  }
  return (statement) => known.get(statement.copyOf ?? statement.url ?? statement.specifier);
}

/** True when every name a statement binds is one its module exports (a namespace import binds them all). */
function importsExist(statement: StaticImport, bindings: readonly { imported: string }[], exported: (statement: StaticImport) => Set<string> | undefined): boolean {
  if (bindings.every((b) => b.imported === '*')) return true;
  const names = exported(statement);
  return names !== undefined && bindings.every((b) => b.imported === '*' || names.has(b.imported));
}

/** Lexes the module's code for its imports and exports, and resolves each import; sets `error` when one fails. */
async function readImports(module: UserModule, kind: ImportKind, shortFile: string, options: GraphContext): Promise<void> {
  const { file } = module;
  let imports;
  let hasModuleSyntax;
  try {
    [imports, module.exports, , hasModuleSyntax] = lexModule(module.transformed, file);
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
  module.needsLoader = false;
  for (const imp of imports) {
    if (imp.t !== 1) module.needsLoader = true; // import(), import.meta
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
    if (imp.t === 1) {
      module.statics.push({
        start: imp.ss, end: imp.se, specifier: imp.n, attributes: imp.a > -1,
        ...(target.dep ? { copyOf: target.dep.path } : target.url !== undefined ? { url: target.url } : {}),
      });
    }
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
