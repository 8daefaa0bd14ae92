import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFINITION_KINDS, type Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { firstFrame, framesOf, watchCreated } from '../dsl/capture.ts';
import { copyUnknownProps } from '../dsl/unknown-props.ts';
import { attachFieldLocations, type SharedFieldLocator } from './field-locations.ts';
import { tsFieldLocator } from './ts-field-locator.ts';
import type { SourceLocation } from '../ir/source.ts';
import { collectDefinitions } from './collect.ts';
import { buildModuleGraph, placeCopies, type UserModule } from './module-graph.ts';
import { framesFromStack, ModuleSourceMaps, relativeToProject } from './source-maps.ts';
import { VIGIL_URL } from './vigil-package.ts';
import { unreachedDiagnostics } from './unreached.ts';
import { emptyFileDiagnostic } from './empty-file.ts';
import { closest } from '../diagnostics/suggest.ts';

export interface TsLoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  failedFiles: string[];
  /** Every file the TypeScript files import, directly or not (absolute): helpers (`.js`, `.json`…) that are used. */
  imported: Set<string>;
}

/**
 * Loads TypeScript definition files: each file is transformed on its own (no type-check: that is
 * `validate --typecheck`) into a runnable copy whose imports point at the other copies, then Node imports the entries
 * as ES modules and their exports are collected. A module imported by several files is one module, so a monitor
 * imported by a composite is the same object and counts once. A file that does not compile fails alone, with the files
 * importing it.
 */
export async function loadTypeScript(files: string[], projectDir: string): Promise<TsLoadResult> {
  const result: TsLoadResult = { definitions: [], diagnostics: [], failedFiles: [], imported: new Set() };
  if (files.length === 0) return result;
  const graph = await buildModuleGraph(files, { projectDir, vigilUrl: VIGIL_URL });
  for (const [file, module] of graph) {
    result.imported.add(file);
    // Files Node loads itself (CommonJS helpers, JSON with attributes) are imported by their file URL.
    for (const r of module.rewrites) if (r.url?.startsWith('file:')) result.imported.add(fileURLToPath(r.url));
  }
  for (const file of files) if (graph.get(file)?.blank) result.diagnostics.push(emptyFileDiagnostic(relativeToProject(file, projectDir)));
  const failing = failingModules(graph);
  for (const module of graph.values()) {
    if (module.error) result.diagnostics.push(module.error);
    if (module.warnings) result.diagnostics.push(...module.warnings);
  }
  const runnable = [...graph.values()].filter((m) => !failing.has(m.file));
  let copyRoot: string | undefined;
  try {
    copyRoot = await writeCopies(graph, runnable, projectDir);
  } catch (err) {
    result.failedFiles.push(...files.map((f) => relativeToProject(f, projectDir)));
    result.diagnostics.push({
      severity: 'error', code: 'load-dir', id: '-',
      message: `cannot write the runnable copies of the TypeScript files: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      hint: 'vigil writes them to node_modules/.cache/vigil, /dev/shm or the temporary directory (TMPDIR): make one writable',
      location: { file: relativeToProject(files[0]!, projectDir), line: 1, col: 1 },
    });
    return result;
  }
  try {
    const maps = new ModuleSourceMaps(runnable, projectDir, copyRoot);
    const entries = files.filter((f) => !failing.has(f));
    for (const f of files) if (failing.has(f)) result.failedFiles.push(relativeToProject(f, projectDir));
    const seen = new Set<object>();
    let created: object[] = [];
    const locate = tsFieldLocator(projectDir);
    // One locator for all of the load's definitions, not a closure for each.
    const fields: SharedFieldLocator = {
      locate: (def, pointer) => {
        const source = (def as Definition).source;
        return source ? locate.field(source, pointer, valueAt(def, pointer)) : undefined;
      },
    };
    // Node fetches and links the modules concurrently; each still fails on its own. Definitions are collected in
    // entry order afterwards, so the result does not depend on which module finished first.
    const watch = watchCreated();
    // An error Node raises for a user's `import(name)` carries ten frames of Node's resolver above the user's call:
    // with V8's default limit of ten, the frame that places it in the user's file would be cut off.
    const stackLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = Math.max(stackLimit, LOAD_STACK_LIMIT);
    let modules: PromiseSettledResult<unknown>[];
    try {
      modules = await Promise.allSettled(entries.map((f) => import(graph.get(f)!.url)));
    } finally {
      Error.stackTraceLimit = stackLimit;
      created = watch.stop();
    }
    const delivered: Definition[] = [];
    for (let i = 0; i < entries.length; i++) {
      const file = relativeToProject(entries[i]!, projectDir);
      const entry = graph.get(entries[i]!)!;
      const loaded = modules[i]!;
      if (loaded.status === 'rejected') {
        result.failedFiles.push(file);
        result.diagnostics.push(loadErrorDiagnostic(loaded.reason, file, maps));
        continue;
      }
      const exports = loaded.value as Record<string, unknown>;
      for (const name of Object.keys(exports)) {
        const value = exports[name];
        // An exported Promise is never awaited: what it resolves to (definitions, often) is never collected.
        if (typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function') {
          result.diagnostics.push({
            severity: 'warning', code: 'not-exported', id: '-', location: locate.exported(file, name) ?? { file, line: 1, col: 1 },
            message: `the export "${name}" is a Promise, and vigil does not wait for exported Promises, so whatever it resolves to is ignored`,
            hint: `await it where it is exported (top-level await): export const ${name === 'default' ? 'monitors' : name} = await …`,
          });
        }
      }
      const lookalike = (value: Record<string, unknown>, kind: string) => {
        const known = DEFINITION_KINDS.has(kind);
        result.diagnostics.push({
          severity: 'warning', code: 'not-exported', id: String(value.id),
          location: locate.literal(file, String(value.id)) ?? { file, line: 1, col: 1 },
          message: known
            ? `this object looks like a ${kind} definition but was not made by a builder, so vigil ignores it`
            : `"kind" ${JSON.stringify(kind)} is not a kind of definition, so vigil ignores this object`,
          hint: known
            ? 'build it with the builder for it (metricAlert(), monitor(), metricSlo(), routing()…), imported from vigil'
            : `build it with a builder instead of setting "kind"${closestKind(kind)}`,
        });
      };
      for (const found of collectDefinitions(exports, seen, lookalike)) {
        delivered.push(found);
        const captured = framesOf(found);
        // A frozen definition (a kit may freeze what it returns) cannot take a location: vigil works on a copy.
        const def = Object.isExtensible(found) ? found : { ...found };
        if (def !== found) copyUnknownProps(found, def);
        defineLazySource(def, () => {
          // Located in the file that exports it when that file is on the stack: a kit's monitor at the kit's call.
          const frame = captured && firstFrame(captured, (f) => maps.owns(f), (f) => f === entry.url);
          // A copy (`{ ...kit('web'), env }`, or a frozen definition's) has no frames: the line naming its id will do.
          return (frame && maps.map(frame)) ?? (typeof def.id === 'string' ? locate.literal(file, def.id) : undefined) ?? { file, line: 1, col: 1 };
        });
        attachFieldLocations(def, fields);
        result.definitions.push(def);
      }
    }
    const failed = new Set(result.failedFiles);
    const made = (value: object) => {
      const captured = framesOf(value);
      const frame = captured && firstFrame(captured, (f) => maps.owns(f));
      const location = frame && maps.map(frame);
      if (!location || failed.has(location.file)) return undefined;
      // A helper in the file (`const cpu = (id) => metricAlert(…)`) is where it was built; the line naming its id is
      // the one the user looks for.
      const id = (value as { id?: unknown }).id;
      return (typeof id === 'string' ? locate.literal(location.file, id) : undefined) ?? location;
    };
    for (const d of unreachedDiagnostics(created, delivered, made)) result.diagnostics.push(d);
    // What CommonJS helpers require in turn is in Node's module cache.
    for (const file of Object.keys(createRequire(import.meta.url).cache)) result.imported.add(file);
    // The maps stay reachable from unresolved locations; the code itself is no longer needed.
    for (const m of runnable) m.code = m.transformed = '';
  } finally {
    if (copyRoot) rmSync(copyRoot, { recursive: true, force: true });
  }
  return result;
}

function closestKind(kind: string): string {
  const guess = closest(kind, [...DEFINITION_KINDS]);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/** Frames kept in errors raised while the files load: Node's own, and enough of the user's below them. */
const LOAD_STACK_LIMIT = 30;

/** The value at a JSON pointer inside a definition, if any. */
function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/**
 * `def.source`, worked out on its first read and then stored as a plain value. Resolving a definition's call sites
 * costs more than capturing them, and in a healthy project most definitions are never located (only diagnostics and
 * plan lines ask). Assigning `source` replaces the accessor.
 */
function defineLazySource(def: Definition, locate: () => SourceLocation): void {
  locators.set(def, locate);
  Object.defineProperty(def, 'source', SOURCE_ACCESSOR);
}

// One getter and setter for every definition, each finding its locator here. A closure per definition made an
// accessor V8 could not share: each definition needed a hidden class of its own, and V8 turned them all into
// dictionaries, so every later read of any of their fields (validation, compile) was a hash lookup.
const locators = new WeakMap<object, () => SourceLocation>();
const SOURCE_ACCESSOR: PropertyDescriptor = {
  get(this: Definition) {
    const locate = locators.get(this);
    return locate ? settleSource(this, locate()) : undefined; // undefined: read through an object inheriting from it
  },
  set(this: Definition, source: SourceLocation | undefined) {
    settleSource(this, source);
  },
  enumerable: true,
  configurable: true,
};

function settleSource(def: Definition, source: SourceLocation | undefined): SourceLocation | undefined {
  locators.delete(def);
  Object.defineProperty(def, 'source', { value: source, writable: true, enumerable: true, configurable: true });
  return source;
}

/** Modules that cannot run: those with an error, and those importing one, directly or not. */
function failingModules(graph: Map<string, UserModule>): Set<string> {
  const state = new Map<string, boolean>();
  const fails = (file: string): boolean => {
    let known = state.get(file);
    if (known === undefined) {
      state.set(file, false); // an import cycle adds nothing new
      const module = graph.get(file);
      known = !module || module.error !== undefined || module.deps.some((d) => fails(d.path));
      state.set(file, known);
    }
    return known;
  };
  return new Set([...graph.keys()].filter(fails));
}

/**
 * Places the graph's copies and writes those of the modules that run to a fresh directory, which it returns;
 * undefined when no module runs. A new directory per load means fresh module instances per load: Node keeps one
 * module per URL for the life of the process. Copies that import packages go into the nearest node_modules/.cache
 * above the project, so the packages resolve from them as they do from the files; otherwise into memory-backed
 * /dev/shm where the system has it (writing hundreds of files to disk is a visible part of loading), else the system's
 * temporary directory.
 */
async function writeCopies(graph: Map<string, UserModule>, modules: UserModule[], projectDir: string): Promise<string | undefined> {
  if (modules.length === 0) return undefined;
  const places = modules.some((m) => m.usesPackages) ? [nearPackages(projectDir), tmpdir()] : [MEMORY_DIR, tmpdir()];
  let lastError: unknown;
  for (const place of places) {
    if (place === undefined) continue;
    let root: string | undefined;
    try {
      mkdirSync(place, { recursive: true });
      // Node runs modules under their real path (macOS's temporary directory is a symlink): name the copies by it.
      root = realpathSync(await mkdtemp(join(place, 'vigil-load-')));
      placeCopies(graph, root);
      // Synchronously: hundreds of small files go faster one after another than through the thread pool at once.
      for (const dir of new Set(modules.map((m) => dirname(m.copy)))) mkdirSync(dir, { recursive: true });
      for (const m of modules) writeFileSync(m.copy, m.code);
      return root;
    } catch (err) {
      lastError = err; // read-only, full (a container's small /dev/shm) or missing: try the next place
      if (root) rmSync(root, { recursive: true, force: true });
    }
  }
  throw lastError;
}

/** Linux's memory-backed temporary directory, when this system has one. */
const MEMORY_DIR = process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : undefined;

function nearPackages(projectDir: string): string | undefined {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'vigil');
    if (dirname(dir) === dir) return undefined;
  }
}

function loadErrorDiagnostic(err: unknown, file: string, maps: ModuleSourceMaps): Diagnostic {
  const e = err as Error;
  const location = maps.firstUserLocation(framesFromStack(e?.stack)) ?? { file, line: 1, col: 1 };
  return {
    severity: 'error',
    code: 'load-throw',
    id: '-',
    message: maps.userText(`this file threw while loading: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`),
    hint: 'definition files must evaluate without throwing; the error above comes from your code or a kit it calls',
    location,
  };
}

