import { readFile } from 'node:fs/promises';
import { join, parse as parsePath, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { init as lexerReady, parse as lexImports } from 'es-module-lexer';
import { transform, type OxcError } from 'oxc-transform';
import type { Diagnostic } from '../ir/diagnostic.ts';
import type { SourceLocation } from '../ir/source.ts';
import { relativeToProject } from './source-maps.ts';
import { isPathSpecifier, resolvePathImport, type ImportKind } from './resolve-import.ts';
import { Mappings } from './mappings.ts';
import { lineIndex } from './yaml-tree.ts';

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
  /** Where the runnable copy is written (absolute, `.mjs`). */
  copy: string;
  code: string;
  /** Source-map mappings from the transformed code (before specifier rewrites) to the user's file; absent when the code is the file's own. */
  mappings?: string;
  edits: Edit[];
  /** User modules this one imports (absolute paths). */
  deps: string[];
  /** Why the module cannot run; it and every module importing it fail. */
  error?: Diagnostic;
}

export interface GraphOptions {
  projectDir: string;
  /** Directory the runnable copies go into; each file keeps its absolute path below it. */
  copyRoot: string;
  /** The file URL `import … from 'vigil'` resolves to. */
  vigilUrl: string;
}

/**
 * Transforms the entry files and every user module they import: TypeScript through oxc (types removed, imports
 * used only as types dropped, as TypeScript does), each file on its own so one file's cost and one file's error stay
 * its own. Relative imports are resolved the way TypeScript projects write them and pointed at the copies, so Node
 * loads the whole graph natively; packages keep their bare names and resolve next to the copies.
 */
export async function buildModuleGraph(entries: readonly string[], options: GraphOptions): Promise<Map<string, UserModule>> {
  await lexerReady;
  const modules = new Map<string, UserModule>();
  const queued = new Set<string>(entries);
  let wave: Array<[string, ImportKind]> = entries.map((f) => [f, 'typescript']);
  while (wave.length) {
    const built = await Promise.all(wave.map(([file, kind]) => prepareModule(file, kind, options)));
    wave = [];
    for (const { module, found } of built) {
      modules.set(module.file, module);
      for (const [dep, kind] of found) {
        if (!queued.has(dep)) {
          queued.add(dep);
          wave.push([dep, kind]);
        }
      }
    }
  }
  return modules;
}

export function copyPath(file: string, copyRoot: string): string {
  return `${join(copyRoot, relative(parsePath(file).root, file))}.mjs`;
}

async function prepareModule(file: string, kind: ImportKind, options: GraphOptions): Promise<{ module: UserModule; found: Array<[string, ImportKind]> }> {
  const module: UserModule = { file, copy: copyPath(file, options.copyRoot), code: '', edits: [], deps: [] };
  const found: Array<[string, ImportKind]> = [];
  const shortFile = relativeToProject(file, options.projectDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    module.error = loadError(`cannot read this file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      'check that the file exists and is readable', { file: shortFile, line: 1, col: 1 });
    return { module, found };
  }
  if (kind === 'json') {
    module.code = `export default ${text.trim() || 'null'};\n`;
    return { module, found };
  }
  if (kind === 'typescript') {
    const out = await transform(file, text, { lang: 'ts', sourceType: 'module', sourcemap: true, target: 'node20' });
    const error = out.errors.find((e) => e.severity === 'Error');
    if (error) {
      module.error = syntaxDiagnostic(error, text, shortFile);
      return { module, found };
    }
    module.code = out.code;
    module.mappings = out.map?.mappings;
  } else {
    module.code = text;
  }
  let imports;
  let hasModuleSyntax;
  try {
    [imports, , , hasModuleSyntax] = lexModule(module.code, file);
  } catch (err) {
    const at = lineIndex(module.code)((err as { idx?: number }).idx ?? 0);
    module.error = loadError('cannot compile this file: it is not valid JavaScript here', 'fix the syntax error at this position',
      { file: shortFile, ...at });
    return { module, found };
  }
  if (kind === 'javascript' && !hasModuleSyntax) {
    // CommonJS: Node loads it; the copy only re-exports it, so it is still one module for everyone importing it.
    const url = JSON.stringify(pathToFileURL(file).href);
    module.code = `export * from ${url};\nexport { default } from ${url};\n`;
    return { module, found };
  }

  const lines = lineIndex(module.code);
  let code = '';
  let copied = 0;
  let shift = 0; // total change in length on the current line so far
  let shiftLine = -1;
  for (const imp of imports) {
    if (imp.n === undefined || (imp.t !== 1 && imp.t !== 2)) continue;
    const target = rewriteTarget(imp.n, file, imp.a > -1, options);
    if (target === undefined) {
      const where = locateGenerated(module, lines(imp.s), shortFile);
      module.error = loadError(`cannot compile this file: cannot find the module "${imp.n}"`,
        'check the path; imports are resolved from the importing file, and a .js name also finds the .ts file', where);
      return { module, found };
    }
    if (target.dep) {
      module.deps.push(target.dep.path);
      found.push([target.dep.path, target.dep.kind]);
    }
    if (target.url === undefined) continue;
    // Dynamic imports report the whole argument, quotes included; static ones only the text inside the quotes.
    const quoted = imp.d > -1 && /['"`]/.test(module.code[imp.s]!);
    const replacement = quoted ? JSON.stringify(target.url) : target.url;
    code += module.code.slice(copied, imp.s) + replacement;
    copied = imp.e;
    const { line, col } = lines(imp.e);
    if (line !== shiftLine) {
      shiftLine = line;
      shift = 0;
    }
    shift += replacement.length - (imp.e - imp.s);
    module.edits.push({ line, endCol: col - 1 + shift, delta: replacement.length - (imp.e - imp.s) });
  }
  module.code = code + module.code.slice(copied);
  return { module, found };
}

/**
 * Lexes the part of a module that holds its imports. Static imports and re-exports are top-level statements that
 * start a line in transformed code, so only the text up to the last of them is lexed (definition files are mostly
 * long definitions after one import line); a dynamic import can be anywhere, so its presence means the whole text.
 * A cut in the middle of a comment or template is a lexer error, and then the whole text is lexed.
 */
function lexModule(code: string, file: string): ReturnType<typeof lexImports> {
  if (!code.includes('import(')) {
    let end = 0;
    for (const m of code.matchAll(/^(?:import\b|export\s*[{*])[^\n]*/gm)) end = m.index + m[0].length;
    try {
      const lexed = lexImports(code.slice(0, end), file);
      // Module syntax can also be only `export const …` below the cut.
      return lexed[3] || end === code.length ? lexed : [lexed[0], lexed[1], lexed[2], /^export\b/m.test(code)];
    } catch {
      // fall through to the whole text
    }
  }
  return lexImports(code, file);
}

interface RewriteTarget {
  /** New specifier text; undefined leaves the import as written. */
  url?: string;
  dep?: { path: string; kind: ImportKind };
}

function rewriteTarget(specifier: string, file: string, hasAttributes: boolean, options: GraphOptions): RewriteTarget | undefined {
  if (specifier === 'vigil') return { url: options.vigilUrl };
  if (!isPathSpecifier(specifier)) return {}; // packages and node: builtins resolve from the copy's place
  const resolved = resolvePathImport(specifier, file);
  if (!resolved) return undefined;
  // JSON imported with `with { type: 'json' }` is Node's to load; without, it becomes a module (esbuild's behaviour).
  if (resolved.kind === 'native' || (resolved.kind === 'json' && hasAttributes)) return { url: pathToFileURL(resolved.path).href };
  return { url: pathToFileURL(copyPath(resolved.path, options.copyRoot)).href, dep: resolved };
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

function loadError(message: string, hint: string, location: SourceLocation): Diagnostic {
  return { severity: 'error', code: 'load-syntax', id: '-', message, hint, location };
}
