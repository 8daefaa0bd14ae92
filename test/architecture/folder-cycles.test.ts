import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderCycles, folderGraph, type FolderCycle, type FolderGraph } from './folder-graph.ts';

const src = join(import.meta.dirname, '..', '..', 'src');

/** A graph from `from -> to` pairs, each edge with one made-up importing file. */
function graphOf(...edges: Array<[string, string]>): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const [from, to] of edges) {
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.has(to)) graph.set(to, new Map());
    graph.get(from)!.set(to, [`${from}/x.ts imports ../${to}/y.ts`]);
  }
  return graph;
}

/** The cycle as a reader needs it to break it: the folders, the path, and the files behind each step. */
function describeCycle(graph: FolderGraph, cycle: FolderCycle): string {
  const steps = cycle.path.slice(1).map((to, i) => {
    const from = cycle.path[i]!;
    const files = graph.get(from)!.get(to)!;
    return `  ${from} → ${to} (${files.length}): ${files.slice(0, 3).join('; ')}${files.length > 3 ? '; …' : ''}`;
  });
  return `${cycle.path.join(' → ')} (folders that import each other: ${cycle.folders.join(', ')})\n${steps.join('\n')}`;
}

describe('folder imports of src/', () => {
  it('form no cycle, type imports included', () => {
    const graph = folderGraph(src);
    const cycles = folderCycles(graph);
    expect(cycles.map((c) => describeCycle(graph, c)).join('\n\n'), 'folders of src/ that import each other').toBe('');
  });

  it('are read: stages known to use each other show up', () => {
    const graph = folderGraph(src);
    // A reader that saw nothing would find no cycle either.
    expect(graph.get('cli')?.has('plan')).toBe(true);
    expect(graph.get('plan')?.has('compile')).toBe(true);
  });
});

describe('the folder graph', () => {
  const root = mkdtempSync(join(tmpdir(), 'vigil-folder-graph-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('a/types.ts', "import type { B } from '../b/index.ts';\nexport type A = B;\n");
  write('b/index.ts', "export * from '../c/c.ts';\nexport type B = string;\n");
  write('c/c.ts', "export const load = () => import('../d/d.ts');\n");
  write('d/d.ts', "// import { a } from '../e/e.ts';\nexport const text = \"import '../e/e.ts'\";\nexport { x } from './inner/x.ts';\n");
  write('d/inner/x.ts', "export const x = 1;\n");
  write('e/e.ts', "export const e = 1;\n");
  write('index.ts', "export type * from './a/types.ts';\n");

  it('counts type imports, re-exports and dynamic imports, and not imports in comments or strings', () => {
    const graph = folderGraph(root);
    const edges = [...graph].flatMap(([from, tos]) => [...tos.keys()].map((to) => `${from} → ${to}`)).sort();
    expect(edges).toEqual(['. → a', 'a → b', 'b → c', 'c → d']);
  });
});

describe('the cycle finder', () => {
  it('names each cycle as a closed path through the folders that import each other', () => {
    const cycles = folderCycles(graphOf(['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e'], ['e', 'd'], ['b', 'a']));
    expect(cycles.map((c) => `${c.path.join(' → ')} of ${c.folders.join(',')}`).sort()).toEqual([
      'a → b → a of a,b,c', 'd → e → d of d,e',
    ]);
  });

  it('finds none in a graph that only goes one way', () => {
    expect(folderCycles(graphOf(['a', 'b'], ['b', 'c'], ['a', 'c']))).toEqual([]);
  });
});
