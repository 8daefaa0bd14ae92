import { statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a resolved import is: user code vigil transforms and loads itself, or a file Node loads as it is. */
export type ImportKind = 'typescript' | 'javascript' | 'json' | 'native';

export interface ResolvedImport {
  path: string;
  kind: ImportKind;
}

// TypeScript's own rule: `./kit.js` in a .ts file means `./kit.ts` when that is what exists.
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
const EXTENSIONS = ['.ts', '.mts', '.js', '.mjs', '.json'];

/** True for `./x`, `../x`, `/abs/x` and `file:` specifiers: the ones resolved against the importing file. */
export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || specifier.startsWith('file:')
    || specifier === '.' || specifier === '..';
}

/**
 * Resolves a path specifier the way TypeScript projects write them (and esbuild resolves them): the exact file,
 * a `.ts` file for a `.js` name, an added extension, or a directory's index. Undefined when nothing exists.
 */
export function resolvePathImport(specifier: string, fromFile: string): ResolvedImport | undefined {
  const base = specifier.startsWith('file:') ? fileURLToPath(specifier) : resolve(dirname(fromFile), specifier);
  const ext = extname(base);
  const candidates = [
    base,
    ...(TS_FOR_JS[ext] ?? []).map((alt) => base.slice(0, -ext.length) + alt),
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, `index${e}`)),
  ];
  for (const path of candidates) {
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) return { path, kind: kindOf(path) };
  }
  return undefined;
}

function kindOf(path: string): ImportKind {
  if (/[\\/]node_modules[\\/]/.test(path)) return 'native';
  if (path.endsWith('.ts') || path.endsWith('.mts')) return 'typescript';
  if (path.endsWith('.js') || path.endsWith('.mjs')) return 'javascript';
  if (path.endsWith('.json')) return 'json';
  return 'native';
}
