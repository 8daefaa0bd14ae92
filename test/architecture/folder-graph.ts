// The import graph of src/ between its top-level folders, read from the sources as written: type imports, re-exports
// and dynamic imports count too, because a type-only cycle still ties the folders together for a reader and for
// anyone moving one of them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ts } from 'ts-morph';

/** One folder's imports of another: which file imports what, for naming a cycle's edges. */
export type FolderGraph = Map<string, Map<string, string[]>>;

/** The folder a file belongs to: its first path segment under `root`, or `.` for files directly in it. */
export function folderOf(root: string, file: string): string {
  const parts = relative(root, file).split(sep);
  return parts.length === 1 ? '.' : parts[0]!;
}

/** Every relative import between different top-level folders of `root`, with the importing file and specifier. */
export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!graph.has(from)) graph.set(from, new Map());
    // preProcessFile scans the way the compiler does, so an import inside a comment or a string is not one.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      if (relative(root, target).startsWith('..')) continue;
      const to = folderOf(root, target);
      if (to === from) continue;
      const edges = graph.get(from)!;
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to)!.push(`${relative(root, file).split(sep).join('/')} imports ${fileName}`);
    }
  }
  return graph;
}

/** Folders that import each other: all of them, and one closed path through them (`['a', 'b', 'a']`) to show how. */
export interface FolderCycle {
  folders: string[];
  path: string[];
}

/** One cycle per strongly connected set of more than one folder (Tarjan's algorithm). */
export function folderCycles(graph: FolderGraph): FolderCycle[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const sets: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const set: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      set.push(w);
    } while (w !== v);
    if (set.length > 1) sets.push(set);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return sets.map((set) => ({ folders: set.sort(), path: closedPath(graph, new Set(set)) }));
}

/** A shortest path from the set's first folder (alphabetically) back to itself, staying inside the set. */
function closedPath(graph: FolderGraph, set: ReadonlySet<string>): string[] {
  const start = [...set].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
      if (!set.has(w)) continue;
      if (w === start) {
        const path: string[] = [];
        for (let at = v; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start]; // not reached: every folder of a strongly connected set lies on a cycle through the others
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mts|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}
