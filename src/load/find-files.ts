import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { closest } from '../diagnostics/suggest.ts';

export interface DefinitionFiles {
  typescript: string[];
  yaml: string[];
  /**
   * Files under the definitions directory that vigil does not load although they may look like definitions (a
   * `.js` file, a `.yaml~` backup, a misspelled extension), and symbolic links it cannot follow: each with the reason,
   * worded for the user. Absolute paths, sorted.
   */
  skipped: SkippedFile[];
}

export interface SkippedFile {
  file: string;
  reason: string;
  hint: string;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage']);

/** What vigil loads, by extension. */
const LOADED = ['.ts', '.yaml', '.yml'];

/** Files that sit beside definitions on purpose and are never definitions: not worth a warning. */
const QUIET = /^(?:readme|license|licence|changelog|codeowners|owners|notice)(?:\.[^.]*)?$|\.(?:md|markdown|txt)$|^(?:package|tsconfig[\w.-]*|jsconfig)\.json$/i;

/**
 * Finds `**\/*.ts` and `**\/*.{yaml,yml}` under `dir` (absolute paths), sorted so every run sees the same order.
 * Symbolic links are followed (a link that loops back, or leads where the walk has been, is reported, not followed);
 * dot-files and `node_modules`, `dist`, `coverage` are left out; `.d.ts` and `*.test.ts`/`*.spec.ts` are not
 * definitions. Every other file is reported in `skipped`, so that nothing the user put there is ignored in silence.
 */
export async function findDefinitionFiles(dir: string): Promise<DefinitionFiles> {
  const found: DefinitionFiles = { typescript: [], yaml: [], skipped: [] };
  const realDir = await realpath(dir);
  const visited = new Set<string>([realDir]);
  const seenFiles = new Map<string, string>(); // real path → the path it was first found by
  await walk(dir, realDir, dir, realDir, visited, seenFiles, found);
  found.typescript.sort();
  found.yaml.sort();
  found.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found;
}

/** Walks `dir`, whose real path (links resolved) is `realDir`; `root` is the definitions directory, `rootReal` its real path. */
async function walk(
  root: string, rootReal: string, dir: string, realDir: string, visited: Set<string>, seenFiles: Map<string, string>,
  found: DefinitionFiles,
): Promise<void> {
  // In name order: which of two paths to one file counts as the first must not depend on the file system.
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let real: string | undefined;
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
        real = await realpath(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        found.skipped.push(code === 'ELOOP'
          ? { file: full, reason: 'is a symbolic link that loops back to itself', hint: 'point the link at a real file or directory' }
          : { file: full, reason: `is a symbolic link to something that cannot be read (${code ?? String(err)})`, hint: 'fix or remove the link' });
        continue;
      }
    }
    if (isDirectory) {
      const realSub = real ?? join(realDir, entry.name);
      if (real !== undefined && visited.has(realSub)) {
        found.skipped.push({
          file: full, reason: `is a symbolic link to a directory already loaded (${relative(rootReal, realSub) || '.'})`,
          hint: 'a link back into the definitions directory would load its files twice (or forever): remove it',
        });
        continue;
      }
      visited.add(realSub);
      await walk(root, rootReal, full, realSub, visited, seenFiles, found);
      continue;
    }
    if (!isFile) continue;
    const kind = classify(entry.name);
    if (kind === 'quiet') continue;
    if (kind === 'typescript' || kind === 'yaml') {
      // The same file reached twice through links would define everything in it twice.
      const realFile = real ?? join(realDir, entry.name);
      const first = seenFiles.get(realFile);
      if (first !== undefined) {
        found.skipped.push({ file: full, reason: `is a link to a file already loaded (${relative(root, first)})`, hint: 'remove the link' });
        continue;
      }
      seenFiles.set(realFile, full);
      found[kind].push(full);
      continue;
    }
    found.skipped.push({ file: full, ...kind });
  }
}

type Kind = 'typescript' | 'yaml' | 'quiet' | { reason: string; hint: string };

/** Whether vigil loads a file by its name, and if not, why (and whether that is worth a word). */
function classify(name: string): Kind {
  if (name.endsWith('.d.ts') || /\.(?:test|spec)\.ts$/.test(name)) return 'quiet';
  const ext = extname(name).toLowerCase();
  if (name.endsWith('.ts')) return 'typescript';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  if (QUIET.test(name)) return 'quiet';
  if (LOADED.includes(ext)) {
    return { reason: `is not loaded: vigil reads the extensions ${LOADED.join(', ')} in lower case only`, hint: `rename it to ${basename(name, extname(name))}${ext}` };
  }
  const only = 'vigil loads only TypeScript (.ts) and YAML (.yaml, .yml) definition files';
  if (['.js', '.mjs', '.cjs', '.jsx', '.tsx', '.mts', '.cts'].includes(ext)) {
    return { reason: `is not loaded: ${only}`, hint: `rename it to ${basename(name, extname(name))}.ts if it holds definitions` };
  }
  if (ext === '.json') {
    return { reason: `is not loaded: ${only}`, hint: 'JSON is valid YAML: rename it to .yaml if it holds definitions; move data files out of the definitions directory' };
  }
  // A backup or editor copy (`a.yaml~`, `a.ts.bak`, `a.yaml.orig`, `.swp`): its definitions are not the live ones.
  const stem = name.replace(/(?:~|\.(?:bak|orig|old|swp|swo|tmp|backup|disabled|off))+$/i, '');
  if (stem !== name && LOADED.some((e) => stem.endsWith(e))) {
    return { reason: `is not loaded: it looks like a backup or editor copy of ${stem}`, hint: 'delete it, or rename it to end in .ts, .yaml or .yml' };
  }
  // Only a near miss of the same extension (`.yamll`, `.tss`), not any short extension (`.sh` is no typo of `.ts`).
  const guess = ext.length > 1 ? closest(ext, LOADED) : undefined;
  if (guess && guess[1] === ext[1]) return { reason: `is not loaded: its extension "${ext}" is not one vigil reads`, hint: `did you mean "${guess}"?` };
  return { reason: `is not loaded: ${only}`, hint: 'move it out of the definitions directory, or rename it if it holds definitions' };
}
