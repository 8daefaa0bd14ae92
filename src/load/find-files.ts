import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface DefinitionFiles {
  typescript: string[];
  yaml: string[];
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage']);

/** Finds `**\/*.ts` and `**\/*.{yaml,yml}` under `dir` (absolute paths), sorted so every run sees the same order. */
export async function findDefinitionFiles(dir: string): Promise<DefinitionFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const typescript: string[] = [];
  const yaml: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const parts = relative(dir, full).split(sep);
    if (parts.some((p) => p.startsWith('.') || SKIP_DIRS.has(p))) continue;
    if (entry.name.endsWith('.d.ts') || /\.(test|spec)\.ts$/.test(entry.name)) continue;
    if (entry.name.endsWith('.ts')) typescript.push(full);
    else if (entry.name.endsWith('.yaml') || entry.name.endsWith('.yml')) yaml.push(full);
  }
  typescript.sort();
  yaml.sort();
  return { typescript, yaml };
}
