import { build, type BuildFailure, type Message, type Plugin } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Definition } from '../ir/definition.ts';
import type { Diagnostic } from '../ir/diagnostic.ts';
import { framesOf } from '../dsl/capture.ts';
import { collectDefinitions } from './collect.ts';
import { BundleSourceMaps, framesFromStack, relativeToProject } from './source-maps.ts';

/**
 * The module user files get for `import … from 'vigil'`: the built entry (dist/index.js) of this very copy of vigil,
 * found from this module's location whether it runs from dist/, from source (the tests, which build dist/ first) or
 * bundled into a benchmark. User bundles are imported by Node itself, so their stack positions are the ones the
 * bundle's source map describes.
 */
const VIGIL_ENTRY = join(vigilRoot(dirname(fileURLToPath(import.meta.url))), 'dist', 'index.js');

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

const vigilPlugin: Plugin = {
  name: 'vigil-self',
  setup(b) {
    b.onResolve({ filter: /^vigil$/ }, () => ({ path: VIGIL_ENTRY, external: true }));
  },
};

export interface TsLoadResult {
  definitions: Definition[];
  diagnostics: Diagnostic[];
  failedFiles: string[];
}

/**
 * Loads TypeScript definition files: esbuild transpiles and bundles them (no type-check: that is
 * `validate --typecheck`), then each entry is imported and its exports collected. Code shared between files lands in
 * shared chunks, so a monitor imported by a composite is the same object and counts once.
 */
export async function loadTypeScript(files: string[], projectDir: string): Promise<TsLoadResult> {
  const result: TsLoadResult = { definitions: [], diagnostics: [], failedFiles: [] };
  if (files.length === 0) return result;
  const outDir = await mkdtemp(join(tmpdir(), 'vigil-load-'));
  try {
    let entries = files;
    let outputs = await bundle(entries, outDir, projectDir).catch((err: unknown) => err as BuildFailure);
    if (!Array.isArray(outputs)) {
      // One broken file fails the whole build: report its errors, then bundle the files that still build.
      const broken = new Set<string>();
      for (const msg of outputs.errors ?? []) {
        result.diagnostics.push(syntaxDiagnostic(msg, projectDir));
        if (msg.location?.file) broken.add(join(projectDir, msg.location.file));
      }
      if (!outputs.errors?.length) throw outputs;
      const failed = await isolateFailures(files, outDir, projectDir, broken);
      result.failedFiles.push(...failed.map((f) => relativeToProject(f, projectDir)));
      entries = files.filter((f) => !failed.includes(f));
      outputs = entries.length ? await bundle(entries, outDir, projectDir) : [];
    }
    const maps = new BundleSourceMaps(outDir, projectDir);
    const seen = new Set<object>();
    // Node fetches and links the modules concurrently; each still fails on its own. Definitions are collected in
    // entry order afterwards, so the result does not depend on which module finished first.
    const modules = await Promise.allSettled(outputs.map((out) => import(pathToFileURL(out).href)));
    for (let i = 0; i < entries.length; i++) {
      const file = relativeToProject(entries[i]!, projectDir);
      const loaded = modules[i]!;
      if (loaded.status === 'rejected') {
        result.failedFiles.push(file);
        result.diagnostics.push(loadErrorDiagnostic(loaded.reason, file, maps));
        continue;
      }
      const exports = loaded.value as Record<string, unknown>;
      for (const def of collectDefinitions(exports, seen)) {
        const frames = framesOf(def);
        def.source = (frames && maps.firstUserLocation(frames)) ?? { file, line: 1, col: 1 };
        result.definitions.push(def);
      }
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  return result;
}

/** Bundles the entries and returns their output paths in entry order. */
async function bundle(entries: string[], outDir: string, projectDir: string): Promise<string[]> {
  const res = await build({
    absWorkingDir: projectDir,
    entryPoints: entries,
    outdir: outDir,
    outbase: commonDir(entries),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'external',
    sourcesContent: false, // only positions are needed; the maps stay small and quick to parse
    metafile: true,
    write: true,
    logLevel: 'silent',
    outExtension: { '.js': '.mjs' },
    plugins: [vigilPlugin],
  });
  const byEntry = new Map<string, string>();
  for (const [out, meta] of Object.entries(res.metafile.outputs)) {
    if (meta.entryPoint) byEntry.set(join(projectDir, meta.entryPoint), join(projectDir, out));
  }
  return entries.map((e) => {
    const out = byEntry.get(e);
    if (!out) throw new Error(`esbuild produced no output for ${e}`);
    return out;
  });
}

/**
 * Finds every entry that cannot be bundled: the broken files themselves and the entries that import them, directly
 * or not. One extra build does it: the broken files stand in as empty modules, and the metafile's import graph
 * says which entries reach them. (Bundling each entry alone took seconds in a project of hundreds of files.)
 */
async function isolateFailures(files: string[], outDir: string, projectDir: string, broken: Set<string>): Promise<string[]> {
  const escaped = [...broken].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const stubBroken: Plugin = {
    name: 'vigil-stub-broken',
    setup(b) {
      b.onLoad({ filter: new RegExp(`^(?:${escaped.join('|')})$`) }, () => ({ contents: '', loader: 'js' }));
    },
  };
  let res;
  try {
    res = await build({
      absWorkingDir: projectDir, entryPoints: files, outdir: join(outDir, 'probe'), outbase: commonDir(files),
      bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent',
      plugins: [vigilPlugin, stubBroken],
    });
  } catch {
    // Still failing with the broken files emptied (an error esbuild reports only later): try each entry alone.
    return isolateOneByOne(files, outDir, projectDir, broken);
  }
  // The import graph (imports esbuild drops, such as unused ones in TypeScript, are marked external): an entry fails
  // when it reaches a broken file.
  const imports = new Map(Object.entries(res.metafile.inputs).map(([path, meta]) => [
    join(projectDir, path), meta.imports.filter((i) => !i.external).map((i) => join(projectDir, i.path)),
  ]));
  const reaches = new Map<string, boolean>();
  const reachesBroken = (file: string): boolean => {
    let known = reaches.get(file);
    if (known === undefined) {
      reaches.set(file, false); // an import cycle adds nothing new
      known = broken.has(file) || (imports.get(file) ?? []).some(reachesBroken);
      reaches.set(file, known);
    }
    return known;
  };
  const failed = new Set(files.filter(reachesBroken));
  return files.filter((f) => failed.has(f));
}

async function isolateOneByOne(files: string[], outDir: string, projectDir: string, broken: Set<string>): Promise<string[]> {
  const failed: string[] = [];
  for (const file of files) {
    const ok = !broken.has(file) && await bundle([file], join(outDir, 'probe'), projectDir).then(() => true, () => false);
    if (!ok) failed.push(file);
  }
  return failed;
}

function commonDir(files: string[]): string {
  let dir = files[0]!.slice(0, files[0]!.lastIndexOf('/'));
  for (const f of files) while (!f.startsWith(`${dir}/`)) dir = dir.slice(0, dir.lastIndexOf('/'));
  return dir || '/';
}

function syntaxDiagnostic(msg: Message, projectDir: string): Diagnostic {
  const loc = msg.location;
  const file = loc ? relativeToProject(join(projectDir, loc.file), projectDir) : '<unknown>';
  return {
    severity: 'error',
    code: 'load-syntax',
    id: '-',
    message: `cannot compile this file: ${msg.text}`,
    hint: loc?.suggestion ? `did you mean "${loc.suggestion}"?` : 'fix the TypeScript syntax error at this position',
    location: { file, line: loc?.line ?? 1, col: (loc?.column ?? 0) + 1 },
  };
}

function loadErrorDiagnostic(err: unknown, file: string, maps: BundleSourceMaps): Diagnostic {
  const e = err as Error;
  const location = maps.firstUserLocation(framesFromStack(e?.stack)) ?? { file, line: 1, col: 1 };
  return {
    severity: 'error',
    code: 'load-throw',
    id: '-',
    message: `this file threw while loading: ${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`,
    hint: 'definition files must evaluate without throwing; the error above comes from your code or a kit it calls',
    location,
  };
}

